package be.miresem.rebond.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every CSV cell is made inert for spreadsheets: a leading formula character gets a quote. */
class CsvExportTest {

    @Test
    void formulasAreNeutralised() {
        assertThat(CsvExport.cell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(CsvExport.cell("+32 60 00 00 00")).isEqualTo("'+32 60 00 00 00");
        assertThat(CsvExport.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.cell("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void plainTextIsLeftAsItIs() {
        assertThat(CsvExport.cell("CPAS de Couvin")).isEqualTo("CPAS de Couvin");
        assertThat(CsvExport.cell("2026-12-02")).isEqualTo("2026-12-02");
        assertThat(CsvExport.cell("")).isEmpty();
    }
}
