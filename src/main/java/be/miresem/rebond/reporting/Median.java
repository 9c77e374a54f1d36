package be.miresem.rebond.reporting;

import java.util.Map;
import java.util.TreeMap;

/** The median of values given as a histogram (value → how many times), as the database returns them. */
public final class Median {

    private Median() {
    }

    /** The median (the mean of the two middle values for an even count), or null without values. */
    public static Double of(Map<Integer, Long> histogram) {
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        TreeMap<Integer, Long> sorted = new TreeMap<>(histogram);
        Integer lower = valueAt(sorted, (total - 1) / 2);
        Integer upper = valueAt(sorted, total / 2);
        return (lower + upper) / 2.0;
    }

    /** The value at a 0-based position in sorted order. */
    private static Integer valueAt(TreeMap<Integer, Long> sorted, long position) {
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : sorted.entrySet()) {
            seen += entry.getValue();
            if (position < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("position past the end");
    }
}
