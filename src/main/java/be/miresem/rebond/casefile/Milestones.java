package be.miresem.rebond.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * The follow-ups after a contract: 3, 6 and 12 months after its end. An observed situation answers one of
 * them when it falls in that follow-up's window; the windows meet half-way between follow-ups, so a late
 * call still counts for the follow-up it was for:
 * <ul>
 * <li>3 months: from 2 months after the end, up to (not including) 4 months and 15 days after it;</li>
 * <li>6 months: from there up to (not including) 9 months after the end;</li>
 * <li>12 months: from there up to 15 months after the end, inclusive.</li>
 * </ul>
 * The agent may choose another follow-up (or none) when recording; this is the default. Pure, unit-tested.
 */
public final class Milestones {

    public static final List<Integer> MONTHS = List.of(3, 6, 12);

    private Milestones() {
    }

    /** The follow-up an observation made on {@code observed} answers, or null when it answers none. */
    public static Integer of(LocalDate contractEnd, LocalDate observed) {
        if (contractEnd == null || observed == null || observed.isBefore(contractEnd.plusMonths(2))) {
            return null;
        }
        if (observed.isBefore(contractEnd.plusMonths(4).plusDays(15))) {
            return 3;
        }
        if (observed.isBefore(contractEnd.plusMonths(9))) {
            return 6;
        }
        return observed.isAfter(contractEnd.plusMonths(15)) ? null : 12;
    }

    /**
     * The contract ends whose follow-up at {@code months} falls within [from, to]: end + months is in the
     * period exactly when the end is in the returned range (month arithmetic clamps to the end of a month,
     * so the bounds are found by a short walk from from − months and to − months).
     */
    public static Range endsFollowedUpBetween(int months, LocalDate from, LocalDate to) {
        LocalDate first = from.minusMonths(months).minusDays(3);
        while (first.plusMonths(months).isBefore(from)) {
            first = first.plusDays(1);
        }
        LocalDate last = to.minusMonths(months).plusDays(3);
        while (last.plusMonths(months).isAfter(to)) {
            last = last.minusDays(1);
        }
        return new Range(first, last);
    }

    /** A closed range of dates. */
    public record Range(LocalDate from, LocalDate to) {
    }
}
