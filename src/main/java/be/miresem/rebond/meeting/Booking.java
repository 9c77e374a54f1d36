package be.miresem.rebond.meeting;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-to-one meeting with the officer (rendez-vous). {@code activeSlot} holds the start instant while
 * the booking is active and is cleared when it is cancelled: a unique constraint on it lets the database,
 * not Java, guarantee that one slot is never booked twice.
 */
@Entity
@Table(name = "booking")
@NamedQuery(name = "Booking.findUpcomingForCpas", query = "select b from Booking b join fetch b.cpas where b.cpas = :cpas "
        + "and b.endAt > :now order by b.startAt")
@NamedQuery(name = "Booking.findPastForCpas", query = "select b from Booking b where b.cpas = :cpas "
        + "and b.endAt <= :now and b.activeSlot is not null order by b.startAt desc")
@NamedQuery(name = "Booking.findBetween", query = "select b from Booking b left join fetch b.cpas "
        + "where b.startAt < :to and b.endAt > :from and b.activeSlot is not null order by b.startAt")
@NamedQuery(name = "Booking.findBetweenForCpas", query = "select b from Booking b where b.cpas = :cpas "
        + "and b.startAt < :to and b.endAt > :from and b.activeSlot is not null order by b.startAt")
@NamedQuery(name = "Booking.findUpcoming", query = "select b from Booking b left join fetch b.cpas "
        + "where b.endAt > :now order by b.startAt")
public class Booking extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MESSAGE_MAX = 2000;
    public static final int NOTE_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cpas_id", nullable = false)
    private Cpas cpas;

    @Column(name = "booked_by", nullable = false, length = 254)
    private String bookedBy;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(name = "end_at", nullable = false)
    private Instant endAt;

    @Column(name = "active_slot", unique = true)
    private Instant activeSlot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MeetingSubject subject;

    @Column(length = 120)
    private String place;

    @Column(length = MESSAGE_MAX)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BookingStatus status;

    /** iCalendar SEQUENCE: 0 when booked, one more at each change sent to the attendees. */
    @Column(name = "sequence_number", nullable = false)
    private int sequence;

    /** The officer's notes after the meeting. */
    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "note_at")
    private Instant noteAt;

    /** The beneficiary's case file this meeting is about, if any (the meeting then appears in its journal). */
    @Column(name = "case_file_id")
    private Long caseFileId;

    public static final int CANCEL_REASON_MAX = 300;

    /** Why the meeting was cancelled, when the person who cancelled said it. */
    @Column(name = "cancel_reason", length = CANCEL_REASON_MAX)
    private String cancelReason;

    protected Booking() {
    }

    Booking(Cpas cpas, String bookedBy, Instant startAt, Instant endAt, MeetingSubject subject, String place,
            String message, BookingStatus status) {
        this.cpas = cpas;
        this.bookedBy = bookedBy;
        this.startAt = startAt;
        this.endAt = endAt;
        this.activeSlot = startAt;
        this.subject = subject;
        this.place = place;
        this.message = message == null || message.isBlank() ? null : message.strip();
        this.status = status;
    }

    void cancel(String reason) {
        cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
        status = BookingStatus.CANCELLED;
        activeSlot = null;
        sequence++;
    }

    /** After the start: whether the CPAS came (CONFIRMED) or not (NO_SHOW). */
    void recordAttendance(boolean came) {
        status = came ? BookingStatus.CONFIRMED : BookingStatus.NO_SHOW;
    }

    void confirm() {
        status = BookingStatus.CONFIRMED;
        sequence++;
    }

    /** Moves the meeting to another slot: the new slot is held by the unique constraint from the next flush. */
    void moveTo(Instant start, Instant end) {
        startAt = start;
        endAt = end;
        activeSlot = start;
        sequence++;
    }

    void recordNote(String text, Instant at) {
        note = text == null || text.isBlank() ? null : text.strip();
        noteAt = note == null ? null : at;
    }

    void concerns(Long caseFileId) {
        this.caseFileId = caseFileId;
    }

    public Long getCaseFileId() {
        return caseFileId;
    }

    public String getNote() {
        return note;
    }

    public Instant getNoteAt() {
        return noteAt;
    }

    public int getSequence() {
        return sequence;
    }

    public Cpas getCpas() {
        return cpas;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public MeetingSubject getSubject() {
        return subject;
    }

    public String getPlace() {
        return place;
    }

    public String getMessage() {
        return message;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return activeSlot != null;
    }
}
