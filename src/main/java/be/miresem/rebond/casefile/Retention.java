package be.miresem.rebond.casefile;

import java.time.LocalDate;

/** The retention rule, pure: a case closed on a date keeps its personal data for a number of days after it. */
public final class Retention {

    private Retention() {
    }

    /** Whether a case closed on closedOn must be anonymised today: its period of days is over. */
    public static boolean isOver(LocalDate closedOn, LocalDate today, int days) {
        return closedOn != null && !closedOn.plusDays(days).isAfter(today);
    }

    /** The latest closing date whose period is over today (for the query). */
    public static LocalDate latestClosingOver(LocalDate today, int days) {
        return today.minusDays(days);
    }
}
