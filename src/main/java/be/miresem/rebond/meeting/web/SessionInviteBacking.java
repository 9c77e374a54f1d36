package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.PresentationSession;
import be.miresem.rebond.meeting.PresentationSessions;
import be.miresem.rebond.meeting.SessionRegistration;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The "invite to a presentation session" form on a collaboration request's page (/espace/onboarding/demande):
 * registers the request's CPAS and records it on the request's timeline. Officers only (service check).
 */
@Named
@RequestScoped
public class SessionInviteBacking {

    @Inject
    private PresentationSessions sessions;

    private Long sessionId;

    public String invite(long requestId) {
        if (sessionId == null) {
            Messages.error("invite-session", "seancesAdmin.invite.required");
            return null;
        }
        PresentationSessions.Registered registered = sessions.invite(sessionId, requestId);
        Messages.flashInfo(registered.updated() ? "seancesAdmin.invite.updated"
                : registered.status() == SessionRegistration.Status.REGISTERED
                ? "seancesAdmin.invite.done" : "seancesAdmin.invite.waitlisted");
        return "/espace/onboarding/demande?faces-redirect=true&id=" + requestId;
    }

    public List<PresentationSession> getUpcoming() {
        return sessions.upcoming();
    }

    public List<SessionRegistration> registrationsOf(long requestId) {
        return sessions.registrationsOfRequest(requestId);
    }

    public PresentationSession session(long id) {
        return sessions.get(id);
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }
}
