package be.miresem.rebond.conversation;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The last message one person has seen in one thread: what comes after it is "nouveau" for them. */
@Entity
@Table(name = "message_read")
@NamedQuery(name = "MessageRead.find", query = "select r from MessageRead r where r.reader = :reader and r.thread = :thread")
@NamedQuery(name = "MessageRead.ofReader", query = "select r from MessageRead r where r.reader = :reader")
public class MessageRead extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 254, updatable = false)
    private String reader;

    @Column(nullable = false, length = 40, updatable = false)
    private String thread;

    @Column(name = "last_seen_id", nullable = false)
    private long lastSeenId;

    protected MessageRead() {
    }

    MessageRead(String reader, String thread, long lastSeenId) {
        this.reader = reader;
        this.thread = thread;
        this.lastSeenId = lastSeenId;
    }

    public String getThread() {
        return thread;
    }

    public long getLastSeenId() {
        return lastSeenId;
    }

    void seen(long id) {
        lastSeenId = Math.max(lastSeenId, id);
    }
}
