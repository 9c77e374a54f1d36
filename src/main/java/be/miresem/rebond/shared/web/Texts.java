package be.miresem.rebond.shared.web;

import be.miresem.rebond.shared.text.StoredText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Pages show stored texts through {@code #{texts.shown(x)}}: what a person typed as it is, a line the portal
 * stored as a key and arguments ({@link StoredText}) worded in French.
 */
@Named
@ApplicationScoped
public class Texts {

    public String shown(String text) {
        return Messages.shown(text);
    }
}
