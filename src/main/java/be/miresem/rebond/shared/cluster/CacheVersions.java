package be.miresem.rebond.shared.cluster;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Versions of what nodes keep in memory (table {@code cache_version}): {@link #PUBLIC_CONTENT} for the
 * rendered public pages, {@link #MEETING_RULES} for the officer's meeting rules. A change bumps its version
 * in the change's own transaction; a node compares the version its copy was made from with the stored one
 * and drops the copy when they differ. The stored version is read at most every {@link #REFRESH} (one
 * primary-key read), so an edit on one node is seen on every node within that time, without a message
 * between nodes, and the page cache's hits stay free of database work. (The node that made the change drops
 * its copies at once, on the commit event.) Infrastructure below every feature: it holds its own
 * {@code EntityManager} for its one table.
 */
@ApplicationScoped
public class CacheVersions {

    public static final String PUBLIC_CONTENT = "public-content";
    public static final String MEETING_RULES = "meeting-rules";

    /** How old the version a node goes by may be. */
    static final long REFRESH = TimeUnit.MILLISECONDS.toNanos(200);

    private record Read(long version, long at) {
    }

    private final Map<String, Read> reads = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    /** The stored version of a cache's source, as read at most {@link #REFRESH} ago. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long current(String name) {
        long now = System.nanoTime();
        Read read = reads.get(name);
        if (read == null || now - read.at() > REFRESH) {
            long version = ((Number) em.createNativeQuery("SELECT version FROM cache_version WHERE name = ?1")
                    .setParameter(1, name).getSingleResult()).longValue();
            read = new Read(version, now);
            reads.put(name, read);
        }
        return read.version();
    }

    /** Marks every node's copy stale; call inside the transaction that makes the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump(String name) {
        em.createNativeQuery("UPDATE cache_version SET version = version + 1 WHERE name = ?1")
                .setParameter(1, name).executeUpdate();
    }
}
