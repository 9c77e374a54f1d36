package be.miresem.rebond.shared.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A line the portal writes about a record (a journal line, a timeline event, a planned task) stored as a message
 * key and its arguments rather than as French: the page that shows it words it ({@code Messages.shown}), so
 * services build no display text and a corrected wording reaches old lines too. Encoded in the record's own text
 * column, after a control character that no user can type ({@code ControlCharacterFilter} removes them from
 * every request), so a column holds either what a person typed or such a line. Pure.
 */
public final class StoredText {

    private static final char MARK = '\u0001';
    private static final char SEPARATOR = '\u001F';

    /** One argument: another message key, an instant or a day shown in French, or text shown as it is. */
    public sealed interface Arg permits Label, At, Day, Plain {
    }

    /** A message key, shown in French (a status, a subject). */
    public record Label(String key) implements Arg {
    }

    /** An instant, shown as a French date and time in Brussels. */
    public record At(Instant instant) implements Arg {
    }

    /** A day, shown as a French date. */
    public record Day(LocalDate day) implements Arg {
    }

    /** Text shown as it is (a name, what someone typed). */
    public record Plain(String text) implements Arg {
    }

    /** A stored line: its key and arguments. */
    public record Line(String key, List<Arg> args) {
    }

    private StoredText() {
    }

    public static Label label(String key) {
        return new Label(key);
    }

    public static At at(Instant instant) {
        return new At(instant);
    }

    public static Day day(LocalDate day) {
        return new Day(day);
    }

    /**
     * The stored form of a line: the key, then each argument (a {@link Label}, {@link At} or {@link Day}, or any
     * other value as plain text; null as empty).
     */
    public static String of(String key, Object... args) {
        StringBuilder stored = new StringBuilder().append(MARK).append(key);
        for (Object arg : args) {
            stored.append(SEPARATOR).append(switch (arg) {
                case Label label -> "k" + label.key();
                case At at -> "i" + at.instant();
                case Day day -> "d" + day.day();
                case Plain plain -> "t" + clean(plain.text());
                case null -> "t";
                default -> "t" + clean(arg.toString());
            });
        }
        return stored.toString();
    }

    /** True when the text is a stored line rather than what a person typed. */
    public static boolean isStored(String text) {
        return text != null && !text.isEmpty() && text.charAt(0) == MARK;
    }

    /** The key and arguments of a stored line. */
    public static Line parse(String stored) {
        String[] parts = stored.substring(1).split(String.valueOf(SEPARATOR), -1);
        List<Arg> args = new ArrayList<>(parts.length - 1);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            String value = part.isEmpty() ? "" : part.substring(1);
            args.add(switch (part.isEmpty() ? 't' : part.charAt(0)) {
                case 'k' -> new Label(value);
                case 'i' -> new At(Instant.parse(value));
                case 'd' -> new Day(LocalDate.parse(value));
                default -> new Plain(value);
            });
        }
        return new Line(parts[0], args);
    }

    /** Plain text cannot hold the separators (typed text never does; names read from records neither). */
    private static String clean(String text) {
        return text == null ? "" : text.replace(MARK, ' ').replace(SEPARATOR, ' ');
    }
}
