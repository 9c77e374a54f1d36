package be.miresem.rebond.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import be.miresem.rebond.shared.text.French;
import java.util.Locale;

/**
 * Formats dates and instants for pages, always in Europe/Brussels and in French, "1er" for the first of the month
 * ({@code #{dates.dateTime(x)}}).
 */
@Named("dates")
@ApplicationScoped
public class DateFormats {

    private static final Locale FRENCH = Locale.of("fr", "BE");
    private static final DateTimeFormatter DATE = French.dates("d MMMM yyyy");
    private static final DateTimeFormatter DATE_TIME =
            French.dates("d MMMM yyyy 'à' HH'h'mm").withZone(ClockProducer.ZONE);

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    private static final DateTimeFormatter DAY = French.dates("EEEE d MMMM yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", FRENCH).withZone(ClockProducer.ZONE);

    /** "mardi 1er décembre 2026". */
    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "09h00", in Europe/Brussels. */
    public String time(TemporalAccessor instantOrZoned) {
        return instantOrZoned == null ? "" : TIME.format(instantOrZoned);
    }

    private static final DateTimeFormatter LONG_DATE_TIME =
            French.dates("EEEE d MMMM yyyy 'à' HH'h'mm").withZone(ClockProducer.ZONE);

    /** "mardi 1er décembre 2026 à 09h00", in Europe/Brussels: for e-mails. */
    public static String longDateTime(Instant instant) {
        return LONG_DATE_TIME.format(instant);
    }

    /** "4 décembre 2026": a day in prose (journal and timeline lines). */
    public static String longDate(LocalDate date) {
        return DATE.format(date);
    }

    /** Machine-readable form for the {@code datetime} attribute of {@code <time>}. */
    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** An instant for the {@code datetime} attribute of {@code <time>}: UTC, to the second (HTML allows 3 decimals). */
    public String instant(java.time.Instant instant) {
        return instant == null ? "" : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
