package be.miresem.rebond.reporting.web;

import be.miresem.rebond.casefile.Milestones;
import be.miresem.rebond.casefile.Situation;
import be.miresem.rebond.onboarding.OnboardingStage;
import be.miresem.rebond.reporting.CaseFigures;
import be.miresem.rebond.reporting.Funnel;
import be.miresem.rebond.reporting.MeetingMonth;
import be.miresem.rebond.reporting.Period;
import be.miresem.rebond.reporting.Reporting;
import be.miresem.rebond.reporting.SessionRow;
import be.miresem.rebond.shared.time.DateFormats;
import be.miresem.rebond.shared.web.Messages;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dashboards' tables, built once from the figures for both the page (each figure a link to its records)
 * and the CSV export (the same texts), so that the export always matches what is on screen.
 */
public final class DashboardTables {

    /** One table: an id (the CSV's {@code table=}), a title, column headers, rows of cells (first = row header). */
    public record Table(String id, String title, List<String> headers, List<List<Cell>> rows) implements Serializable {
    }

    /**
     * A cell: its text, for a figure the address of the records behind it, and the figure itself as numbers for
     * the CSV export ({@link Figure}; null for a text).
     */
    public record Cell(String text, String href, Figure figure) implements Serializable {
        static Cell of(String text) {
            return new Cell(text, null, null);
        }
    }

    /**
     * A figure as numbers: a count or an average ({@code number}); a rate in per cent ({@code number}), with its
     * sample when known ({@code part} of {@code whole}; the rate is null when the whole is 0).
     */
    public record Figure(Double number, Long part, Long whole) implements Serializable {
        boolean isShare() {
            return whole != null;
        }
    }

    /** A table as the CSV export writes it: numbers as numbers, a share's rate, part and whole in three columns. */
    public record Csv(List<String> headers, List<List<String>> rows) {
    }

    /** Where the records behind an indicator are listed (for one CPAS or all, for a period). */
    @FunctionalInterface
    public interface Links {
        String to(String indicator, Long cpasId, Period period);
    }

    private static final List<Situation> DETAIL = List.of(Situation.TRAINING, Situation.UNEMPLOYMENT,
            Situation.INTEGRATION_INCOME, Situation.OTHER, Situation.NO_NEWS);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Messages.FRENCH);

    private DashboardTables() {
    }

    public static List<Table> officer(Reporting.OfficerDashboard d, Links links) {
        List<Table> tables = new ArrayList<>();
        tables.add(cpasTable(d, links));
        tables.add(situations("situations", Messages.text("dashboard.table.situations"), d.region(), null, d.cpasId(), d.period(), links));
        tables.add(funnel(d.funnel(), d.cpasId(), d.period(), links));
        tables.add(meetings(d.meetings(), d.cpasId(), links));
        if (d.cpasId() == null) {
            tables.add(sessions(d.sessions()));
        }
        return tables;
    }

    public static List<Table> partner(Reporting.PartnerDashboard d, Links links) {
        List<Table> tables = new ArrayList<>();
        CaseFigures own = d.own();
        CaseFigures region = d.region();
        Long cpas = d.cpas().getId();
        Period p = d.period();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.of(Messages.text("dashboard.col.followed")), countCell(own.getFollowed(), links.to("suivis", cpas, p)),
                decimalCell(d.average(region.getFollowed()))));
        rows.add(List.of(Cell.of(Messages.text("dashboard.col.ended")), countCell(own.getEnded(), links.to("termines", cpas, p)),
                decimalCell(d.average(region.getEnded()))));
        for (int months : Milestones.MONTHS) {
            CaseFigures.Milestone m = own.milestone(months);
            rows.add(List.of(Cell.of(Messages.text("dashboard.col.employed", months)),
                    shareCell(m.getEmployed(), m.getCohort(), links.to("m" + months + "-emploi", cpas, p)),
                    rateCell(region.milestone(months).getEmployedShare())));
        }
        rows.add(List.of(Cell.of(Messages.text("dashboard.col.boomerang")),
                shareCell(own.getBoomerangs(), own.getBoomerangCohort(), links.to("boomerang", cpas, p)),
                rateCell(region.getBoomerangRate())));
        rows.add(List.of(Cell.of(Messages.text("dashboard.col.proposals")), countCell(own.getProposals(), links.to("propositions", cpas, p)),
                decimalCell(d.average(region.getProposals()))));
        rows.add(List.of(Cell.of(Messages.text("dashboard.col.hires")), countCell(own.getHires(), links.to("embauches", cpas, p)),
                decimalCell(d.average(region.getHires()))));
        tables.add(new Table("cpas", Messages.text("dashboard.table.own", d.cpas().getName()), List.of(
                Messages.text("dashboard.col.indicator"), Messages.text("dashboard.col.own"), Messages.text("dashboard.col.regionAverage")),
                rows));
        tables.add(situations("situations", Messages.text("dashboard.table.ownSituations", d.cpas().getName()), own, region, cpas, p, links));
        return tables;
    }

    private static Table cpasTable(Reporting.OfficerDashboard d, Links links) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Reporting.CpasFigures cpas : d.byCpas()) {
            rows.add(cpasRow(cpas.name(), cpas.id(), cpas.figures(), d.period(), links));
        }
        if (d.cpasId() == null) {
            rows.add(cpasRow(Messages.text("dashboard.region"), null, d.region(), d.period(), links));
        }
        List<String> headers = new ArrayList<>(List.of(Messages.text("dashboard.col.cpas"), Messages.text("dashboard.col.followed"),
                Messages.text("dashboard.col.ended")));
        for (int months : Milestones.MONTHS) {
            headers.add(Messages.text("dashboard.col.employed", months));
        }
        headers.addAll(List.of(Messages.text("dashboard.col.boomerang"), Messages.text("dashboard.col.proposals"),
                Messages.text("dashboard.col.hires")));
        return new Table("cpas", Messages.text("dashboard.table.cpas"), headers, rows);
    }

    private static List<Cell> cpasRow(String name, Long cpas, CaseFigures f, Period p, Links links) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.of(name));
        row.add(countCell(f.getFollowed(), links.to("suivis", cpas, p)));
        row.add(countCell(f.getEnded(), links.to("termines", cpas, p)));
        for (int months : Milestones.MONTHS) {
            CaseFigures.Milestone m = f.milestone(months);
            row.add(shareCell(m.getEmployed(), m.getCohort(), links.to("m" + months + "-emploi", cpas, p)));
        }
        row.add(shareCell(f.getBoomerangs(), f.getBoomerangCohort(), links.to("boomerang", cpas, p)));
        row.add(countCell(f.getProposals(), links.to("propositions", cpas, p)));
        row.add(countCell(f.getHires(), links.to("embauches", cpas, p)));
        return row;
    }

    /** Situations at 3, 6 and 12 months; with {@code region}, a regional share beside each column. */
    private static Table situations(String id, String title, CaseFigures f, CaseFigures region, Long cpas, Period p, Links links) {
        List<String> headers = new ArrayList<>();
        headers.add(Messages.text("dashboard.col.situation"));
        for (int months : Milestones.MONTHS) {
            headers.add(Messages.text("dashboard.col.atMonths", months));
            if (region != null) {
                headers.add(Messages.text("dashboard.col.regionAtMonths", months));
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> cohort = new ArrayList<>(List.of(Cell.of(Messages.text("dashboard.row.cohort"))));
        List<Cell> employed = new ArrayList<>(List.of(Cell.of(Messages.text("dashboard.row.employed"))));
        for (int months : Milestones.MONTHS) {
            CaseFigures.Milestone m = f.milestone(months);
            cohort.add(countCell(m.getCohort(), links.to("m" + months, cpas, p)));
            employed.add(countAndShareCell(m.getEmployed(), m.getCohort(), links.to("m" + months + "-emploi", cpas, p)));
            if (region != null) {
                cohort.add(countCell(region.milestone(months).getCohort(), null));
                employed.add(rateCell(region.milestone(months).getEmployedShare()));
            }
        }
        rows.add(cohort);
        rows.add(employed);
        List<Situation> shown = new ArrayList<>(CaseFigures.EMPLOYMENT);
        shown.addAll(DETAIL);
        for (Situation situation : shown) {
            String label = CaseFigures.EMPLOYMENT.contains(situation)
                    ? Messages.text("dashboard.row.of", Messages.text("Situation." + situation))
                    : Messages.text("Situation." + situation);
            List<Cell> row = new ArrayList<>(List.of(Cell.of(label)));
            for (int months : Milestones.MONTHS) {
                CaseFigures.Milestone m = f.milestone(months);
                row.add(countAndShareCell(m.count(situation), m.getCohort(), links.to("m" + months + "-" + situation, cpas, p)));
                if (region != null) {
                    row.add(rateCell(region.milestone(months).share(situation)));
                }
            }
            rows.add(row);
        }
        return new Table(id, title, headers, rows);
    }

    private static Table funnel(Funnel f, Long cpas, Period p, Links links) {
        List<List<Cell>> rows = new ArrayList<>();
        for (OnboardingStage stage : OnboardingStage.values()) {
            rows.add(List.of(Cell.of(Messages.text("OnboardingStage." + stage)),
                    countCell(f.count(stage), links.to("demandes-" + stage, cpas, p))));
        }
        rows.add(List.of(Cell.of(Messages.text("dashboard.row.requests")), countCell(f.getTotal(), links.to("demandes", cpas, p))));
        rows.add(List.of(Cell.of(Messages.text("dashboard.row.conversion")),
                shareCell(f.getActive(), f.getTotal(), links.to("demandes-ACTIVE_PARTNER", cpas, p))));
        rows.add(List.of(Cell.of(Messages.text("dashboard.row.median")), f.getMedianDaysToPartner() == null ? Cell.of("—")
                : new Cell(Messages.text("dashboard.days", decimal(f.getMedianDaysToPartner())), null,
                        new Figure(f.getMedianDaysToPartner(), null, null))));
        rows.add(List.of(Cell.of(Messages.text("dashboard.row.overdue")),
                countCell(f.getOverdue(), links.to("demandes-en-retard", cpas, p))));
        return new Table("demandes", Messages.text("dashboard.table.funnel"),
                List.of(Messages.text("dashboard.col.indicator"), Messages.text("dashboard.col.value")), rows);
    }

    private static Table meetings(List<MeetingMonth> months, Long cpas, Links links) {
        List<List<Cell>> rows = new ArrayList<>();
        for (MeetingMonth m : months) {
            rows.add(List.of(Cell.of(monthName(m.month())),
                    countCell(m.held(), links.to("rdv-tenus", cpas, m.month())),
                    countCell(m.cancelled(), links.to("rdv-annules", cpas, m.month())),
                    countCell(m.noShows(), links.to("rdv-absents", cpas, m.month()))));
        }
        return new Table("rendez-vous", Messages.text("dashboard.table.meetings"), List.of(Messages.text("dashboard.col.month"),
                Messages.text("dashboard.col.held"), Messages.text("dashboard.col.cancelled"), Messages.text("dashboard.col.noShow")),
                rows);
    }

    private static Table sessions(List<SessionRow> sessions) {
        List<List<Cell>> rows = new ArrayList<>();
        for (SessionRow s : sessions) {
            rows.add(List.of(new Cell(s.title(), "/espace/seances/seance?id=" + s.id(), null), Cell.of(DateFormats.longDateTime(s.startAt())),
                    countCell(s.capacity(), null), countCell(s.registered(), null), countCell(s.participants(), null),
                    countCell(s.waitlisted(), null), countCell(s.attended(), null), countCell(s.noShows(), null)));
        }
        return new Table("seances", Messages.text("dashboard.table.sessions"), List.of(Messages.text("dashboard.col.session"),
                Messages.text("dashboard.col.date"), Messages.text("dashboard.col.capacity"), Messages.text("dashboard.col.registered"),
                Messages.text("dashboard.col.participants"), Messages.text("dashboard.col.waitlisted"),
                Messages.text("dashboard.col.attended"), Messages.text("dashboard.col.sessionNoShow")), rows);
    }

    /**
     * The table for a spreadsheet: each column holding a share becomes three ("… (%)", "… : nombre", "… : sur"),
     * figures are written as numbers with a decimal comma (fr-BE), texts as they are.
     */
    public static Csv csv(Table table) {
        int columns = table.headers().size();
        boolean[] shares = new boolean[columns];
        boolean[] allRates = new boolean[columns];
        java.util.Arrays.fill(allRates, true);
        for (List<Cell> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Figure figure = row.get(c).figure();
                shares[c] |= figure != null && figure.isShare();
                allRates[c] &= figure != null && (figure.isShare() || row.get(c).text().endsWith("%"));
            }
        }
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            String header = table.headers().get(c);
            if (shares[c]) {
                headers.add(allRates[c] ? header + " (%)" : header);
                headers.add(Messages.text("dashboard.csv.part", header));
                headers.add(Messages.text("dashboard.csv.whole", header));
            } else {
                headers.add(header);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<Cell> row : table.rows()) {
            List<String> out = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                Figure figure = row.get(c).figure();
                String text = c == 0 || !row.get(c).text().equals("—") ? row.get(c).text() : "";
                if (!shares[c]) {
                    out.add(figure == null ? text : number(figure.number()));
                } else if (figure != null && figure.isShare()) {
                    out.addAll(List.of(number(figure.number()), number(figure.part()), number(figure.whole())));
                } else {
                    // A count in a column of shares (the cohort, a number of people) is a "nombre".
                    out.addAll(figure == null ? List.of(text, "", "") : List.of("", number(figure.number()), ""));
                }
            }
            rows.add(out);
        }
        return new Csv(headers, rows);
    }

    /** 60, 66,7, or nothing: what a Belgian spreadsheet reads as a number. */
    static String number(Number value) {
        if (value == null) {
            return "";
        }
        java.text.DecimalFormat format = new java.text.DecimalFormat("0.#",
                java.text.DecimalFormatSymbols.getInstance(Messages.FRENCH));
        return format.format(value);
    }

    private static Cell countCell(long n, String href) {
        return new Cell(count(n), href, new Figure((double) n, null, null));
    }

    private static Cell shareCell(long part, long whole, String href) {
        return new Cell(share(part, whole), href, new Figure(whole == 0 ? null : 100.0 * part / whole, part, whole));
    }

    private static Cell countAndShareCell(long part, long whole, String href) {
        return new Cell(countAndShare(part, whole), href,
                new Figure(whole == 0 ? null : 100.0 * part / whole, part, whole));
    }

    private static Cell rateCell(Double share) {
        return new Cell(percent(share), null, new Figure(share == null ? null : share * 100, null, null));
    }

    private static Cell decimalCell(double value) {
        return new Cell(decimal(value), null, new Figure(value, null, null));
    }

    static String monthName(Period month) {
        return MONTH.format(month.from());
    }

    static String count(long n) {
        return String.format(Locale.FRANCE, "%,d", n).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    static String decimal(double value) {
        return String.format(Locale.FRANCE, "%.1f", value).replace(",0", "");
    }

    static String percent(Double share) {
        return share == null ? "—" : String.format(Locale.FRANCE, "%.0f %%", share * 100);
    }

    /** "40 % (4 / 10)", or "—" when there is nobody to count. */
    static String share(long part, long whole) {
        return whole == 0 ? "—" : percent((double) part / whole) + " (" + count(part) + " / " + count(whole) + ")";
    }

    /** "4 (40 %)". */
    static String countAndShare(long part, long whole) {
        return whole == 0 ? count(part) : count(part) + " (" + percent((double) part / whole) + ")";
    }
}
