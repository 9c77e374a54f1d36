package be.miresem.rebond.shared.privacy;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a free text about a person seems to hold what the portal must not keep: a Belgian national register
 * number (11 digits whose last two check the first nine, modulo 97, also for people born from 2000) or a word
 * about health from a short list. The pages warn after saving, without refusing: the agent judges, the rule only
 * points. Pure: no state, no I/O.
 */
public final class SensitiveText {

    /** What the text seems to hold, as the message key of the warning. */
    public enum Finding {
        NATIONAL_NUMBER("privacy.warning.nationalNumber"), HEALTH("privacy.warning.health");

        private final String key;

        Finding(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static final Pattern ELEVEN_DIGITS =
            Pattern.compile("(?<!\\d)(\\d{2})[. ]?(\\d{2})[. ]?(\\d{2})[-. ]?(\\d{3})[-. ]?(\\d{2})(?!\\d)");

    /** Word stems, without accents: "malad" finds malade and maladie, "psychiatr" psychiatre and psychiatrique. */
    private static final List<String> HEALTH_STEMS = List.of("malad", "sante", "medecin", "medical", "hopital",
            "hospitalis", "depress", "handicap", "enceinte", "grossesse", "cancer", "diabet", "alcool", "drogue",
            "toxicoman", "psychiatr", "psycholog", "therapie", "burn-out", "burnout", "invalidite", "mutuelle",
            "certificat medical", "traitement", "medicament", "chirurg");

    private SensitiveText() {
    }

    /** The first thing found in the text, if any. */
    public static Optional<Finding> check(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (hasNationalNumber(text)) {
            return Optional.of(Finding.NATIONAL_NUMBER);
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        for (String stem : HEALTH_STEMS) {
            if (Pattern.compile("(?<![a-z])" + Pattern.quote(stem)).matcher(plain).find()) {
                return Optional.of(Finding.HEALTH);
            }
        }
        return Optional.empty();
    }

    /** The first finding among several texts (the fields of one form). */
    public static Optional<Finding> check(String... texts) {
        for (String text : texts) {
            Optional<Finding> found = check(text);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static boolean hasNationalNumber(String text) {
        Matcher matcher = ELEVEN_DIGITS.matcher(text);
        while (matcher.find()) {
            String digits = matcher.group(1) + matcher.group(2) + matcher.group(3) + matcher.group(4);
            long first = Long.parseLong(digits);
            int check = Integer.parseInt(matcher.group(5));
            if (97 - first % 97 == check || 97 - (2_000_000_000L + first) % 97 == check) {
                return true;
            }
        }
        return false;
    }
}
