package be.miresem.rebond.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.meeting.SlotCalculator;
import be.miresem.rebond.shared.time.DateFormats;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The slot picker's days: grouped by the Brussels day, labelled in French, one option per slot. */
class SlotChoiceTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static SlotCalculator.Slot slot(int year, int month, int day, int hour, int minute) {
        ZonedDateTime start = ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BRUSSELS);
        return new SlotCalculator.Slot(start, start.plusHours(1));
    }

    @Test
    void slotsAreGroupedByBrusselsDayWithFrenchLabelsAcrossTheOctoberChange() {
        // 24 October 2026 is summer time (UTC+2), 26 October winter time (UTC+1).
        List<SlotChoice.Day> days = SlotChoice.days(List.of(slot(2026, 10, 24, 9, 0), slot(2026, 10, 24, 10, 15),
                slot(2026, 10, 26, 9, 0)), new DateFormats());

        assertThat(days).extracting(SlotChoice.Day::label).containsExactly("samedi 24 octobre 2026", "lundi 26 octobre 2026");
        assertThat(days.get(0).options()).containsExactly(
                new SlotChoice.Option("slot-1792825200", "2026-10-24T07:00:00Z", "09h00"),
                new SlotChoice.Option("slot-1792829700", "2026-10-24T08:15:00Z", "10h15"));
        assertThat(days.get(1).options()).containsExactly(
                new SlotChoice.Option("slot-1793001600", "2026-10-26T08:00:00Z", "09h00"));
    }

    @Test
    void noSlotsGiveNoDays() {
        assertThat(SlotChoice.days(List.of(), new DateFormats())).isEmpty();
    }
}
