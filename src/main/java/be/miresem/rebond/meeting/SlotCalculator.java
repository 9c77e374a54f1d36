package be.miresem.rebond.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Free slots: the officer's weekly windows, from today to the horizon, minus the minimum notice, the
 * days off and public holidays, and the existing bookings widened by the buffer. Pure and time-zone
 * aware: windows are in local time (Europe/Brussels), so a 9:00 slot stays at 9:00 across the March and
 * October clock changes, while notice and buffers are real durations.
 */
public final class SlotCalculator {

    /** A bookable interval. */
    public record Slot(ZonedDateTime start, ZonedDateTime end) {
        public Instant startInstant() {
            return start.toInstant();
        }
    }

    /** An existing booking's interval. */
    public record Busy(Instant start, Instant end) {
    }

    private final ZoneId zone;

    public SlotCalculator(ZoneId zone) {
        this.zone = zone;
    }

    public List<Slot> freeSlots(SlotRules rules, Collection<Busy> busy, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return slots(rules, busy, now, today, today.plusWeeks(rules.horizonWeeks()));
    }

    /**
     * Whether this exact slot can be booked now (used again at booking time, against the latest data).
     * Computes only the slot's own day, so the check stays cheap when many people book at once.
     */
    public boolean isBookable(SlotRules rules, Collection<Busy> busy, Instant now, Instant start) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate day = start.atZone(zone).toLocalDate();
        if (day.isBefore(today) || day.isAfter(today.plusWeeks(rules.horizonWeeks()))) {
            return false;
        }
        return slots(rules, busy, now, day, day).stream().anyMatch(s -> s.startInstant().equals(start));
    }

    private List<Slot> slots(SlotRules rules, Collection<Busy> busy, Instant now, LocalDate first, LocalDate last) {
        List<Slot> slots = new ArrayList<>();
        Instant earliest = now.plus(rules.minimumNotice());
        Map<Integer, Map<LocalDate, String>> holidays = new HashMap<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (isOff(rules, date, holidays)) {
                continue;
            }
            for (SlotRules.Window window : rules.windows()) {
                if (window.day() != date.getDayOfWeek()) {
                    continue;
                }
                LocalDateTime start = date.atTime(window.start());
                LocalDateTime windowEnd = date.atTime(window.end());
                while (!start.plus(rules.meetingLength()).isAfter(windowEnd)) {
                    ZonedDateTime zonedStart = start.atZone(zone);
                    ZonedDateTime zonedEnd = zonedStart.plus(rules.meetingLength());
                    Slot slot = new Slot(zonedStart, zonedEnd);
                    if (!zonedStart.toInstant().isBefore(earliest) && isFree(slot, busy, rules)) {
                        slots.add(slot);
                    }
                    start = start.plus(rules.meetingLength()).plus(rules.buffer());
                }
            }
        }
        slots.sort((a, b) -> a.start().compareTo(b.start()));
        return slots;
    }

    private static boolean isOff(SlotRules rules, LocalDate date,
            Map<Integer, Map<LocalDate, String>> holidays) {
        return rules.daysOff().stream().anyMatch(d -> d.covers(date))
                || holidays.computeIfAbsent(date.getYear(), BelgianHolidays::of).containsKey(date);
    }

    private static boolean isFree(Slot slot, Collection<Busy> busy, SlotRules rules) {
        Instant start = slot.start().toInstant();
        Instant end = slot.end().toInstant();
        for (Busy b : busy) {
            Instant blockedFrom = b.start().minus(rules.buffer());
            Instant blockedTo = b.end().plus(rules.buffer());
            if (start.isBefore(blockedTo) && end.isAfter(blockedFrom)) {
                return false;
            }
        }
        return true;
    }
}
