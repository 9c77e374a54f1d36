package be.miresem.rebond.shared.mail;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An e-mail to send, stored in the same transaction as the change that causes it, then sent (and retried
 * with back-off) by {@link OutboxSender}: a message exists if and only if its cause was committed.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = "OutboxMessage.findDue", query = "select m from OutboxMessage m where m.status = "
        + "be.miresem.rebond.shared.mail.OutboxMessage.Status.PENDING and m.nextAttemptAt <= :now order by m.id")
@NamedQuery(name = "OutboxMessage.findRecent", query = "select m from OutboxMessage m order by m.id desc")
public class OutboxMessage extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int ADDRESS_MAX = 254;
    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 8000;

    /** Where a message stands. Labels: {@code OutboxMessage.Status.X}. */
    public enum Status { PENDING, SENT }

    @Column(name = "recipient", nullable = false, length = ADDRESS_MAX)
    private String recipient;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "attachment_name", length = 100)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private String attachmentType;

    @Column(length = 16000)
    private String attachment;

    protected OutboxMessage() {
    }

    public OutboxMessage(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = truncate(subject, SUBJECT_MAX);
        this.body = truncate(body, BODY_MAX);
        this.nextAttemptAt = now;
    }

    OutboxMessage withAttachment(Mailer.Attachment file) {
        if (file != null) {
            attachmentName = file.name();
            attachmentType = file.contentType();
            attachment = file.content();
        }
        return this;
    }

    void sent(Instant at) {
        status = Status.SENT;
        attempts++;
        sentAt = at;
        lastError = null;
    }

    /** Records a failure; the next attempt waits base × 2^(attempts−1), at most an hour. */
    void failed(String error, Instant now, long baseSeconds) {
        attempts++;
        lastError = truncate(error, 500);
        long delay = Math.min(3600, baseSeconds * (1L << Math.min(20, attempts - 1)));
        nextAttemptAt = now.plusSeconds(delay);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public String getAttachment() {
        return attachment;
    }
}
