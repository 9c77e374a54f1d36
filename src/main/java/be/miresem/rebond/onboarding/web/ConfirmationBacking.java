package be.miresem.rebond.onboarding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.regex.Pattern;
import org.omnifaces.cdi.Param;

/**
 * Backs /collaborer/merci: shows the reference number from the address. Reloading this page never sends
 * anything, and it reads nothing from the database (a reference alone reveals no one's data).
 */
@Named
@RequestScoped
public class ConfirmationBacking {

    private static final Pattern REFERENCE = Pattern.compile("COL-\\d{4}-\\d{4,6}");

    @Inject
    @Param(name = "ref")
    private String reference;

    /** The reference given in the address, or null when it is not one. */
    public String getReference() {
        return reference != null && REFERENCE.matcher(reference).matches() ? reference : null;
    }
}
