package be.miresem.rebond.meeting;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The officer's availability, as slot computation needs it: weekly windows in local time, meeting length,
 * buffer between meetings, minimum notice, booking horizon, and the days off (absences and public holidays).
 */
public record SlotRules(List<Window> windows, Duration meetingLength, Duration buffer, Duration minimumNotice,
        int horizonWeeks, List<DayOff> daysOff) {

    /** A weekly window, e.g. Tuesday 9:00–12:00 (local time, Europe/Brussels). */
    public record Window(DayOfWeek day, LocalTime start, LocalTime end) {
        public Window {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("A window ends after it starts");
            }
        }
    }

    /** Days without meetings, from and to inclusive. */
    public record DayOff(LocalDate from, LocalDate to, String reason) {
        boolean covers(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    public SlotRules {
        if (meetingLength.isNegative() || meetingLength.isZero()) {
            throw new IllegalArgumentException("Meetings last some time");
        }
        windows = List.copyOf(windows);
        daysOff = List.copyOf(daysOff);
    }
}
