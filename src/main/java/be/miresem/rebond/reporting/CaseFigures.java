package be.miresem.rebond.reporting;

import be.miresem.rebond.casefile.Milestones;
import be.miresem.rebond.casefile.Situation;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The case indicators of one CPAS (or of the region, as the sum of its CPAS) for a period, as counted by
 * {@link ReportQueries}. Definitions (also in docs/reporting.md):
 * <ul>
 * <li>followed: contract started by the end of the period and the case not closed before its start;</li>
 * <li>ended: the contract's end (actual, else planned) in the period, up to today;</li>
 * <li>at 3/6/12 months: the cases whose follow-up date (end + months) is in the period, up to today; each
 * counted once under its latest situation recorded for that follow-up, or "no news" without one;</li>
 * <li>boomerang: the cases whose 365-day boomerang window closed in the period (up to today), and among
 * them those with a return to the CPAS integration income recorded in the window;</li>
 * <li>proposals and hires: proposals to employers made in the period, and those that ended in a hire.</li>
 * </ul>
 */
public final class CaseFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The situations that count as "in employment". */
    public static final List<Situation> EMPLOYMENT = List.of(Situation.PERMANENT_CONTRACT, Situation.FIXED_TERM_CONTRACT,
            Situation.TEMPORARY_WORK, Situation.SERVICE_VOUCHERS);

    long followed;
    long ended;
    long boomerangCohort;
    long boomerangs;
    long proposals;
    long hires;
    final Map<Integer, Milestone> milestones = new TreeMap<>();

    public CaseFigures() {
        for (int months : Milestones.MONTHS) {
            milestones.put(months, new Milestone());
        }
    }

    /** Adds another CPAS's figures (for the regional total). */
    void add(CaseFigures other) {
        followed += other.followed;
        ended += other.ended;
        boomerangCohort += other.boomerangCohort;
        boomerangs += other.boomerangs;
        proposals += other.proposals;
        hires += other.hires;
        other.milestones.forEach((months, figures) -> milestones.get(months).add(figures));
    }

    public long getFollowed() {
        return followed;
    }

    public long getEnded() {
        return ended;
    }

    public long getBoomerangCohort() {
        return boomerangCohort;
    }

    public long getBoomerangs() {
        return boomerangs;
    }

    /** Boomerangs per case whose window closed, or null without such cases. */
    public Double getBoomerangRate() {
        return share(boomerangs, boomerangCohort);
    }

    public long getProposals() {
        return proposals;
    }

    public long getHires() {
        return hires;
    }

    public Milestone milestone(int months) {
        return milestones.get(months);
    }

    public Map<Integer, Milestone> getMilestones() {
        return milestones;
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** The situations at one follow-up. */
    public static final class Milestone implements Serializable {

        private static final long serialVersionUID = 1L;

        long cohort;
        final Map<Situation, Long> recorded = new EnumMap<>(Situation.class);

        void add(Milestone other) {
            cohort += other.cohort;
            other.recorded.forEach((situation, n) -> recorded.merge(situation, n, Long::sum));
        }

        public long getCohort() {
            return cohort;
        }

        /** How many cases are in a situation; NO_NEWS also counts the cases without any record. */
        public long count(Situation situation) {
            if (situation == Situation.NO_NEWS) {
                long known = recorded.entrySet().stream().filter(e -> e.getKey() != Situation.NO_NEWS)
                        .mapToLong(Map.Entry::getValue).sum();
                return cohort - known;
            }
            return recorded.getOrDefault(situation, 0L);
        }

        public long getEmployed() {
            return EMPLOYMENT.stream().mapToLong(this::count).sum();
        }

        public Double getEmployedShare() {
            return CaseFigures.share(getEmployed(), cohort);
        }

        public Double share(Situation situation) {
            return CaseFigures.share(count(situation), cohort);
        }
    }
}
