package be.miresem.rebond.meeting;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.casefile.MeetingOnCase;
import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.CpasRepository;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.security.AccessDeniedException;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.text.StoredText;
import be.miresem.rebond.shared.time.ClockProducer;
import be.miresem.rebond.shared.web.PageLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Bookings of the officer's time by partner CPAS. Free slots come from {@link SlotCalculator} and the
 * officer's {@link MeetingRules}; a booking or a move is checked against the latest data, and the database's
 * unique constraint on the active slot settles any race: of two people taking the same slot at once, exactly one
 * succeeds. Partners see and change only their own CPAS's meetings (others are 404); they cancel or move a
 * meeting up to the cut-off, the officer until it starts. The e-mailed links go through {@link MeetingLinks}.
 */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class MeetingScheduling {

    @Inject
    private BookingRepository bookings;

    @Inject
    private MeetingRules rules;

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
    private PageLinks links;

    @Inject
    private Event<MeetingOnCase> onCase;

    @Inject
    private CaseFiles cases;

    private final SlotCalculator calculator = new SlotCalculator(ClockProducer.ZONE);

    /** The officer's free slots from now to the horizon. Signed-in users only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlotCalculator.Slot> freeSlots() {
        requireSignedIn();
        return calculator.freeSlots(rules.slotRules(), busy(null), clock.instant());
    }

    /**
     * Books a slot: an insertion agent for their CPAS, the officer on behalf of the CPAS she names; optionally
     * about one beneficiary of that CPAS (the meeting then appears in the case's journal, with its notes
     * afterwards). In "à confirmer" mode a partner's booking holds the slot but waits for the officer's
     * confirmation.
     *
     * @throws SlotTakenException when the slot is not (or no longer) free
     * @throws MeetingException when the officer names no CPAS
     */
    public Booking book(Instant start, MeetingSubject subject, String place, String message, Long cpasId, Long caseId) {
        Cpas cpas;
        BookingStatus status;
        if (currentUser.isOfficer()) {
            cpas = cpasId == null ? null : cpasRepository.findById(cpasId).orElse(null);
            if (cpas == null) {
                throw new MeetingException("cpas", "rendezvous.cpas.required");
            }
            status = BookingStatus.CONFIRMED;
        } else {
            cpas = currentUser.getCpas();
            if (cpas == null) {
                throw new AccessDeniedException("Only insertion agents book for their CPAS");
            }
            status = rules.settings().isConfirmManually() ? BookingStatus.REQUESTED : BookingStatus.CONFIRMED;
        }
        SlotRules slotRules = rules.slotRules();
        if (start == null || !calculator.isBookable(slotRules, busy(null), clock.instant(), start)) {
            throw new SlotTakenException();
        }
        Booking booking = new Booking(cpas, currentUser.getEmail(), start, start.plus(slotRules.meetingLength()),
                subject == null ? MeetingSubject.OTHER : subject, place, message, status);
        if (caseId != null) {
            booking.concerns(caseId);
        }
        try {
            bookings.insert(booking);
        } catch (PersistenceException alreadyTaken) {
            throw new SlotTakenException();
        }
        audit.record("meeting.book", "Booking#" + booking.getId(), StoredText.of("audit.details.meeting", cpas.getName(),
                StoredText.at(start), StoredText.label("BookingStatus." + status)));
        journal(booking, MeetingOnCase.What.BOOKED, null);
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

    /** One booking, if the caller may see it (own CPAS, or any for an officer); 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Booking find(long id) {
        Booking booking = visible(id);
        if (booking.getCaseFileId() != null) {
            // The page shows the message and notes about the person: their case logs it.
            cases.recordShown(List.of(booking.getCaseFileId()), "rendez-vous au sujet de la personne");
        }
        return booking;
    }

    /** Whether the caller may still cancel or move this booking (partners: up to the cut-off). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canChange(Booking booking) {
        return changeable(booking, currentUser.isOfficer());
    }

    /**
     * Cancels a booking of the caller's CPAS (any for an officer); another CPAS's booking is 404. The reason, if
     * given, goes into the cancellation e-mails.
     */
    public void cancel(long id, String reason) {
        Booking booking = visible(id);
        if (!changeable(booking, currentUser.isOfficer())) {
            throw new ChangeClosedException();
        }
        if (reason != null && reason.strip().length() > Booking.CANCEL_REASON_MAX) {
            throw new MeetingException("cancelReason", "rendezvous.cancel.reason.tooLong");
        }
        cancel(booking, currentUser.getEmail(), reason);
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
        reschedule(booking, newStart, currentUser.getEmail());
    }

    /** Free slots a booking can move to (its own time excluded from the busy list). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlotCalculator.Slot> freeSlotsFor(Booking booking) {
        return calculator.freeSlots(rules.slotRules(), busy(booking.getId()), clock.instant()).stream()
                .filter(s -> !s.startInstant().equals(booking.getStartAt())).toList();
    }

    // ---- shared with MeetingLinks ----

    /** Whether the booking can still be changed: by the officer until it starts, by a partner until the cut-off. */
    boolean changeable(Booking booking, boolean officer) {
        if (!booking.isActive()) {
            return false;
        }
        Instant now = clock.instant();
        return officer ? now.isBefore(booking.getStartAt()) : now.isBefore(rules.changeDeadline(booking));
    }

    void cancel(Booking booking, String by, String reason) {
        booking.cancel(reason);
        if (currentUser.isSignedIn()) {
            journal(booking, MeetingOnCase.What.CANCELLED, null);
        }
        audit.record("meeting.cancel", "Booking#" + booking.getId(), by);
        notices.queue(booking, "cancelled", links.baseUrl());
    }

    void reschedule(Booking booking, Instant newStart, String by) {
        SlotRules slotRules = rules.slotRules();
        if (newStart == null || newStart.equals(booking.getStartAt())
                || !calculator.isBookable(slotRules, busy(booking.getId()), clock.instant(), newStart)) {
            throw new SlotTakenException();
        }
        Instant previous = booking.getStartAt();
        booking.moveTo(newStart, newStart.plus(slotRules.meetingLength()));
        try {
            bookings.flush();
        } catch (PersistenceException alreadyTaken) {
            throw new SlotTakenException();
        }
        audit.record("meeting.reschedule", "Booking#" + booking.getId(), StoredText.of("audit.details.moved",
                StoredText.at(previous), StoredText.at(newStart), by));
        notices.queue(booking, "moved", links.baseUrl());
    }

    // ---- internals ----

    /** A line in the journal of the case the meeting is about, if any (written by the case-file feature). */
    void journal(Booking booking, MeetingOnCase.What what, String note) {
        if (booking.getCaseFileId() != null) {
            onCase.fire(new MeetingOnCase(booking.getCaseFileId(), booking.getCpas().getId(), booking.getStartAt(),
                    booking.getSubject().name(), what, note));
        }
    }

    private Booking visible(long id) {
        requireSignedIn();
        Booking booking = bookings.findById(id).orElse(null);
        Cpas cpas = currentUser.getCpas();
        if (booking == null || !currentUser.isOfficer() && (cpas == null || !cpas.equals(booking.getCpas()))) {
            throw new NotFoundException("booking " + id);
        }
        return booking;
    }

    /** The active bookings' intervals around the bookable period, but the one excepted. */
    private List<SlotCalculator.Busy> busy(Long except) {
        Instant now = clock.instant();
        return bookings.findBusy(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(7L * 52 + 2)), except);
    }

    private void requireSignedIn() {
        if (!currentUser.isSignedIn()) {
            throw new AccessDeniedException("Signed-in users only");
        }
    }
}
