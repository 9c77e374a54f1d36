package be.miresem.rebond.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Post/Redirect/Get to a place in a page ({@code …?id=12#documents}): a Faces outcome cannot carry the fragment
 * (it would end up in the last parameter's value), so the action redirects itself. Flash messages go along.
 */
public final class Redirect {

    private Redirect() {
    }

    /** Redirects to this path of the portal (with its query and fragment) and returns null, the action's outcome. */
    public static String to(String path) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return null;
    }
}
