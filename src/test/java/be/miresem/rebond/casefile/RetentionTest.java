package be.miresem.rebond.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static final LocalDate TODAY = LocalDate.of(2031, 3, 1);

    @Test
    void aClosedCaseKeepsItsDataForThePeriodThenNoLonger() {
        assertThat(Retention.isOver(TODAY.minusDays(1826), TODAY, 1826)).as("period just over").isTrue();
        assertThat(Retention.isOver(TODAY.minusDays(1825), TODAY, 1826)).as("one day left").isFalse();
        assertThat(Retention.isOver(TODAY.minusYears(10), TODAY, 1826)).isTrue();
        assertThat(Retention.isOver(null, TODAY, 1826)).as("never closed").isFalse();
        assertThat(Retention.isOver(TODAY, TODAY, 0)).as("no retention").isTrue();
        assertThat(Retention.latestClosingOver(TODAY, 1826)).isEqualTo(TODAY.minusDays(1826));
    }
}
