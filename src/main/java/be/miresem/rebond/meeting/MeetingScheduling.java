package be.miresem.rebond.meeting;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.CpasRepository;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.cluster.CacheVersions;
import be.miresem.rebond.shared.persistence.Persistence;
import be.miresem.rebond.shared.security.AccessDeniedException;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.security.SignedTokens;
import be.miresem.rebond.shared.security.SigningKeys;
import be.miresem.rebond.shared.time.ClockProducer;
import be.miresem.rebond.shared.web.Messages;
import be.miresem.rebond.shared.web.PageLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Bookings of the officer's time by partner CPAS. Free slots come from {@link SlotCalculator} and the
 * officer's {@link MeetingSettings}; a booking or a move is checked against the latest data, and the
 * database's unique constraint on the active slot settles any race: of two people taking the same slot at
 * once, exactly one succeeds. Partners see and change only their own CPAS's meetings (others are 404);
 * they cancel or move a meeting up to the cut-off, the officer until it starts.
 */
@ApplicationScoped
@Transactional
public class MeetingScheduling {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private CpasRepository cpasRepository;

    @Inject
    private BookingNotices notices;

    @Inject
    private be.miresem.rebond.casefile.CaseFiles cases;

    @Inject
    private SigningKeys keys;

    @Inject
    private PageLinks links;

    private final SlotCalculator calculator = new SlotCalculator(ClockProducer.ZONE);

    /**
     * The officer's rules as read at one moment: every page and every booking needs them, and they change
     * rarely. Kept for at most {@link #RULES_TTL}, dropped on this node as soon as a change commits, and on
     * every node when the stored version of the rules ({@link CacheVersions#MEETING_RULES}, bumped by each
     * change) is no longer the one they were read at.
     */
    private record Rules(MeetingSettings settings, List<SlotRules.Window> windows, List<SlotRules.DayOff> daysOff,
            Instant loadedAt, LocalDate day, long version) {
    }

    /** Fired when the officer changes her rules; observed after commit to drop the cached rules. */
    public record RulesChanged() {
    }

    static final Duration RULES_TTL = Duration.ofSeconds(30);

    private volatile Rules cachedRules;

    @Inject
    private jakarta.enterprise.event.Event<RulesChanged> rulesChanged;

    void onRulesChanged(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
            RulesChanged event) {
        cachedRules = null;
    }

    void onRulesChangedInTransaction(@jakarta.enterprise.event.Observes RulesChanged event) {
        versions.bump(CacheVersions.MEETING_RULES);
    }

    @Inject
    private CacheVersions versions;

    private Rules cachedRules() {
        Rules rules = cachedRules;
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ClockProducer.ZONE);
        long version = versions.current(CacheVersions.MEETING_RULES);
        if (rules == null || rules.loadedAt().plus(RULES_TTL).isBefore(now) || !rules.day().equals(today)
                || rules.version() != version) {
            MeetingSettings settings = em.createQuery("select s from MeetingSettings s order by s.id",
                    MeetingSettings.class).setMaxResults(1).getSingleResult().copy();
            List<SlotRules.Window> windows = em.createNamedQuery("AvailabilityWindow.findAll", AvailabilityWindow.class)
                    .getResultList().stream().map(AvailabilityWindow::toWindow).toList();
            List<SlotRules.DayOff> daysOff = em.createNamedQuery("AvailabilityException.findFrom",
                    AvailabilityException.class).setParameter("from", today).getResultList().stream()
                    .map(AvailabilityException::toDayOff).toList();
            rules = new Rules(settings, windows, daysOff, now, today, version);
            cachedRules = rules;
        }
        return rules;
    }

    // ---- settings ----

    /** The meeting rules. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingSettings settings() {
        return cachedRules().settings();
    }

    /** Saves the meeting rules. Officers only. */
    public void saveSettings(@Valid MeetingSettings form) {
        currentUser.requireOfficer();
        em.createQuery("select s from MeetingSettings s order by s.id", MeetingSettings.class).setMaxResults(1)
                .getSingleResult().copyFrom(form);
        rulesChanged.fire(new RulesChanged());
        audit.record("meeting.settings", "MeetingSettings", form.getMeetingMinutes() + " min, "
                + form.getBufferMinutes() + " min, " + form.getNoticeHours() + " h, " + form.getHorizonWeeks()
                + " sem., " + form.getCutoffHours() + " h, manual=" + form.isConfirmManually());
    }

    /** The places offered for a meeting; the video call carries the officer's link when she set one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> places() {
        String video = Messages.text("rendezvous.place.video");
        String link = settings().getVideoLink();
        return List.of(Messages.text("rendezvous.place.office"), Messages.text("rendezvous.place.cpas"),
                link == null ? video : video + " : " + link);
    }

    // ---- slots and booking ----

    /** The officer's free slots from now to the horizon. Signed-in users only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlotCalculator.Slot> freeSlots() {
        requireSignedIn();
        return calculator.freeSlots(rules(), busy(null), clock.instant());
    }

    /**
     * Books a slot: an insertion agent for their CPAS, the officer on behalf of the CPAS she names. In
     * "à confirmer" mode a partner's booking holds the slot but waits for the officer's confirmation.
     *
     * @throws SlotTakenException when the slot is not (or no longer) free
     */
    public Booking book(Instant start, MeetingSubject subject, String place, String message, Long cpasId) {
        return book(start, subject, place, message, cpasId, null);
    }

    /**
     * Books a slot, optionally about one beneficiary of the CPAS (the meeting then appears in the case's
     * journal, with its notes afterwards).
     */
    public Booking book(Instant start, MeetingSubject subject, String place, String message, Long cpasId, Long caseId) {
        Cpas cpas;
        BookingStatus status;
        if (currentUser.isOfficer()) {
            cpas = cpasId == null ? null : cpasRepository.findById(cpasId).orElse(null);
            if (cpas == null) {
                throw new IllegalArgumentException("The officer books for a CPAS");
            }
            status = BookingStatus.CONFIRMED;
        } else {
            cpas = currentUser.getCpas();
            if (cpas == null) {
                throw new AccessDeniedException("Only insertion agents book for their CPAS");
            }
            status = settings().isConfirmManually() ? BookingStatus.REQUESTED : BookingStatus.CONFIRMED;
        }
        MeetingSettings settings = settings();
        SlotRules rules = rules(settings);
        if (start == null || !calculator.isBookable(rules, busy(null), clock.instant(), start)) {
            throw new SlotTakenException();
        }
        Booking booking = new Booking(cpas, currentUser.getEmail(), start, start.plus(rules.meetingLength()),
                subject == null ? MeetingSubject.OTHER : subject, place, message, status);
        if (caseId != null) {
            if (cases.cpasIdOf(caseId) != cpas.getId()) {
                throw new IllegalArgumentException("The case is another CPAS's");
            }
            booking.concerns(caseId);
        }
        try {
            em.persist(booking);
            em.flush();
        } catch (PersistenceException alreadyTaken) {
            throw new SlotTakenException();
        }
        audit.record("meeting.book", "Booking#" + booking.getId(), cpas.getName() + " " + start + " " + status);
        journal(booking, "casefile.journal.meeting.booked", null);
        notices.queue(booking, status == BookingStatus.REQUESTED ? "requested" : "booked", links.baseUrl());
        return booking;
    }

    /** Confirms a booking waiting in "à confirmer" mode. Officers only. */
    public void confirm(long id) {
        currentUser.requireOfficer();
        Booking booking = visible(id);
        if (booking.getStatus() != BookingStatus.REQUESTED) {
            throw new IllegalStateException("Only requested bookings are confirmed");
        }
        booking.confirm();
        audit.record("meeting.confirm", "Booking#" + id, null);
        notices.queue(booking, "booked", links.baseUrl());
    }

    /**
     * Records whether the CPAS came to a confirmed meeting, once it has started: the dashboard counts
     * meetings held and no-shows. Officers only.
     */
    public void recordAttendance(long id, boolean came) {
        currentUser.requireOfficer();
        Booking booking = visible(id);
        if (!canRecordAttendance(booking)) {
            throw new IllegalStateException("Attendance is recorded for confirmed meetings that have started");
        }
        booking.recordAttendance(came);
        audit.record(came ? "meeting.attended" : "meeting.noShow", "Booking#" + id, null);
    }

    /** Whether attendance can be recorded for this booking now (confirmed or no-show, and started). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canRecordAttendance(Booking booking) {
        return (booking.getStatus() == BookingStatus.CONFIRMED || booking.getStatus() == BookingStatus.NO_SHOW)
                && !booking.getStartAt().isAfter(clock.instant());
    }

    /** One booking, if the caller may see it (own CPAS, or any for an officer); 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Booking find(long id) {
        return visible(id);
    }

    /** Whether the caller may still cancel or move this booking (partners: up to the cut-off). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canChange(Booking booking) {
        return changeable(booking, currentUser.isOfficer());
    }

    /** The cut-off of this booking: partners change it before this instant. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Instant changeDeadline(Booking booking) {
        return booking.getStartAt().minus(settings().cutoff());
    }

    /** Cancels a booking of the caller's CPAS (any for an officer); another CPAS's booking is 404. */
    public void cancel(long id) {
        Booking booking = visible(id);
        if (!changeable(booking, currentUser.isOfficer())) {
            throw new ChangeClosedException();
        }
        doCancel(booking, currentUser.getEmail());
    }

    /**
     * Moves a booking to another free slot; same rules as cancelling, and the new slot is held by the same
     * database constraint as a new booking.
     */
    public void reschedule(long id, Instant newStart) {
        Booking booking = visible(id);
        if (!changeable(booking, currentUser.isOfficer())) {
            throw new ChangeClosedException();
        }
        doReschedule(booking, newStart, currentUser.getEmail());
    }

    /** Free slots a booking can move to (its own time excluded from the busy list). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlotCalculator.Slot> freeSlotsFor(Booking booking) {
        return calculator.freeSlots(rules(), busy(booking.getId()), clock.instant()).stream()
                .filter(s -> !s.startInstant().equals(booking.getStartAt())).toList();
    }

    /** Records the officer's notes after a meeting (shown to the partner with the meeting). */
    public void saveNote(long id, String note) {
        currentUser.requireOfficer();
        if (note != null && note.strip().length() > Booking.NOTE_MAX) {
            throw new IllegalArgumentException("Note too long");
        }
        Booking booking = visible(id);
        booking.recordNote(note, clock.instant());
        audit.record("meeting.note", "Booking#" + id, null);
        if (booking.getNote() != null) {
            journal(booking, "casefile.journal.meeting.note", booking.getNote());
        }
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

    /** The caller's CPAS's past meetings with their notes (the last 20). Partners only; empty for officers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Booking> past() {
        requireSignedIn();
        Cpas cpas = currentUser.getCpas();
        return cpas == null ? List.of() : em.createNamedQuery("Booking.findPastForCpas", Booking.class)
                .setParameter("cpas", cpas).setParameter("now", clock.instant()).setMaxResults(20).getResultList();
    }

    /** Active bookings between two instants: the officer's agenda. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Booking> between(Instant from, Instant to) {
        currentUser.requireOfficer();
        return em.createNamedQuery("Booking.findBetween", Booking.class).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    /** The CPAS the officer can book for: the active partners. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Cpas> partners() {
        currentUser.requireOfficer();
        return cpasRepository.findByStatus(be.miresem.rebond.partner.CpasStatus.ACTIVE);
    }

    // ---- signed links from e-mails ----

    /** The booking a link's token names, if the token is genuine, unexpired and the booking unchanged since. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Booking> byLink(String token) {
        return SignedTokens.verify(keys.links(), token, clock.instant()).flatMap(payload -> {
            String[] parts = payload.split(":");
            if (parts.length != 3 || !"booking".equals(parts[0])) {
                return Optional.empty();
            }
            try {
                Booking booking = em.find(Booking.class, Long.parseLong(parts[1]));
                return booking != null && booking.getSequence() == Integer.parseInt(parts[2])
                        && changeable(booking, false) ? Optional.of(booking) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** Free slots for the holder of a link. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlotCalculator.Slot> freeSlotsByLink(String token) {
        return byLink(token).map(this::freeSlotsFor).orElseThrow(ChangeClosedException::new);
    }

    /** Cancels through an e-mailed link (after the page's confirmation button). */
    public void cancelByLink(String token) {
        Booking booking = byLink(token).orElseThrow(ChangeClosedException::new);
        doCancel(booking, "lien e-mail");
    }

    /** Moves through an e-mailed link. */
    public void rescheduleByLink(String token, Instant newStart) {
        Booking booking = byLink(token).orElseThrow(ChangeClosedException::new);
        doReschedule(booking, newStart, "lien e-mail");
    }

    // ---- internals ----

    private void doCancel(Booking booking, String by) {
        booking.cancel();
        if (currentUser.isSignedIn()) {
            journal(booking, "casefile.journal.meeting.cancelled", null);
        }
        audit.record("meeting.cancel", "Booking#" + booking.getId(), by);
        notices.queue(booking, "cancelled", links.baseUrl());
    }

    private void doReschedule(Booking booking, Instant newStart, String by) {
        SlotRules rules = rules();
        if (newStart == null || newStart.equals(booking.getStartAt())
                || !calculator.isBookable(rules, busy(booking.getId()), clock.instant(), newStart)) {
            throw new SlotTakenException();
        }
        Instant previous = booking.getStartAt();
        booking.moveTo(newStart, newStart.plus(rules.meetingLength()));
        try {
            em.flush();
        } catch (PersistenceException alreadyTaken) {
            throw new SlotTakenException();
        }
        audit.record("meeting.reschedule", "Booking#" + booking.getId(), previous + " -> " + newStart + " (" + by + ")");
        notices.queue(booking, "moved", links.baseUrl());
    }

    /** A line in the journal of the case the meeting is about, if any. */
    private void journal(Booking booking, String key, String note) {
        if (booking.getCaseFileId() != null) {
            cases.addEntry(booking.getCaseFileId(), LocalDate.ofInstant(booking.getStartAt(), ClockProducer.ZONE),
                    be.miresem.rebond.casefile.JournalEntryType.MEETING,
                    Messages.text(key, be.miresem.rebond.shared.time.DateFormats.longDateTime(booking.getStartAt()),
                            Messages.text("MeetingSubject." + booking.getSubject()), note == null ? "" : note));
        }
    }

    private boolean changeable(Booking booking, boolean officer) {
        if (!booking.isActive()) {
            return false;
        }
        Instant now = clock.instant();
        return officer ? now.isBefore(booking.getStartAt()) : now.isBefore(changeDeadline(booking));
    }

    private Booking visible(long id) {
        requireSignedIn();
        Booking booking = em.find(Booking.class, id);
        Cpas cpas = currentUser.getCpas();
        if (booking == null || !currentUser.isOfficer() && (cpas == null || !cpas.equals(booking.getCpas()))) {
            throw new NotFoundException("booking " + id);
        }
        return booking;
    }

    private SlotRules rules() {
        return rules(settings());
    }

    private SlotRules rules(MeetingSettings settings) {
        Rules cached = cachedRules();
        return settings.rules(cached.windows(), cached.daysOff());
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
                .setParameter("from", LocalDate.now(clock.withZone(ClockProducer.ZONE))).getResultList();
    }

    /** Adds a weekly window (end after start). Officers only. */
    public void addWindow(DayOfWeek day, LocalTime start, LocalTime end) {
        currentUser.requireOfficer();
        new SlotRules.Window(day, start, end); // refuses an empty window
        em.persist(new AvailabilityWindow(day, start, end));
        rulesChanged.fire(new RulesChanged());
        audit.record("meeting.window.add", "AvailabilityWindow", day + " " + start + "-" + end);
    }

    public void removeWindow(long id) {
        currentUser.requireOfficer();
        AvailabilityWindow window = em.find(AvailabilityWindow.class, id);
        if (window == null) {
            throw new NotFoundException("window " + id);
        }
        em.remove(window);
        rulesChanged.fire(new RulesChanged());
        audit.record("meeting.window.remove", "AvailabilityWindow#" + id, null);
    }

    /** Adds days off (from ≤ to). Officers only. */
    public void addException(LocalDate from, LocalDate to, String reason) {
        currentUser.requireOfficer();
        if (to.isBefore(from) || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Invalid days off");
        }
        em.persist(new AvailabilityException(from, to, reason.strip()));
        rulesChanged.fire(new RulesChanged());
        audit.record("meeting.dayoff.add", "AvailabilityException", from + ".." + to + " " + reason.strip());
    }

    public void removeException(long id) {
        currentUser.requireOfficer();
        AvailabilityException exception = em.find(AvailabilityException.class, id);
        if (exception == null) {
            throw new NotFoundException("exception " + id);
        }
        em.remove(exception);
        rulesChanged.fire(new RulesChanged());
        audit.record("meeting.dayoff.remove", "AvailabilityException#" + id, null);
    }

    /** The active bookings' intervals (two columns, no entities: this runs on every booking page and attempt). */
    private List<SlotCalculator.Busy> busy(Long except) {
        Instant now = clock.instant();
        return em.createQuery("select b.startAt, b.endAt from Booking b where b.activeSlot is not null "
                        + "and b.startAt < :to and b.endAt > :from and b.id <> :except", Object[].class)
                .setParameter("from", now.minus(Duration.ofDays(1)))
                .setParameter("to", now.plus(Duration.ofDays(7L * 52 + 2)))
                .setParameter("except", except == null ? -1L : except)
                .getResultList().stream().map(r -> new SlotCalculator.Busy((Instant) r[0], (Instant) r[1])).toList();
    }

    private void requireSignedIn() {
        if (!currentUser.isSignedIn()) {
            throw new AccessDeniedException("Signed-in users only");
        }
    }
}
