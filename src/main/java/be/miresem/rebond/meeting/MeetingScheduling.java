package be.miresem.rebond.meeting;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.persistence.Persistence;
import be.miresem.rebond.shared.security.AccessDeniedException;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Bookings of the officer's time by partner CPAS. Free slots come from {@link SlotCalculator}; a booking is
 * checked against the latest data, and the database's unique constraint on the active slot settles any
 * race: of two people taking the same slot at once, exactly one succeeds.
 */
@ApplicationScoped
@Transactional
public class MeetingScheduling {

    static final Duration MEETING_LENGTH = Duration.ofMinutes(60);
    static final Duration BUFFER = Duration.ofMinutes(15);
    static final Duration MINIMUM_NOTICE = Duration.ofHours(24);
    static final int HORIZON_WEEKS = 8;

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private be.miresem.rebond.shared.mail.Mailer mailer;

    @Inject
    private be.miresem.rebond.account.AccountService accounts;

    private final SlotCalculator calculator = new SlotCalculator(ClockProducer.ZONE);

    /** The officer's free slots from now to the horizon. Signed-in users only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlotCalculator.Slot> freeSlots() {
        requireSignedIn();
        return calculator.freeSlots(rules(), busy(), clock.instant());
    }

    /**
     * Books a slot for the caller's CPAS. Guarantees: the slot is free by the rules and the latest bookings,
     * and no other active booking holds it (database constraint).
     *
     * @throws SlotTakenException when the slot is not (or no longer) free
     */
    public Booking book(Instant start, MeetingSubject subject, String place, String message) {
        Cpas cpas = currentUser.getCpas();
        if (cpas == null) {
            throw new AccessDeniedException("Only insertion agents book for their CPAS");
        }
        if (start == null || !calculator.isBookable(rules(), busy(), clock.instant(), start)) {
            throw new SlotTakenException();
        }
        Booking booking = new Booking(cpas, currentUser.getEmail(), start, start.plus(MEETING_LENGTH),
                subject == null ? MeetingSubject.OTHER : subject, place, message, BookingStatus.CONFIRMED);
        try {
            em.persist(booking);
            em.flush();
        } catch (PersistenceException alreadyTaken) {
            throw new SlotTakenException();
        }
        audit.record("meeting.book", "Booking#" + booking.getId(), cpas.getName() + " " + start);
        notifyAll(booking, "mail.booking.subject", "mail.booking.body");
        return booking;
    }

    /** The caller's CPAS's upcoming bookings (all of them for an officer). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Booking> upcoming() {
        requireSignedIn();
        Cpas cpas = currentUser.getCpas();
        Instant now = clock.instant();
        return cpas == null
                ? em.createNamedQuery("Booking.findUpcoming", Booking.class).setParameter("now", now).getResultList()
                : em.createNamedQuery("Booking.findUpcomingForCpas", Booking.class).setParameter("cpas", cpas)
                        .setParameter("now", now).getResultList();
    }

    /** Cancels a booking of the caller's CPAS (any booking for an officer); another CPAS's booking is 404. */
    public void cancel(long id) {
        Booking booking = em.find(Booking.class, id);
        Cpas cpas = currentUser.getCpas();
        if (booking == null || !currentUser.isOfficer() && (cpas == null || !cpas.equals(booking.getCpas()))) {
            throw new NotFoundException("booking " + id);
        }
        booking.cancel();
        audit.record("meeting.cancel", "Booking#" + id, null);
        notifyAll(booking, "mail.bookingCancelled.subject", "mail.bookingCancelled.body");
    }

    /** E-mails the booker and the officers, each with the meeting's iCalendar file. */
    private void notifyAll(Booking booking, String subjectKey, String bodyKey) {
        String when = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm",
                java.util.Locale.of("fr", "BE")).format(booking.getStartAt().atZone(ClockProducer.ZONE));
        java.util.Set<String> recipients = new java.util.LinkedHashSet<>();
        recipients.add(booking.getBookedBy());
        recipients.addAll(be.miresem.rebond.shared.config.Settings.OFFICER_NOTIFY.value().map(List::of)
                .orElseGet(accounts::activeOfficerEmails));
        for (String to : recipients) {
            mailer.send(to, be.miresem.rebond.shared.web.Messages.text(subjectKey, when),
                    be.miresem.rebond.shared.web.Messages.text(bodyKey, when, booking.getCpas().getName(),
                            be.miresem.rebond.shared.web.Messages.text("MeetingSubject." + booking.getSubject()),
                            booking.getPlace() == null ? "" : booking.getPlace()),
                    CalendarFiles.attachment(booking, to));
        }
    }

    private SlotRules rules() {
        List<SlotRules.Window> windows = em.createNamedQuery("AvailabilityWindow.findAll", AvailabilityWindow.class)
                .getResultList().stream().map(AvailabilityWindow::toWindow).toList();
        List<SlotRules.DayOff> daysOff = exceptions().stream().map(AvailabilityException::toDayOff).toList();
        return new SlotRules(windows, MEETING_LENGTH, BUFFER, MINIMUM_NOTICE, HORIZON_WEEKS, daysOff);
    }

    // ---- the officer's availability ----

    /** The weekly windows. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AvailabilityWindow> windows() {
        currentUser.requireOfficer();
        return em.createNamedQuery("AvailabilityWindow.findAll", AvailabilityWindow.class).getResultList();
    }

    /** The days off from today on. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AvailabilityException> exceptions() {
        return em.createNamedQuery("AvailabilityException.findFrom", AvailabilityException.class)
                .setParameter("from", java.time.LocalDate.now(clock.withZone(ClockProducer.ZONE))).getResultList();
    }

    /** Adds a weekly window (end after start). Officers only. */
    public void addWindow(java.time.DayOfWeek day, java.time.LocalTime start, java.time.LocalTime end) {
        currentUser.requireOfficer();
        new SlotRules.Window(day, start, end); // refuses an empty window
        em.persist(new AvailabilityWindow(day, start, end));
        audit.record("meeting.window.add", "AvailabilityWindow", day + " " + start + "-" + end);
    }

    public void removeWindow(long id) {
        currentUser.requireOfficer();
        AvailabilityWindow window = em.find(AvailabilityWindow.class, id);
        if (window == null) {
            throw new NotFoundException("window " + id);
        }
        em.remove(window);
        audit.record("meeting.window.remove", "AvailabilityWindow#" + id, null);
    }

    /** Adds days off (from ≤ to). Officers only. */
    public void addException(java.time.LocalDate from, java.time.LocalDate to, String reason) {
        currentUser.requireOfficer();
        if (to.isBefore(from) || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Invalid days off");
        }
        em.persist(new AvailabilityException(from, to, reason.strip()));
        audit.record("meeting.dayoff.add", "AvailabilityException", from + ".." + to + " " + reason.strip());
    }

    public void removeException(long id) {
        currentUser.requireOfficer();
        AvailabilityException exception = em.find(AvailabilityException.class, id);
        if (exception == null) {
            throw new NotFoundException("exception " + id);
        }
        em.remove(exception);
        audit.record("meeting.dayoff.remove", "AvailabilityException#" + id, null);
    }

    private List<SlotCalculator.Busy> busy() {
        Instant now = clock.instant();
        return em.createNamedQuery("Booking.findActiveBetween", Booking.class)
                .setParameter("from", now.minus(Duration.ofDays(1)))
                .setParameter("to", now.plus(Duration.ofDays(7L * HORIZON_WEEKS + 2)))
                .getResultList().stream().map(b -> new SlotCalculator.Busy(b.getStartAt(), b.getEndAt())).toList();
    }

    private void requireSignedIn() {
        if (!currentUser.isSignedIn()) {
            throw new AccessDeniedException("Signed-in users only");
        }
    }
}
