package be.miresem.rebond.reporting;

/**
 * Small-count suppression for published figures: a figure computed from fewer than {@link #THRESHOLD} people
 * is not shown. A count is shown when it is at least the threshold; a share only when both the people it
 * counts and the people it is taken from reach it (so neither a small group nor a small part of a group can be
 * read off a percentage). The public page shows no totals, so a suppressed figure cannot be derived by
 * subtraction either. Pure, unit-tested.
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    private Suppression() {
    }

    /** A published count, or null when it must be suppressed. */
    public static Long count(long people) {
        return people < THRESHOLD ? null : people;
    }

    /** A published share (0–1), or null when it must be suppressed. */
    public static Double share(long part, long whole) {
        return part < THRESHOLD || whole < THRESHOLD ? null : (double) part / whole;
    }
}
