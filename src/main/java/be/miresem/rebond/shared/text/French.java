package be.miresem.rebond.shared.text;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * French that reads as written by a person: elision before a name ("le dossier d’Amandine Lambert") and dates
 * with "1er" for the first of the month. Plurals are in the bundle's patterns, as choice formats
 * ({@code {0,choice,0#aucun dossier|1#1 dossier|1<{0,number,integer} dossiers}}). Pure.
 */
public final class French {

    public static final Locale LOCALE = Locale.of("fr", "BE");

    /** Words that begin with an aspirated h, before which French does not elide. */
    private static final Set<String> ASPIRATED_H = Set.of("hainaut", "hamoir", "hastière", "havelange", "herbeumont",
            "hotton", "houffalize", "houyet", "hugo", "hubert", "hélène", "henri", "henriette", "hervé");

    private French() {
    }

    /** "de Marie Dupont", "d’Amandine Lambert", "d’Hélène…" is not elided (aspirated h): "de Hélène". */
    public static String of(String name) {
        return (elides(name) ? "d’" : "de ") + name.strip();
    }

    /** Whether "de" or "le" elides before this word: a vowel, or a mute h. */
    public static boolean elides(String word) {
        if (word == null || word.isBlank()) {
            return false;
        }
        String first = word.strip().split("[\\s-]", 2)[0].toLowerCase(LOCALE);
        String bare = Normalizer.normalize(first, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (bare.isEmpty()) {
            return false;
        }
        char initial = bare.charAt(0);
        if (initial == 'h') {
            return !ASPIRATED_H.contains(first) && !ASPIRATED_H.contains(bare);
        }
        return "aeiouy".indexOf(initial) >= 0;
    }

    /**
     * A date formatter for French prose from a pattern whose day of the month is {@code d}: the first of the month
     * reads "1er" ("1er décembre 2026"), every other day as its number.
     */
    public static DateTimeFormatter dates(String pattern) {
        int day = pattern.indexOf('d');
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
        if (day > 0) {
            builder.appendPattern(pattern.substring(0, day));
        }
        builder.appendText(ChronoField.DAY_OF_MONTH, DAYS);
        builder.appendPattern(pattern.substring(day + 1));
        return builder.toFormatter(LOCALE);
    }

    private static final Map<Long, String> DAYS = days();

    private static Map<Long, String> days() {
        Map<Long, String> days = new HashMap<>();
        for (long d = 1; d <= 31; d++) {
            days.put(d, d == 1 ? "1er" : Long.toString(d));
        }
        return days;
    }
}
