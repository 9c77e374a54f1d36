package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.ChangeClosedException;
import be.miresem.rebond.meeting.PresentationSession;
import be.miresem.rebond.meeting.PresentationSessions;
import be.miresem.rebond.meeting.SessionRegistration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.omnifaces.cdi.Param;

/**
 * Backs /seances/annuler?t=: the page a registration e-mail's cancel link opens. Opening it changes nothing (mail
 * scanners follow links); the visitor confirms with a button. A tampered or expired link, or a registration
 * already cancelled, shows a French explanation instead.
 */
@Named
@RequestScoped
public class SessionCancelBacking {

    @Inject
    private PresentationSessions sessions;

    /** The token comes with every request (query string, then the form's hidden field). */
    @Inject
    @Param(name = "t")
    private String token;

    private Optional<SessionRegistration> registration;
    private boolean done;

    public String cancel() {
        try {
            sessions.cancelByLink(token);
            done = true;
        } catch (ChangeClosedException e) {
            done = false;
        }
        registration = Optional.empty();
        return null;
    }

    public SessionRegistration getRegistration() {
        if (registration == null) {
            registration = sessions.byLink(token);
        }
        return registration.orElse(null);
    }

    public PresentationSession getSession() {
        return getRegistration() == null ? null : sessions.sessionOf(getRegistration());
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }
}
