package be.miresem.rebond.meeting;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A reminder e-mail due 24 h before a meeting or a session, for one recipient. The due time is stored, so
 * a restart loses nothing; the status moves from PENDING to SENT by a conditional update in the transaction
 * that queues the e-mail, so two job runs never both send it.
 */
@Entity
@Table(name = "reminder")
@NamedQuery(name = "Reminder.find", query = "select r from Reminder r where r.kind = :kind and r.targetId = :target "
        + "and r.recipient = :recipient")
@NamedQuery(name = "Reminder.findForTarget", query = "select r from Reminder r where r.kind = :kind "
        + "and r.targetId = :target")
@NamedQuery(name = "Reminder.findDueIds", query = "select r.id from Reminder r where r.status = :pending "
        + "and r.dueAt <= :now order by r.dueAt")
@NamedQuery(name = "Reminder.findRecent", query = "select r from Reminder r order by r.dueAt desc")
public class Reminder extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** How long before the start a reminder goes out. */
    public static final Duration LEAD = Duration.ofHours(24);

    /** What the reminder is about. Labels: {@code Reminder.Kind.X}. */
    public enum Kind { BOOKING, SESSION }

    /** Labels: {@code Reminder.Status.X}. */
    public enum Status { PENDING, SENT, CANCELLED }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    protected Reminder() {
    }

    Reminder(Kind kind, long targetId, String recipient, Instant startsAt) {
        this.kind = kind;
        this.targetId = targetId;
        this.recipient = recipient;
        reschedule(startsAt);
    }

    /** A new start time: due again, 24 h before it. */
    void reschedule(Instant start) {
        if (!start.equals(startsAt) || status == Status.CANCELLED) {
            startsAt = start;
            dueAt = start.minus(LEAD);
            sentAt = null;
            status = Status.PENDING;
        }
    }

    void cancel() {
        if (status == Status.PENDING) {
            status = Status.CANCELLED;
        }
    }

    public Kind getKind() {
        return kind;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getRecipient() {
        return recipient;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Status getStatus() {
        return status;
    }
}
