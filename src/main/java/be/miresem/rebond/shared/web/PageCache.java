package be.miresem.rebond.shared.web;

import be.miresem.rebond.shared.cluster.CacheVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered public pages kept in memory for anonymous visitors (see {@link PageCacheFilter}).
 * Bounded in size, each copy kept at most {@link #MAX_AGE}, and dropped as soon as a change to public
 * content is committed: on this node by the commit event, on every node by the version of public content
 * ({@link CacheVersions#PUBLIC_CONTENT}), which the change bumps and which each copy was rendered at.
 */
@ApplicationScoped
public class PageCache {

    static final int MAX_ENTRIES = 500;
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** A rendered page: its bytes, type, validator and the time it was rendered. */
    public record Entry(byte[] body, String contentType, String etag, long renderedAt, long version) {
        boolean isFresh(long now) {
            return now - renderedAt < MAX_AGE.toMillis();
        }
    }

    private final Map<String, PageCache.Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PageCache.Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public synchronized Entry get(String key, long now, long version) {
        Entry entry = entries.get(key);
        if (entry != null && (!entry.isFresh(now) || entry.version() != version)) {
            entries.remove(key);
            return null;
        }
        return entry;
    }

    public synchronized void put(String key, Entry entry) {
        entries.put(key, entry);
    }

    public synchronized void clear() {
        entries.clear();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
        clear();
    }

    /** In the change's transaction: tells the other nodes (and this one) that their copies are stale. */
    void onChangeInTransaction(@Observes PublicContentChanged change, CacheVersions versions) {
        versions.bump(CacheVersions.PUBLIC_CONTENT);
    }
}
