package be.miresem.rebond.reporting;

import be.miresem.rebond.shared.time.ClockProducer;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A reporting period: whole Brussels days from {@code from} to {@code to}, both included. Instants for
 * timestamp columns are the Brussels midnights, so a period is right across daylight-saving changes.
 */
public record Period(LocalDate from, LocalDate to) implements Serializable {

    /** Periods longer than this are refused (the monthly tables would be unreadable). */
    public static final int MAX_YEARS = 10;

    public Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends on or after its start");
        }
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(ClockProducer.ZONE).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant();
    }

    /** The part of the period that has happened by {@code today}; null when it lies entirely in the future. */
    public Period until(LocalDate today) {
        if (today.isBefore(from)) {
            return null;
        }
        return today.isBefore(to) ? new Period(from, today) : this;
    }

    /** The calendar months the period touches, each cut to the period. */
    public List<Period> months() {
        List<Period> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(to); month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
            LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
            months.add(new Period(first, last));
        }
        return months;
    }
}
