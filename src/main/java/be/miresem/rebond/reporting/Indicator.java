package be.miresem.rebond.reporting;

import be.miresem.rebond.casefile.Milestones;
import be.miresem.rebond.casefile.Situation;
import be.miresem.rebond.onboarding.OnboardingStage;
import be.miresem.rebond.shared.security.NotFoundException;
import java.util.Set;

/**
 * The names of the figures whose records can be listed (the {@code indicateur} parameter of
 * /espace/tableau-de-bord/liste and of the dashboard's links):
 * <ul>
 * <li>cases: {@code suivis}, {@code termines}, {@code m3}/{@code m6}/{@code m12} (follow-up cohort),
 * {@code m6-emploi}, {@code m6-SITUATION} (e.g. {@code m12-NO_NEWS}), {@code boomerang-cohorte},
 * {@code boomerang}, {@code propositions}, {@code embauches};</li>
 * <li>collaboration requests: {@code demandes}, {@code demandes-STAGE}, {@code demandes-en-retard};</li>
 * <li>meetings: {@code rdv}, {@code rdv-tenus}, {@code rdv-annules}, {@code rdv-absents}.</li>
 * </ul>
 * Anything else is a 404.
 */
public final class Indicator {

    public enum Kind { CASES, REQUESTS, MEETINGS }

    private static final Set<String> CASES = Set.of("suivis", "termines", "boomerang-cohorte", "boomerang", "propositions",
            "embauches");
    private static final Set<String> MEETINGS = Set.of("rdv", "rdv-tenus", "rdv-annules", "rdv-absents");

    private Indicator() {
    }

    /** The kind of records behind an indicator; 404 for an unknown one. */
    public static Kind kind(String indicator) {
        if (indicator == null) {
            throw new NotFoundException("no indicator");
        }
        if (CASES.contains(indicator)) {
            return Kind.CASES;
        }
        if (MEETINGS.contains(indicator)) {
            return Kind.MEETINGS;
        }
        if (indicator.equals("demandes") || indicator.equals("demandes-en-retard")) {
            return Kind.REQUESTS;
        }
        if (indicator.startsWith("demandes-")) {
            stage(indicator);
            return Kind.REQUESTS;
        }
        followUp(indicator);
        return Kind.CASES;
    }

    /** A follow-up indicator: its months, and either "employed", one situation, or neither (the whole cohort). */
    public record FollowUp(int months, boolean employed, Situation situation) {
    }

    static FollowUp followUp(String indicator) {
        String[] parts = indicator.split("-", 2);
        try {
            if (!parts[0].startsWith("m")) {
                throw new NotFoundException("indicator " + indicator);
            }
            int months = Integer.parseInt(parts[0].substring(1));
            if (!Milestones.MONTHS.contains(months)) {
                throw new NotFoundException("indicator " + indicator);
            }
            if (parts.length == 1) {
                return new FollowUp(months, false, null);
            }
            return parts[1].equals("emploi") ? new FollowUp(months, true, null)
                    : new FollowUp(months, false, Situation.valueOf(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("indicator " + indicator);
        }
    }

    static OnboardingStage stage(String indicator) {
        try {
            return OnboardingStage.valueOf(indicator.substring("demandes-".length()));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("indicator " + indicator);
        }
    }
}
