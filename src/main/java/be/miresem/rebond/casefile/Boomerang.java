package be.miresem.rebond.casefile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * The boomerang rule, in one place: a case is a boomerang when the beneficiary is back on the CPAS
 * integration income within 12 months of the end of the contract, counted as at most 365 days after the
 * end date (the end date itself is day 0; day 365 counts, day 366 does not).
 */
public final class Boomerang {

    public static final int DAYS = 365;

    private Boomerang() {
    }

    /** One observed situation: what and when. */
    public record Observation(Situation situation, LocalDate on) {
    }

    /** The last day a return to the CPAS income counts as a boomerang (null without an end date). */
    public static LocalDate until(LocalDate contractEnd) {
        return contractEnd == null ? null : contractEnd.plusDays(DAYS);
    }

    public static boolean isBoomerang(LocalDate contractEnd, Collection<Observation> observations) {
        if (contractEnd == null) {
            return false;
        }
        return observations.stream().anyMatch(o -> o.situation() == Situation.INTEGRATION_INCOME
                && !o.on().isBefore(contractEnd) && ChronoUnit.DAYS.between(contractEnd, o.on()) <= DAYS);
    }
}
