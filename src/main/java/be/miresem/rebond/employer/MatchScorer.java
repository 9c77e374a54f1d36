package be.miresem.rebond.employer;

import be.miresem.rebond.casefile.Sector;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How well a beneficiary fits a job need, with the reasons shown to the officer. Pure and unit-tested.
 * A need that requires a driving licence excludes people without one. Points: same sector 3, each shared
 * skill word 1 (at most 3), same commune 2, otherwise a driving licence 1 (distance to work is the known
 * barrier of the region). A match needs the same sector or at least one shared skill.
 */
public final class MatchScorer {

    private static final Set<String> STOP_WORDS = Set.of("avec", "pour", "dans", "sans", "des", "les", "une", "aux",
            "sur", "par", "chez", "et", "ou", "de", "du", "la", "le");

    private MatchScorer() {
    }

    /** What a need asks. */
    public record Need(Sector sector, String commune, String skills, String title, boolean needsLicence) {
    }

    /** What a beneficiary offers. */
    public record Profile(Sector sector, String commune, String skills, String jobFunction, boolean licence) {
    }

    /** A reason, as a bundle key and its argument. */
    public record Reason(String key, String argument) {
    }

    public record Match(int score, List<Reason> reasons) {
    }

    public static Optional<Match> score(Need need, Profile profile) {
        if (need.needsLicence() && !profile.licence()) {
            return Optional.empty();
        }
        int score = 0;
        List<Reason> reasons = new ArrayList<>();
        boolean sameSector = need.sector() == profile.sector();
        if (sameSector) {
            score += 3;
            reasons.add(new Reason("match.sector", "Sector." + need.sector()));
        }
        Set<String> shared = words(need.skills() + " " + need.title());
        shared.retainAll(words(profile.skills() + " " + profile.jobFunction()));
        List<String> skills = shared.stream().limit(3).toList();
        if (!skills.isEmpty()) {
            score += skills.size();
            reasons.add(new Reason("match.skills", String.join(", ", skills)));
        }
        if (!sameSector && skills.isEmpty()) {
            return Optional.empty();
        }
        if (normalise(need.commune()).equals(normalise(profile.commune()))) {
            score += 2;
            reasons.add(new Reason("match.commune", profile.commune()));
        } else if (profile.licence()) {
            score += 1;
            reasons.add(new Reason("match.licence", null));
        }
        return Optional.of(new Match(score, List.copyOf(reasons)));
    }

    /** Highest score first. */
    public static <T> Comparator<T> byScore(Function<T, Match> match) {
        return Comparator.comparing((T t) -> match.apply(t).score()).reversed();
    }

    /** Significant words: lower case, accents removed, four letters or more, common words left out. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String word : normalise(text).split("[^a-z0-9]+")) {
            if (word.length() >= 4 && !STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }
}
