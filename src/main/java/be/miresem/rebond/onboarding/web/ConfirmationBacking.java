package be.miresem.rebond.onboarding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.regex.Pattern;

/**
 * Backs /collaborer/merci: shows the reference number from the address. Reloading this page never sends
 * anything, and it reads nothing from the database (a reference alone reveals no one's data).
 */
@Named
@RequestScoped
public class ConfirmationBacking {

    private static final Pattern REFERENCE = Pattern.compile("COL-\\d{4}-\\d{4,6}");

    /** The reference given in the address, or null when it is not one. */
    public String getReference() {
        String reference = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("ref");
        return reference != null && REFERENCE.matcher(reference).matches() ? reference : null;
    }
}
