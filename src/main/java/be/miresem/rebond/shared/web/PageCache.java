package be.miresem.rebond.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered public pages kept in memory for anonymous visitors (see {@link PageCacheFilter}).
 * Bounded in size, each copy kept at most {@link #MAX_AGE}, and all dropped as soon as a change to
 * public content is committed.
 */
@ApplicationScoped
public class PageCache {

    static final int MAX_ENTRIES = 500;
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    /** A rendered page: its bytes, type, validator and the time it was rendered. */
    public record Entry(byte[] body, String contentType, String etag, long renderedAt) {
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

    public synchronized Entry get(String key, long now) {
        Entry entry = entries.get(key);
        if (entry != null && !entry.isFresh(now)) {
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
}
