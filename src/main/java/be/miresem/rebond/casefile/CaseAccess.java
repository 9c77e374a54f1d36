package be.miresem.rebond.casefile;

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

/** One line of a case file's access log: who read, changed or exported it, and when. Never changed. */
@Entity
@Table(name = "case_access")
@NamedQuery(name = "CaseAccess.findByCase",
        query = "select a from CaseAccess a where a.caseFileId = :case order by a.at desc, a.id desc")
public class CaseAccess implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Labels: {@code CaseAccess.Action.X}. */
    public enum Action { READ, CHANGE, EXPORT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_file_id", nullable = false)
    private long caseFileId;

    @Column(name = "accessed_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 254)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Action action;

    @Column(length = 300)
    private String details;

    protected CaseAccess() {
    }

    CaseAccess(long caseFileId, Instant at, String actor, Action action, String details) {
        this.caseFileId = caseFileId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.details = details == null || details.length() <= 300 ? details : details.substring(0, 300);
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public String getDetails() {
        return details;
    }
}
