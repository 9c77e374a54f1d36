package be.miresem.rebond.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotCalculatorTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private final SlotCalculator calculator = new SlotCalculator(BRUSSELS);

    private static SlotRules rules(List<SlotRules.Window> windows, int bufferMinutes, int noticeHours, int weeks,
            List<SlotRules.DayOff> off) {
        return new SlotRules(windows, Duration.ofMinutes(60), Duration.ofMinutes(bufferMinutes),
                Duration.ofHours(noticeHours), weeks, off);
    }

    private static SlotRules.Window window(DayOfWeek day, int from, int to) {
        return new SlotRules.Window(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BRUSSELS).toInstant();
    }

    @Test
    void windowsAreCutIntoMeetingsSeparatedByTheBuffer() {
        var slots = calculator.freeSlots(rules(List.of(window(DayOfWeek.TUESDAY, 9, 12)), 15, 24, 1, List.of()),
                List.of(), at(2026, 11, 20, 10, 0));
        // Tuesday 24 November 2026: 9:00, 10:15 (11:30 would end after 12:00)
        assertThat(slots).extracting(s -> s.start().toLocalTime().toString()).containsExactly("09:00", "10:15");
        assertThat(slots.get(0).start().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void minimumNoticeAndHorizonBoundTheSlots() {
        SlotRules weekly = rules(List.of(window(DayOfWeek.TUESDAY, 9, 10)), 0, 24, 2, List.of());
        // Monday 23 November 9:30: Tuesday 24 at 9:00 is only 23.5 h away; the horizon ends Monday 7 December
        var slots = calculator.freeSlots(weekly, List.of(), at(2026, 11, 23, 9, 30));
        assertThat(slots).extracting(s -> s.start().toLocalDate()).containsExactly(LocalDate.of(2026, 12, 1));
    }

    @Test
    void bookingsBlockTheirSlotAndItsBufferAndExceptionsBlockWholeDays() {
        SlotRules rules = rules(List.of(window(DayOfWeek.TUESDAY, 9, 12), window(DayOfWeek.THURSDAY, 9, 10)), 30, 0, 1,
                List.of(new SlotRules.DayOff(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26), "Formation")));
        var busy = List.of(new SlotCalculator.Busy(at(2026, 11, 24, 10, 30), at(2026, 11, 24, 11, 0)));
        var slots = calculator.freeSlots(rules, busy, at(2026, 11, 23, 8, 0));
        // Tuesday: 9:00–10:00 ends at the buffer's start (10:00), 10:30 taken; Thursday off
        assertThat(slots).extracting(s -> s.start().toLocalDateTime().toString()).containsExactly("2026-11-24T09:00");
    }

    @Test
    void belgianPublicHolidaysHaveNoSlots() {
        SlotRules rules = rules(List.of(window(DayOfWeek.WEDNESDAY, 9, 10)), 0, 0, 2, List.of());
        // Wednesday 11 November 2026 is Armistice
        var slots = calculator.freeSlots(rules, List.of(), at(2026, 11, 9, 8, 0));
        assertThat(slots).extracting(s -> s.start().toLocalDate()).containsExactly(LocalDate.of(2026, 11, 18));
        assertThat(BelgianHolidays.of(2026)).containsKeys(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 14),
                LocalDate.of(2026, 5, 25), LocalDate.of(2026, 7, 21));
        assertThat(BelgianHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    @Test
    void nineOClockStaysNineOClockAcrossTheMarchChange() {
        // Clocks go forward on Sunday 29 March 2026 (02:00 → 03:00)
        SlotRules rules = rules(List.of(window(DayOfWeek.FRIDAY, 9, 10), window(DayOfWeek.MONDAY, 9, 10)), 0, 24, 1,
                List.of());
        var slots = calculator.freeSlots(rules, List.of(), at(2026, 3, 25, 8, 0));
        assertThat(slots).hasSize(2);
        assertThat(slots.get(0).start().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(slots.get(0).startInstant()).isEqualTo(Instant.parse("2026-03-27T08:00:00Z"));
        assertThat(slots.get(1).start().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(slots.get(1).startInstant()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void noticeIsARealDurationAcrossTheMarchChange() {
        // Saturday 28 March 10:00 + 24 h = Sunday 29 March 11:00 local (a 23-hour day)
        SlotRules rules = rules(List.of(window(DayOfWeek.SUNDAY, 10, 12)), 0, 24, 1, List.of());
        var slots = calculator.freeSlots(rules, List.of(), at(2026, 3, 28, 10, 0));
        assertThat(slots).extracting(s -> s.start().toLocalDateTime().toString()).first().isEqualTo("2026-03-29T11:00");
    }

    @Test
    void octoberChangeKeepsLocalTimesAndTheLongerDay() {
        // Clocks go back on Sunday 25 October 2026 (03:00 → 02:00)
        SlotRules rules = rules(List.of(window(DayOfWeek.FRIDAY, 14, 15), window(DayOfWeek.MONDAY, 14, 15)), 0, 0, 1,
                List.of());
        var slots = calculator.freeSlots(rules, List.of(), at(2026, 10, 22, 8, 0));
        assertThat(slots).extracting(SlotCalculator.Slot::startInstant)
                .containsExactly(Instant.parse("2026-10-23T12:00:00Z"), Instant.parse("2026-10-26T13:00:00Z"));
        var busy = List.of(new SlotCalculator.Busy(Instant.parse("2026-10-26T13:00:00Z"), Instant.parse("2026-10-26T14:00:00Z")));
        assertThat(calculator.isBookable(rules, busy, at(2026, 10, 22, 8, 0), Instant.parse("2026-10-26T13:00:00Z"))).isFalse();
        assertThat(calculator.isBookable(rules, List.of(), at(2026, 10, 22, 8, 0), Instant.parse("2026-10-26T13:00:00Z"))).isTrue();
    }
}
