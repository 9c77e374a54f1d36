package be.miresem.rebond.reporting;

import java.io.Serializable;

/**
 * One year of the public results, after small-count suppression: a null figure is published as "moins de 5".
 * The number of partner CPAS counts organisations, not people, and is never suppressed.
 */
public record PublicYear(int year, long partners, Long followed, Double employedAt6, Double employedAt12,
        Double boomerangRate) implements Serializable {
}
