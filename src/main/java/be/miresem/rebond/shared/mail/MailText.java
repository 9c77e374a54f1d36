package be.miresem.rebond.shared.mail;

import be.miresem.rebond.shared.time.DateFormats;
import be.miresem.rebond.shared.web.Messages;
import java.time.Instant;
import java.util.Arrays;

/**
 * An e-mail as a service names it: its message in the bundle ({@code key.subject}, {@code key.body}, the French
 * written once, in {@code i18n/messages.properties}) and the values each part fills in. Services build no text:
 * a value that is itself text of the bundle is a {@link Part}, an instant is written as a French date and time
 * in Brussels by {@link #subject()} and {@link #body()}, a list as its values one per line.
 */
public final class MailText {

    /** A value shown as the bundle's text for this key, filled with its own values (e.g. {@code MeetingSubject.FOLLOW_UP}). */
    public record Part(String key, Object... values) {
    }

    private final String key;
    private Object[] subjectValues = new Object[0];
    private Object[] bodyValues = new Object[0];

    private MailText(String key) {
        this.key = key;
    }

    /** The message {@code key} ({@code key.subject} and {@code key.body} in the bundle). */
    public static MailText of(String key) {
        return new MailText(key);
    }

    /** The bundle's text for a key, filled with these values, as a value of a subject or body. */
    public static Part part(String key, Object... values) {
        return new Part(key, values);
    }

    public MailText subjectWith(Object... values) {
        subjectValues = values.clone();
        return this;
    }

    public MailText bodyWith(Object... values) {
        bodyValues = values.clone();
        return this;
    }

    public String subject() {
        return Messages.text(key + ".subject", shown(subjectValues));
    }

    public String body() {
        return Messages.text(key + ".body", shown(bodyValues));
    }

    private static Object[] shown(Object[] values) {
        return Arrays.stream(values).map(value -> switch (value) {
            case Part part -> Messages.text(part.key(), shown(part.values()));
            case Instant instant -> DateFormats.longDateTime(instant);
            case java.util.List<?> lines -> String.join("\n", java.util.Arrays.asList(shown(lines.toArray())).stream()
                    .map(String::valueOf).toList());
            case null -> "";
            default -> value;
        }).toArray();
    }

    @Override
    public String toString() {
        return key;
    }
}
