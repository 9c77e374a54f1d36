package be.miresem.rebond.conversation;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A message between a CPAS and the Miresem: on a case (its "Échanges") or on the partnership (no case). Plain text
 * shown through the site's Markdown sanitiser (safe links). Its author may change or withdraw it for
 * {@link #CHANGE_WINDOW}; a withdrawn message keeps its place and says so.
 */
@Entity
@Table(name = "message")
@NamedQuery(name = "Message.ofCase", query = "select m from Message m where m.caseFileId = :case order by m.id")
@NamedQuery(name = "Message.ofPartnership", query = "select m from Message m where m.cpasId = :cpas "
        + "and m.caseFileId is null order by m.id")
@NamedQuery(name = "Message.latestPerPartnership", query = "select m.cpasId, max(m.id) from Message m "
        + "where m.caseFileId is null group by m.cpasId")
public class Message extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int BODY_MAX = 4000;
    public static final Duration CHANGE_WINDOW = Duration.ofMinutes(15);

    @Column(name = "cpas_id", nullable = false, updatable = false)
    private long cpasId;

    @Column(name = "case_file_id", updatable = false)
    private Long caseFileId;

    @Column(nullable = false, length = 254, updatable = false)
    private String author;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Message() {
    }

    Message(long cpasId, Long caseFileId, String author, String body) {
        this.cpasId = cpasId;
        this.caseFileId = caseFileId;
        this.author = author;
        this.body = body;
    }

    /** Whether its author may still change or withdraw it at this instant. */
    public boolean changeableBy(String person, Instant now) {
        return withdrawnAt == null && author.equals(person) && getCreatedAt() != null
                && now.isBefore(getCreatedAt().plus(CHANGE_WINDOW));
    }

    void edit(String text, Instant now) {
        body = text;
        editedAt = now;
    }

    void withdraw(Instant now) {
        body = "";
        withdrawnAt = now;
    }

    /** The thread it belongs to, as message_read names it. */
    public String thread() {
        return caseFileId != null ? Threads.ofCase(caseFileId) : Threads.ofPartnership(cpasId);
    }

    public long getCpasId() {
        return cpasId;
    }

    public Long getCaseFileId() {
        return caseFileId;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    /** The beginning of the text, to name the message on its buttons. */
    public String getExcerpt() {
        return body.length() <= 40 ? body : body.substring(0, 40) + "…";
    }

    public String getBodyHtml() {
        return be.miresem.rebond.site.SafeMarkdown.toHtml(body);
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }
}
