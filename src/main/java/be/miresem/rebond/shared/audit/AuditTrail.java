package be.miresem.rebond.shared.audit;

import be.miresem.rebond.shared.persistence.Persistence;
import be.miresem.rebond.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.util.List;

/**
 * The audit trail: services record every change (who, when, what) in the transaction that makes it,
 * so the trail and the data never disagree. Officers read it at /espace/journal/. Infrastructure every
 * feature calls, so it holds its own {@code EntityManager} (the one table it writes is nobody else's).
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Clock clock;

    /**
     * Records a change by the signed-in user ("public" for an anonymous visitor, "system" outside a request).
     *
     * @param action what was done, e.g. {@code account.deactivate}
     * @param target what it was done to, e.g. {@code UserAccount#12}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String target, String details) {
        em.persist(new AuditEntry(clock.instant(), actor(), action, target, details));
    }

    /** The latest entries, newest first. Officers only. */
    public List<AuditEntry> recent(int max) {
        Roles.requireOfficer(securityContext);
        return em.createNamedQuery("AuditEntry.findRecent", AuditEntry.class).setMaxResults(max).getResultList();
    }

    private String actor() {
        try {
            Principal principal = securityContext.getCallerPrincipal();
            return principal == null ? "public" : principal.getName();
        } catch (RuntimeException outsideARequest) {
            return "system";
        }
    }
}
