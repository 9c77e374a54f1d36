package be.miresem.rebond.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One change made through the portal: who, when, what. Written once, never changed. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.findRecent", query = "select a from AuditEntry a order by a.at desc, a.id desc")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(nullable = false, length = 120)
    private String target;

    @Column(name = "details", length = 2000)
    private String details;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, String action, String target, String details) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.details = details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetails() {
        return details;
    }
}
