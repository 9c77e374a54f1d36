package be.miresem.rebond.meeting;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A notice to send about a booking: queued in the booking's transaction, done (e-mails queued in the outbox,
 * reminders scheduled) in a transaction of its own right after. See {@link BookingNotices}.
 */
@Entity
@Table(name = "booking_notice")
@NamedQuery(name = "BookingNotice.findPendingIds",
        query = "select n.id from BookingNotice n where n.doneAt is null order by n.id")
public class BookingNotice extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "booking_id", nullable = false)
    private long bookingId;

    /** booked, requested, moved or cancelled: the e-mail's wording. */
    @Column(nullable = false, length = 20)
    private String kind;

    /** The portal's address as the user reached it, for the links in the e-mails. */
    @Column(name = "base_url", nullable = false, length = 300)
    private String baseUrl;

    /** Who made the change (null: someone through the signed link of an e-mail). */
    @Column(length = 254, updatable = false)
    private String actor;

    @Column(name = "done_at")
    private Instant doneAt;

    protected BookingNotice() {
    }

    BookingNotice(long bookingId, String kind, String baseUrl, String actor) {
        this.actor = actor;
        this.bookingId = bookingId;
        this.kind = kind;
        this.baseUrl = baseUrl;
    }

    public long getBookingId() {
        return bookingId;
    }

    public String getKind() {
        return kind;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getActor() {
        return actor;
    }
}
