package be.miresem.rebond.meeting;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.onboarding.CollaborationRequest;
import be.miresem.rebond.onboarding.OnboardingService;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.mail.MailText;
import be.miresem.rebond.shared.mail.Mailer;
import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.notification.NotificationKind;
import be.miresem.rebond.notification.Notifications;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.security.SignedTokens;
import be.miresem.rebond.shared.security.SigningKeys;
import be.miresem.rebond.shared.text.StoredText;
import be.miresem.rebond.shared.web.PageLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
    private Notifications notifications;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Reminders reminders;

    @Inject
    private OnboardingService onboarding;

    @Inject
    private SigningKeys keys;

    /** The public home page shows the next session: a new one drops its cached copies. */
    @Inject
    private jakarta.enterprise.event.Event<be.miresem.rebond.shared.web.PublicContentChanged> publicContent;

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
        audit.record("session.create", "PresentationSession#" + session.getId(), StoredText.of("audit.details.session",
                title, StoredText.at(start)));
        publicContent.fire(new be.miresem.rebond.shared.web.PublicContentChanged("PresentationSession"));
        return session;
    }

    /**
     * Registers a CPAS: a seat when the participants fit, else the waitlist. Returns the registration's
     * status. Guarantee: the seats counted never exceed the capacity.
     */
    public Registered register(long sessionId, String cpasName, String contactName, String email,
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
    public Registered invite(long sessionId, long requestId) {
        currentUser.requireOfficer();
        CollaborationRequest request = onboarding.get(requestId);
        Registered registered = register(sessionId, request.getCpasName(), request.getContactName(),
                request.getEmail(), 1, requestId);
        PresentationSession session = repository.findById(sessionId).orElseThrow();
        onboarding.presentationPlanned(requestId, session.getTitle(), session.getStartAt(),
                registered.status() == SessionRegistration.Status.WAITLISTED);
        return registered;
    }

    /** The outcome of a registration: a seat or the waitlist, and whether it updated an earlier one. */
    public record Registered(SessionRegistration.Status status, boolean updated) {
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

    /**
     * One registration per address and session: a second one updates the first (names, participants) and keeps
     * its seat when the seats allow, rather than taking a second seat.
     */
    private Registered register(long sessionId, String cpasName, String contactName, String email,
            int participants, Long requestId) {
        PresentationSession session = repository.findByIdForUpdate(sessionId)
                .filter(s -> s.getStartAt().isAfter(clock.instant()))
                .orElseThrow(() -> new NotFoundException("session " + sessionId));
        SessionRegistration existing = repository.findActiveByEmail(sessionId, email).orElse(null);
        int othersSeats = seatsTaken(sessionId) - (existing != null
                && existing.getStatus() == SessionRegistration.Status.REGISTERED ? existing.getParticipants() : 0);
        SessionRegistration.Status status = othersSeats + participants <= session.getCapacity()
                ? SessionRegistration.Status.REGISTERED : SessionRegistration.Status.WAITLISTED;
        SessionRegistration registration;
        if (existing == null) {
            registration = new SessionRegistration(sessionId, cpasName.strip(), contactName.strip(), email.strip(),
                    participants, status, requestId);
            repository.add(registration);
        } else {
            registration = existing;
            registration.update(cpasName.strip(), contactName.strip(), participants);
            registration.setStatus(status);
            registration.linkTo(requestId);
        }
        repository.flush();
        audit.record(existing == null ? "session.register" : "session.update", "PresentationSession#" + sessionId,
                StoredText.of("audit.details.named", cpasName, StoredText.label("SessionRegistration.Status." + status)));
        boolean seated = status == SessionRegistration.Status.REGISTERED;
        MailText mail = MailText.of(existing != null ? (seated ? "mail.session.updated" : "mail.session.updatedWaitlisted")
                        : seated ? "mail.session.registered" : "mail.session.waitlisted")
                .subjectWith(session.getTitle())
                .bodyWith(contactName.strip(), session.getTitle(), session.getStartAt(), session.getPlace(),
                        cancelLink(registration, session));
        String to = registration.getEmail();
        if (seated) {
            mailer.send(to, mail, CalendarFiles.sessionAttachment(session, to, false));
        } else {
            mailer.send(to, mail);
        }
        scheduleReminders(session);
        if (requestId == null) {
            // A CPAS registered itself: the officers hear of it (an invitation is their own doing).
            String news = StoredText.of(existing != null ? "notification.registration.updated"
                    : "notification.registration.new", cpasName.strip(), session.getTitle(), StoredText.at(session.getStartAt()));
            for (String officer : accounts.activeOfficerEmails()) {
                notifications.tell(officer, NotificationKind.REGISTRATION, news,
                        "/espace/seances/seance?id=" + sessionId);
            }
        }
        return new Registered(status, existing != null);
    }

    /** The signed link of a registration's e-mails that cancels it, valid until the session starts. */
    private String cancelLink(SessionRegistration registration, PresentationSession session) {
        return PageLinks.publicAddress() + "/seances/annuler?t="
                + SignedTokens.sign(keys.links(), "registration:" + registration.getId(), session.getStartAt());
    }

    /** The registration a cancel link names, if the link is genuine, the registration active and the session ahead. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SessionRegistration> byLink(String token) {
        return SignedTokens.verify(keys.links(), token == null ? "" : token, clock.instant()).flatMap(payload -> {
            String[] parts = payload.split(":");
            if (parts.length != 2 || !"registration".equals(parts[0])) {
                return Optional.empty();
            }
            try {
                return repository.findRegistration(Long.parseLong(parts[1]))
                        .filter(r -> r.getStatus() != SessionRegistration.Status.CANCELLED);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The session of a registration shown on the cancel page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PresentationSession sessionOf(SessionRegistration registration) {
        return repository.findById(registration.getSessionId()).orElseThrow();
    }

    /** Cancels through an e-mailed link (after the page's confirmation button); a refused link changes nothing. */
    public void cancelByLink(String token) {
        SessionRegistration registration = byLink(token).orElseThrow(ChangeClosedException::new);
        cancel(registration, "lien e-mail");
    }

    /** Records whether a registered CPAS came (présent, absent, excusé), once the session has started. Officers only. */
    public void recordAttendance(long registrationId, SessionRegistration.Attendance attendance) {
        currentUser.requireOfficer();
        SessionRegistration registration = repository.findRegistration(registrationId)
                .orElseThrow(() -> new NotFoundException("registration " + registrationId));
        PresentationSession session = get(registration.getSessionId());
        if (registration.getStatus() != SessionRegistration.Status.REGISTERED || session.getStartAt().isAfter(clock.instant())) {
            throw new IllegalStateException("Attendance is recorded for registered CPAS once the session has started");
        }
        registration.setAttendance(attendance);
        audit.record("session.attendance", "SessionRegistration#" + registrationId, StoredText.of("audit.details.named",
                registration.getCpasName(), StoredText.label("Attendance." + attendance)));
    }

    /**
     * Sessions of the last 30 days whose attendance is not recorded for every registered CPAS, the latest first:
     * the officer's to-do after a session. Officers only.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PresentationSession> awaitingAttendance() {
        currentUser.requireOfficer();
        Instant now = clock.instant();
        return repository.findBetween(now.minus(java.time.Duration.ofDays(30)), now).stream()
                .filter(s -> !s.getStartAt().isAfter(now))
                .filter(s -> repository.findRegistrations(s.getId()).stream().anyMatch(r ->
                        r.getStatus() == SessionRegistration.Status.REGISTERED && r.getAttendance() == null))
                .sorted(java.util.Comparator.comparing(PresentationSession::getStartAt).reversed())
                .toList();
    }

    /** A CPAS recorded present at a session: the survey the day after asks what it thought. */
    public record Attendee(long registrationId, String cpasName, String contactName, String email, Instant sessionStart) {
    }

    /** The CPAS recorded present at the sessions that started in [from, to) (the surveys' job; no user). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attendee> attendedBetween(Instant from, Instant to) {
        return repository.findAttended(from, to).stream().map(row -> {
            SessionRegistration r = (SessionRegistration) row[0];
            return new Attendee(r.getId(), r.getCpasName(), r.getContactName(), r.getEmail(), (Instant) row[1]);
        }).toList();
    }

    /** CPAS that came to a session without asking to collaborate, not followed up yet: the officer's to-do. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionRegistration> toFollowUp() {
        currentUser.requireOfficer();
        return repository.findToFollowUp();
    }

    /** Sends the follow-up e-mail (how to ask to collaborate, the officer's contact) to a CPAS that came. Officers only. */
    public void followUp(long registrationId) {
        currentUser.requireOfficer();
        SessionRegistration registration = repository.findRegistration(registrationId)
                .filter(SessionRegistration::isToFollowUp)
                .orElseThrow(() -> new NotFoundException("registration to follow up " + registrationId));
        PresentationSession session = get(registration.getSessionId());
        mailer.send(registration.getEmail(), MailText.of("mail.session.followUp").subjectWith(session.getTitle())
                .bodyWith(registration.getContactName(), session.getTitle(), PageLinks.publicAddress() + "/collaborer",
                        currentUser.getFullName(), currentUser.getEmail()));
        registration.followedUp(clock.instant());
        audit.record("session.followUp", "SessionRegistration#" + registrationId, registration.getCpasName());
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
        cancel(repository.findRegistration(registrationId)
                .orElseThrow(() -> new NotFoundException("registration " + registrationId)), null);
    }

    /**
     * Gives a waitlisted CPAS a seat, even beyond the capacity: the officer's decision (a bigger room, a chair
     * more). Officers only.
     */
    public void promote(long registrationId) {
        currentUser.requireOfficer();
        SessionRegistration registration = repository.findRegistration(registrationId)
                .filter(r -> r.getStatus() == SessionRegistration.Status.WAITLISTED)
                .orElseThrow(() -> new NotFoundException("waitlisted registration " + registrationId));
        PresentationSession session = repository.findByIdForUpdate(registration.getSessionId()).orElseThrow();
        seat(registration, session);
        repository.flush();
        scheduleReminders(session);
    }

    private void cancel(SessionRegistration registration, String how) {
        PresentationSession session = repository.findByIdForUpdate(registration.getSessionId()).orElseThrow();
        if (!session.getStartAt().isAfter(clock.instant())) {
            throw new ChangeClosedException();
        }
        boolean hadSeat = registration.getStatus() == SessionRegistration.Status.REGISTERED;
        registration.setStatus(SessionRegistration.Status.CANCELLED);
        repository.flush();
        audit.record("session.cancel", "SessionRegistration#" + registration.getId(),
                how == null ? registration.getCpasName() : registration.getCpasName() + " (" + how + ")");
        mailer.send(registration.getEmail(), MailText.of("mail.session.cancelled").subjectWith(session.getTitle())
                .bodyWith(registration.getContactName(), session.getTitle(), session.getStartAt(),
                        PageLinks.publicAddress() + "/seances"),
                hadSeat ? CalendarFiles.sessionAttachment(session, registration.getEmail(), true) : null);
        int free = session.getCapacity() - seatsTaken(session.getId());
        for (SessionRegistration waiting : repository.findRegistrations(session.getId())) {
            if (waiting.getStatus() == SessionRegistration.Status.WAITLISTED && waiting.getParticipants() <= free) {
                seat(waiting, session);
                free -= waiting.getParticipants();
            }
        }
        repository.flush();
        scheduleReminders(session);
    }

    private void seat(SessionRegistration waiting, PresentationSession session) {
        waiting.setStatus(SessionRegistration.Status.REGISTERED);
        audit.record("session.promote", "SessionRegistration#" + waiting.getId(), waiting.getCpasName());
        mailer.send(waiting.getEmail(), MailText.of("mail.session.promoted").subjectWith(session.getTitle())
                .bodyWith(waiting.getContactName(), session.getTitle(), session.getStartAt(), session.getPlace(),
                        cancelLink(waiting, session)),
                CalendarFiles.sessionAttachment(session, waiting.getEmail(), false));
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
