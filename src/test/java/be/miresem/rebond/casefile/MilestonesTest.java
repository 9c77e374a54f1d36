package be.miresem.rebond.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MilestonesTest {

    private static final LocalDate END = LocalDate.of(2024, 3, 31);

    @Test
    void anObservationAnswersTheFollowUpWhoseWindowItFallsIn() {
        assertThat(Milestones.of(END, END)).as("at the end").isNull();
        assertThat(Milestones.of(END, LocalDate.of(2024, 5, 30))).as("before 2 months").isNull();
        assertThat(Milestones.of(END, LocalDate.of(2024, 5, 31))).isEqualTo(3);
        assertThat(Milestones.of(END, LocalDate.of(2024, 8, 14))).isEqualTo(3);
        assertThat(Milestones.of(END, LocalDate.of(2024, 8, 15))).isEqualTo(6);
        assertThat(Milestones.of(END, LocalDate.of(2024, 12, 30))).isEqualTo(6);
        assertThat(Milestones.of(END, LocalDate.of(2024, 12, 31))).isEqualTo(12);
        assertThat(Milestones.of(END, LocalDate.of(2025, 6, 30))).as("15 months, inclusive").isEqualTo(12);
        assertThat(Milestones.of(END, LocalDate.of(2025, 7, 1))).isNull();
        assertThat(Milestones.of(null, END)).isNull();
    }

    @Test
    void theRangeOfEndsIsExactlyTheEndsWhoseFollowUpFallsInThePeriod() {
        LocalDate first = LocalDate.of(2022, 1, 1);
        for (int months : Milestones.MONTHS) {
            for (LocalDate from = LocalDate.of(2024, 1, 1); from.isBefore(LocalDate.of(2025, 1, 1)); from = from.plusDays(7)) {
                LocalDate to = from.plusDays(from.getDayOfYear() % 90);
                Milestones.Range range = Milestones.endsFollowedUpBetween(months, from, to);
                for (LocalDate end = first; end.isBefore(LocalDate.of(2025, 1, 1)); end = end.plusDays(1)) {
                    LocalDate followUp = end.plusMonths(months);
                    boolean inPeriod = !followUp.isBefore(from) && !followUp.isAfter(to);
                    boolean inRange = !end.isBefore(range.from()) && !end.isAfter(range.to());
                    assertThat(inRange).as("%d months, end %s, period %s–%s", months, end, from, to).isEqualTo(inPeriod);
                }
            }
        }
    }
}
