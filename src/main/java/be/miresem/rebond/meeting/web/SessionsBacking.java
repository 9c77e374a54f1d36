package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.PresentationSession;
import be.miresem.rebond.meeting.PresentationSessions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs /seances: the upcoming presentation sessions with the places left. Public. */
@Named
@RequestScoped
public class SessionsBacking {

    @Inject
    private PresentationSessions sessions;

    private List<PresentationSession> upcoming;

    public List<PresentationSession> getUpcoming() {
        if (upcoming == null) {
            upcoming = sessions.upcoming();
        }
        return upcoming;
    }

    public int placesLeft(PresentationSession session) {
        return sessions.placesLeft(session);
    }
}
