package be.miresem.rebond.shared.cluster;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Which node runs the scheduled jobs when several nodes share the database: a lease per job in the table
 * {@code job_lease}. Every node's timer fires; a run goes on only if this node takes or renews the lease with
 * one conditional update (free, already ours, or expired), so at any moment one node holds it. The holder
 * renews it at each run; a node that stops or dies loses them when they expire (about twice the timer's
 * period), after which the next node's timer takes them. Nodes' clocks must agree (NTP) to well under a lease.
 *
 * <p>The jobs' own rows are still claimed one by one (reminders, notices, outbox), so even two runs at once
 * would not send anything twice: the lease keeps the work on one node, the claims keep it exactly once.
 * Infrastructure of the jobs: it holds its own {@code EntityManager} for its one table.
 */
@ApplicationScoped
public class JobLeases {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private NodeName node;

    /** Takes or renews the job's lease for {@code duration}; false when another node holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(String job, Duration duration) {
        Instant now = clock.instant();
        int updated = em.createNativeQuery("UPDATE job_lease SET holder = ?1, expires_at = ?2 WHERE name = ?3"
                        + " AND (holder IS NULL OR holder = ?1 OR expires_at < ?4)")
                .setParameter(1, node.get()).setParameter(2, Timestamp.from(now.plus(duration)))
                .setParameter(3, job).setParameter(4, Timestamp.from(now)).executeUpdate();
        return updated == 1;
    }
}
