package be.miresem.rebond.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure parts of reporting: medians from histograms, small-count suppression, periods, chart geometry. */
class ReportingMathTest {

    @Test
    void theMedianOfAHistogram() {
        assertThat(Median.of(Map.of())).isNull();
        assertThat(Median.of(Map.of(7, 1L))).isEqualTo(7.0);
        assertThat(Median.of(Map.of(0, 2L, 28, 2L))).as("even count: mean of the middle two").isEqualTo(14.0);
        assertThat(Median.of(Map.of(1, 1L, 5, 3L, 100, 1L))).isEqualTo(5.0);
        assertThat(Median.of(Map.of(3, 1L, 10, 1L, 2, 1L))).as("order of the map does not matter").isEqualTo(3.0);
    }

    @Test
    void figuresFromFewerThanFivePeopleAreSuppressed() {
        assertThat(Suppression.count(4)).isNull();
        assertThat(Suppression.count(0)).isNull();
        assertThat(Suppression.count(5)).isEqualTo(5L);
        assertThat(Suppression.share(4, 100)).as("a small part of a large group").isNull();
        assertThat(Suppression.share(4, 4)).as("a small group").isNull();
        assertThat(Suppression.share(0, 50)).isNull();
        assertThat(Suppression.share(5, 20)).isEqualTo(0.25);
    }

    @Test
    void periodsAreBrusselsDaysAcrossDaylightSaving() {
        Period springForward = new Period(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29));
        assertThat(Duration.between(springForward.start(), springForward.end())).isEqualTo(Duration.ofHours(23));
        Period fallBack = new Period(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25));
        assertThat(Duration.between(fallBack.start(), fallBack.end())).isEqualTo(Duration.ofHours(25));
        assertThat(Period.year(2026).start().toString()).isEqualTo("2025-12-31T23:00:00Z");
        assertThat(new Period(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 10)).months()).containsExactly(
                new Period(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 31)),
                new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)),
                new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10)));
        assertThat(Period.year(2026).until(LocalDate.of(2026, 5, 1))).isEqualTo(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 1)));
        assertThat(Period.year(2027).until(LocalDate.of(2026, 5, 1))).isNull();
        assertThatThrownBy(() -> new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void barsAreScaledToTheAxisAndEveryValueIsInTheTable() {
        BarChart chart = new BarChart("c", "Titre", "Description", false, "Tenus", "Annulés")
                .add("janv.", 10, 5).add("févr.", 0, 20);
        assertThat(chart.axisMax()).isEqualTo(20);
        assertThat(chart.getBars()).hasSize(4);
        BarChart.Bar highest = chart.getBars().get(3);
        assertThat(highest.height()).isEqualTo(BarChart.HEIGHT - BarChart.TOP - BarChart.BOTTOM);
        assertThat(highest.y()).isEqualTo(BarChart.TOP);
        assertThat(chart.getBars().get(0).height()).isEqualTo(highest.height() / 2);
        assertThat(chart.getBars().get(2).height()).as("zero").isZero();
        assertThat(chart.getRows()).extracting(BarChart.Row::cells).containsExactly(java.util.List.of("10", "5"), java.util.List.of("0", "20"));
        assertThat(chart.getTicks()).extracting(BarChart.Tick::text).containsExactly("0", "5", "10", "15", "20");

        BarChart shares = new BarChart("s", "Parts", "Description", true, "Région").add("À 3 mois", 0.6).add("À 6 mois", (Double) null);
        assertThat(shares.axisMax()).isEqualTo(1);
        assertThat(shares.getBars()).as("no bar without a value").hasSize(1);
        assertThat(shares.getRows().get(0).cells()).containsExactly("60 %");
        assertThat(shares.getRows().get(1).cells()).containsExactly("—");
        assertThat(new BarChart("n", "t", "d", false, "x").add("a", 1234).axisMax()).isEqualTo(2000);
    }
}
