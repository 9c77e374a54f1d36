package be.miresem.rebond.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's CSV gives numbers a spreadsheet can sum and chart: a share's rate, part and whole apart. */
class DashboardCsvTest {

    @Test
    void aShareBecomesThreeNumericColumnsWithADecimalComma() {
        DashboardTables.Table table = new DashboardTables.Table("t", "Titre", List.of("CPAS", "Suivis", "En emploi à 6 mois"),
                List.of(List.of(DashboardTables.Cell.of("CPAS de Couvin"),
                                new DashboardTables.Cell("1 234", "/x", new DashboardTables.Figure(1234.0, null, null)),
                                new DashboardTables.Cell("67 % (2 / 3)", "/y", new DashboardTables.Figure(200.0 / 3, 2L, 3L))),
                        List.of(DashboardTables.Cell.of("CPAS de Momignies"),
                                new DashboardTables.Cell("0", "/x", new DashboardTables.Figure(0.0, null, null)),
                                new DashboardTables.Cell("—", "/y", new DashboardTables.Figure(null, 0L, 0L)))));
        DashboardTables.Csv csv = DashboardTables.csv(table);
        assertThat(csv.headers()).containsExactly("CPAS", "Suivis", "En emploi à 6 mois (%)",
                "En emploi à 6 mois : nombre", "En emploi à 6 mois : sur");
        assertThat(csv.rows()).containsExactly(List.of("CPAS de Couvin", "1234", "66,7", "2", "3"),
                List.of("CPAS de Momignies", "0", "", "0", "0"));
    }

    @Test
    void aCountInAColumnOfSharesIsANumberOfPeople() {
        DashboardTables.Table table = new DashboardTables.Table("t", "Titre", List.of("Situation", "À 3 mois"),
                List.of(List.of(DashboardTables.Cell.of("Personnes concernées"),
                                new DashboardTables.Cell("5", null, new DashboardTables.Figure(5.0, null, null))),
                        List.of(DashboardTables.Cell.of("En emploi"),
                                new DashboardTables.Cell("3 (60 %)", null, new DashboardTables.Figure(60.0, 3L, 5L)))));
        DashboardTables.Csv csv = DashboardTables.csv(table);
        assertThat(csv.headers()).containsExactly("Situation", "À 3 mois", "À 3 mois : nombre", "À 3 mois : sur");
        assertThat(csv.rows()).containsExactly(List.of("Personnes concernées", "", "5", ""),
                List.of("En emploi", "60", "3", "5"));
    }
}
