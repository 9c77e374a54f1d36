package be.miresem.rebond.meeting;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.onboarding.CollaborationRequest;
import be.miresem.rebond.onboarding.OnboardingService;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.mail.MailText;
import be.miresem.rebond.shared.mail.Mailer;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.security.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Presentation sessions for new CPAS: the officer creates them, CPAS register without an account. The
 * session row is locked while seats are counted, so capacity is never exceeded even under concurrent
 * registrations; when full, registrations go to a waitlist, and a cancellation promotes the waitlist in order.
 */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class PresentationSessions {


    @Inject
    private PresentationSessionRepository repository;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Mailer mailer;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Reminders reminders;

    @Inject
    private OnboardingService onboarding;

    /** Upcoming sessions, soonest first: public. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PresentationSession> upcoming() {
        return repository.findUpcoming(clock.instant());
    }

    /** An upcoming session by id (404 for past or unknown ones): public. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PresentationSession upcoming(long id) {
        return repository.findById(id).filter(s -> s.getStartAt().isAfter(clock.instant()))
                .orElseThrow(() -> new NotFoundException("session " + id));
    }

    /** Seats still free. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int placesLeft(PresentationSession session) {
        return Math.max(0, session.getCapacity() - seatsTaken(session.getId()));
    }

    /** Creates a session. Officers only. */
    public PresentationSession create(String title, Instant start, Instant end, String place, int capacity,
            String description) {
        currentUser.requireOfficer();
        PresentationSession session = new PresentationSession(title, start, end, place, capacity, description);
        repository.insert(session);
        audit.record("session.create", "PresentationSession#" + session.getId(), title + " " + start);
        return session;
    }

    /**
     * Registers a CPAS: a seat when the participants fit, else the waitlist. Returns the registration's
     * status. Guarantee: the seats counted never exceed the capacity.
     */
    public SessionRegistration.Status register(long sessionId, String cpasName, String contactName, String email,
            int participants) {
        if (participants < 1 || participants > Settings.SESSION_MAX_PARTICIPANTS.asInt()) {
            throw new IllegalArgumentException("participants out of range: " + participants);
        }
        return register(sessionId, cpasName, contactName, email, participants, null);
    }

    /**
     * Registers the CPAS of a collaboration request (one seat, its contact person) and records it on the
     * request: timeline line, and "Présentation planifiée" if the request was not that far yet. Officers only.
     */
    public SessionRegistration.Status invite(long sessionId, long requestId) {
        currentUser.requireOfficer();
        CollaborationRequest request = onboarding.get(requestId);
        SessionRegistration.Status status = register(sessionId, request.getCpasName(), request.getContactName(),
                request.getEmail(), 1, requestId);
        PresentationSession session = repository.findById(sessionId).orElseThrow();
        onboarding.presentationPlanned(requestId, session.getTitle(), session.getStartAt(),
                status == SessionRegistration.Status.WAITLISTED);
        return status;
    }

    /** The sessions a request was invited to, with its registrations. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionRegistration> registrationsOfRequest(long requestId) {
        currentUser.requireOfficer();
        return repository.findRegistrationsOfRequest(requestId);
    }

    /** Sessions overlapping an interval: the officer's agenda and calendar feed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PresentationSession> between(Instant from, Instant to) {
        return repository.findBetween(from, to);
    }

    /** A session by id, past or upcoming. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PresentationSession get(long id) {
        currentUser.requireOfficer();
        return repository.findById(id).orElseThrow(() -> new NotFoundException("session " + id));
    }

    /** Records the notes after a session; they also go to the timeline of each request invited to it. */
    public void saveNote(long sessionId, String note) {
        currentUser.requireOfficer();
        PresentationSession session = get(sessionId);
        session.setNote(note);
        audit.record("session.note", "PresentationSession#" + sessionId, null);
        if (session.getNote() != null) {
            for (SessionRegistration registration : registrations(sessionId)) {
                if (registration.getRequestId() != null && registration.getStatus() == SessionRegistration.Status.REGISTERED) {
                    onboarding.meetingNote(registration.getRequestId(), session.getTitle(), session.getNote());
                }
            }
        }
    }

    private SessionRegistration.Status register(long sessionId, String cpasName, String contactName, String email,
            int participants, Long requestId) {
        PresentationSession session = repository.findByIdForUpdate(sessionId)
                .filter(s -> s.getStartAt().isAfter(clock.instant()))
                .orElseThrow(() -> new NotFoundException("session " + sessionId));
        SessionRegistration.Status status = seatsTaken(sessionId) + participants <= session.getCapacity()
                ? SessionRegistration.Status.REGISTERED : SessionRegistration.Status.WAITLISTED;
        repository.add(new SessionRegistration(sessionId, cpasName.strip(), contactName.strip(), email.strip(),
                participants, status, requestId));
        audit.record("session.register", "PresentationSession#" + sessionId, cpasName + " " + status);
        boolean registered = status == SessionRegistration.Status.REGISTERED;
        MailText mail = MailText.of(registered ? "mail.session.registered" : "mail.session.waitlisted")
                .subjectWith(session.getTitle())
                .bodyWith(contactName.strip(), session.getTitle(), session.getStartAt(), session.getPlace());
        if (registered) {
            mailer.send(email.strip(), mail, CalendarFiles.sessionAttachment(session, email.strip(), false));
            repository.flush();
            scheduleReminders(session);
        } else {
            mailer.send(email.strip(), mail);
        }
        return status;
    }

    /** Records whether a registered CPAS came, once the session has started. Officers only. */
    public void recordAttendance(long registrationId, boolean attended) {
        currentUser.requireOfficer();
        SessionRegistration registration = repository.findRegistration(registrationId)
                .orElseThrow(() -> new NotFoundException("registration " + registrationId));
        PresentationSession session = get(registration.getSessionId());
        if (registration.getStatus() != SessionRegistration.Status.REGISTERED || session.getStartAt().isAfter(clock.instant())) {
            throw new IllegalStateException("Attendance is recorded for registered CPAS once the session has started");
        }
        registration.setAttended(attended);
        audit.record("session.attendance", "SessionRegistration#" + registrationId, Boolean.toString(attended));
    }

    /** Whether the session has started, so that attendance can be recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean started(PresentationSession session) {
        return !session.getStartAt().isAfter(clock.instant());
    }

    /** A session's registrations, in order. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionRegistration> registrations(long sessionId) {
        currentUser.requireOfficer();
        return repository.findRegistrations(sessionId);
    }

    /** Cancels a registration and promotes the waitlist, in order, while seats allow. Officers only. */
    public void cancelRegistration(long registrationId) {
        currentUser.requireOfficer();
        SessionRegistration registration = repository.findRegistration(registrationId)
                .orElseThrow(() -> new NotFoundException("registration " + registrationId));
        PresentationSession session = repository.findByIdForUpdate(registration.getSessionId()).orElseThrow();
        boolean hadSeat = registration.getStatus() == SessionRegistration.Status.REGISTERED;
        registration.setStatus(SessionRegistration.Status.CANCELLED);
        repository.flush();
        audit.record("session.cancel", "SessionRegistration#" + registrationId, registration.getCpasName());
        mailer.send(registration.getEmail(), MailText.of("mail.session.cancelled").subjectWith(session.getTitle())
                .bodyWith(registration.getContactName(), session.getTitle(), session.getStartAt()),
                hadSeat ? CalendarFiles.sessionAttachment(session, registration.getEmail(), true) : null);
        int free = session.getCapacity() - seatsTaken(session.getId());
        for (SessionRegistration waiting : registrations(session.getId())) {
            if (waiting.getStatus() == SessionRegistration.Status.WAITLISTED && waiting.getParticipants() <= free) {
                waiting.setStatus(SessionRegistration.Status.REGISTERED);
                free -= waiting.getParticipants();
                audit.record("session.promote", "SessionRegistration#" + waiting.getId(), waiting.getCpasName());
                mailer.send(waiting.getEmail(), MailText.of("mail.session.promoted").subjectWith(session.getTitle())
                        .bodyWith(waiting.getContactName(), session.getTitle(), session.getStartAt(), session.getPlace()),
                        CalendarFiles.sessionAttachment(session, waiting.getEmail(), false));
            }
        }
        repository.flush();
        scheduleReminders(session);
    }

    /** One reminder per registered e-mail address; cancelled and waitlisted ones get none. */
    private void scheduleReminders(PresentationSession session) {
        Set<String> recipients = new LinkedHashSet<>();
        for (SessionRegistration r : repository.findRegistrations(session.getId())) {
            if (r.getStatus() == SessionRegistration.Status.REGISTERED) {
                recipients.add(r.getEmail());
            }
        }
        reminders.schedule(Reminder.Kind.SESSION, session.getId(), recipients, session.getStartAt());
    }

    private int seatsTaken(long sessionId) {
        return repository.seatsTaken(sessionId);
    }
}
