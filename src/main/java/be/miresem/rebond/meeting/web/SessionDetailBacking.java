package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.PresentationSession;
import be.miresem.rebond.meeting.PresentationSessions;
import be.miresem.rebond.meeting.SessionRegistration;
import be.miresem.rebond.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** Backs /espace/seances/seance?id=: one session, its registrations and the officer's notes after it. */
@Named
@ViewScoped
public class SessionDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int NOTE_MAX = 4000;

    @Inject
    private PresentationSessions sessions;

    private Long id;
    @Size(max = PresentationSession.NOTE_MAX)
    private String note;
    private transient PresentationSession session;

    public void load() {
        session = sessions.get(id == null ? -1 : id);
        if (note == null) {
            note = session.getNote();
        }
    }

    public String saveNote() {
        if (note != null && note.strip().length() > NOTE_MAX) {
            Messages.error("note", "rendezvous.note.tooLong", NOTE_MAX);
            return null;
        }
        sessions.saveNote(id, note);
        Messages.flashInfo("rendezvous.note.saved");
        return "/espace/seances/seance?faces-redirect=true&id=" + id;
    }

    public String attendance(long registrationId, SessionRegistration.Attendance attendance) {
        sessions.recordAttendance(registrationId, attendance);
        Messages.flashInfo("seancesAdmin.attendance.saved");
        return back();
    }

    public String cancel(long registrationId) {
        sessions.cancelRegistration(registrationId);
        Messages.flashInfo("seancesAdmin.cancelled");
        return back();
    }

    public String promote(long registrationId) {
        sessions.promote(registrationId);
        Messages.flashInfo("seancesAdmin.promoted");
        return back();
    }

    public String followUp(long registrationId) {
        sessions.followUp(registrationId);
        Messages.flashInfo("seancesAdmin.followedUp");
        return back();
    }

    public SessionRegistration.Attendance[] getAttendances() {
        return SessionRegistration.Attendance.values();
    }

    private String back() {
        return "/espace/seances/seance?faces-redirect=true&id=" + id;
    }

    public boolean isStarted() {
        return sessions.started(getSession());
    }

    public PresentationSession getSession() {
        if (session == null) {
            load();
        }
        return session;
    }

    public List<SessionRegistration> getRegistrations() {
        return sessions.registrations(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
