package be.miresem.rebond.shared.cluster;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Versions of what nodes keep in memory (table {@code cache_version}): {@link #PUBLIC_CONTENT} for the
 * rendered public pages, {@link #MEETING_RULES} for the officer's meeting rules. A change bumps its version
 * in the change's own transaction; a node compares the version its copy was made from with the stored one
 * (one primary-key read) and drops the copy when they differ. So an edit on one node is seen on the next
 * request to any node, without a message between nodes.
 */
@ApplicationScoped
public class CacheVersions {

    public static final String PUBLIC_CONTENT = "public-content";
    public static final String MEETING_RULES = "meeting-rules";

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    /** The stored version of a cache's source. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long current(String name) {
        return ((Number) em.createNativeQuery("SELECT version FROM cache_version WHERE name = ?1")
                .setParameter(1, name).getSingleResult()).longValue();
    }

    /** Marks every node's copy stale; call inside the transaction that makes the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump(String name) {
        em.createNativeQuery("UPDATE cache_version SET version = version + 1 WHERE name = ?1")
                .setParameter(1, name).executeUpdate();
    }
}
