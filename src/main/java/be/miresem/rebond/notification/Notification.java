package be.miresem.rebond.notification;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something the portal tells one person in their space (a hire on a case of their CPAS): a stored line
 * ({@link be.miresem.rebond.shared.text.StoredText}) and the path of the record, which the person opens from
 * their home page. Carries no beneficiary's name: the record's page shows it to those who may see it.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.findRecent", query = "select n from Notification n where n.recipient = :recipient "
        + "and (n.seenAt is null or n.createdAt > :since) order by n.createdAt desc, n.id desc")
@NamedQuery(name = "Notification.digestPending", query = "select n from Notification n where n.digestPending = true "
        + "order by n.recipient, n.id")
@NamedQuery(name = "Notification.countUnseen", query = "select count(n) from Notification n where n.recipient = :recipient "
        + "and n.seenAt is null")
public class Notification extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MESSAGE_MAX = 500;

    @Column(nullable = false, length = 254, updatable = false)
    private String recipient;

    @Column(nullable = false, length = MESSAGE_MAX, updatable = false)
    private String message;

    @Column(nullable = false, length = 300, updatable = false)
    private String link;

    @Column(name = "seen_at")
    private Instant seenAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private NotificationKind kind;

    /** Waiting for the recipient's next daily digest. */
    @Column(name = "digest_pending", nullable = false)
    private boolean digestPending;

    protected Notification() {
    }

    Notification(String recipient, NotificationKind kind, String message, String link, boolean digestPending) {
        this.recipient = recipient;
        this.kind = kind;
        this.message = message;
        this.link = link;
        this.digestPending = digestPending;
    }

    void digested() {
        digestPending = false;
    }

    public NotificationKind getKind() {
        return kind;
    }

    void seen(Instant at) {
        if (seenAt == null) {
            seenAt = at;
        }
    }

    public String getRecipient() {
        return recipient;
    }

    public String getMessage() {
        return message;
    }

    public String getLink() {
        return link;
    }

    public Instant getSeenAt() {
        return seenAt;
    }

    public boolean isSeen() {
        return seenAt != null;
    }
}
