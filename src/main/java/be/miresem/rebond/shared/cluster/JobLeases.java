package be.miresem.rebond.shared.cluster;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Which node runs the scheduled jobs when several nodes share the database: a lease per job in the table
 * {@code job_lease}. Every node's timer fires; a run goes on only if this node takes or renews the lease with
 * one conditional update (free, already ours, or expired), so at any moment one node holds it. The holder
 * renews it at each run; a node that stops or dies loses them when they expire (about twice the timer's
 * period), after which the next node's timer takes them. Nodes' clocks must agree (NTP) to well under a lease.
 *
 * <p>The jobs' own rows are still claimed one by one (reminders, notices, outbox), so even two runs at once
 * would not send anything twice: the lease keeps the work on one node, the claims keep it exactly once.
 */
@ApplicationScoped
public class JobLeases {

    private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private NodeName node;

    /** Takes or renews the job's lease for {@code duration}; false when another node holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(String job, Duration duration) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = em.createNativeQuery("UPDATE job_lease SET holder = ?1, expires_at = ?2 WHERE name = ?3"
                        + " AND (holder IS NULL OR holder = ?1 OR expires_at < ?4)")
                .setParameter(1, node.get()).setParameter(2, Timestamp.from(clock.instant().plus(duration)))
                .setParameter(3, job).setParameter(4, now).executeUpdate();
        return updated == 1;
    }

    /** The node holding a job's lease now, or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String holder(String job) {
        var rows = em.createNativeQuery("SELECT holder FROM job_lease WHERE name = ?1 AND expires_at >= ?2")
                .setParameter(1, job).setParameter(2, Timestamp.from(clock.instant())).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /**
     * When the application is undeployed, the leases go back at once. (Payara Micro stopped by a signal does
     * not undeploy: then they expire.)
     */
    @PreDestroy
    void release() {
        try {
            releaseAll();
            LOG.info("Job leases given back");
        } catch (RuntimeException e) {
            LOG.fine(() -> "Leases not released at stop (they expire): " + e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void releaseAll() {
        em.createNativeQuery("UPDATE job_lease SET holder = NULL, expires_at = NULL WHERE holder = ?1")
                .setParameter(1, node.get()).executeUpdate();
    }
}
