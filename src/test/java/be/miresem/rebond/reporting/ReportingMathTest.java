package be.miresem.rebond.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
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
                .add("janvier 2026", 10, 5).add("février 2026", 0, 20);
        assertThat(chart.scale()).as("the largest count fills the track").isEqualTo(20);
        assertThat(chart.getGroups()).extracting(BarChart.Group::category).containsExactly("janvier 2026", "février 2026");
        List<BarChart.Bar> january = chart.getGroups().get(0).bars();
        assertThat(january).extracting(BarChart.Bar::length).containsExactly(50.0, 25.0);
        assertThat(january).extracting(BarChart.Bar::text).as("each bar names its series").containsExactly("Tenus : 10", "Annulés : 5");
        assertThat(chart.getGroups().get(1).bars().get(0).length()).as("zero").isZero();
        assertThat(chart.getRows()).extracting(BarChart.Row::cells).containsExactly(List.of("10", "5"), List.of("0", "20"));

        BarChart shares = new BarChart("s", "Parts", "Description", true, "Région")
                .add("À 3 mois", BarChart.Value.share(3, 5)).add("À 6 mois", BarChart.Value.share(0, 0));
        assertThat(shares.getGroups().get(0).bars().get(0).length()).isEqualTo(60.0);
        assertThat(shares.getGroups().get(0).bars().get(0).text()).as("the sample beside the rate").isEqualTo("60 % · 3 sur 5");
        assertThat(shares.getGroups().get(1).bars().get(0).text()).isEqualTo("aucun dossier");
        assertThat(shares.getRows().get(0).cells()).containsExactly("60 % · 3 sur 5");
        assertThat(shares.isBadOutcome()).isFalse();
        assertThat(new BarChart("b", "Boomerang", "d", true, "Région").badOutcome().isBadOutcome()).isTrue();
    }
}
