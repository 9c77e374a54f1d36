package be.miresem.rebond.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a request's timeline, and of the audit trail: who did what, when. Never changed or
 * deleted (a merge moves lines to the surviving request).
 */
@Entity
@Table(name = "onboarding_event")
@NamedQuery(name = "OnboardingEvent.findByRequest",
        query = "select e from OnboardingEvent e where e.requestId = :id order by e.at desc, e.id desc")
public class OnboardingEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Kinds of timeline lines. Labels: {@code OnboardingEvent.Type.X}. */
    public enum Type { CREATED, STAGE_CHANGED, NOTE, NEXT_ACTION, EMAIL_SENT, DUPLICATE_FLAGGED, MERGED, PARTNER_CREATED, EDITED, SESSION, MEETING_NOTE }

    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    /** E-mail of the officer, or "public" for the requester's own submission, or "system". */
    @Column(nullable = false, length = 254)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 30)
    private Type type;

    @Column(name = "details", length = TEXT_MAX)
    private String text;

    protected OnboardingEvent() {
    }

    OnboardingEvent(Long requestId, Instant at, String author, Type type, String text) {
        this.requestId = requestId;
        this.at = at;
        this.author = author;
        this.type = type;
        this.text = text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX);
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    void moveTo(Long otherRequest) {
        this.requestId = otherRequest;
    }

    public Instant getAt() {
        return at;
    }

    public String getAuthor() {
        return author;
    }

    public Type getType() {
        return type;
    }

    public String getText() {
        return text;
    }
}
