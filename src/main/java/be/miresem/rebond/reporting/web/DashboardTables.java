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

    /** A cell: its text and, for a figure, the address of the records behind it. */
    public record Cell(String text, String href) implements Serializable {
        static Cell of(String text) {
            return new Cell(text, null);
        }
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
        rows.add(List.of(Cell.of(Messages.text("dashboard.col.followed")), new Cell(count(own.getFollowed()), links.to("suivis", cpas, p)),
                Cell.of(decimal(d.average(region.getFollowed())))));
        rows.add(List.of(Cell.of(Messages.text("dashboard.col.ended")), new Cell(count(own.getEnded()), links.to("termines", cpas, p)),
                Cell.of(decimal(d.average(region.getEnded())))));
        for (int months : Milestones.MONTHS) {
            CaseFigures.Milestone m = own.milestone(months);
            rows.add(List.of(Cell.of(Messages.text("dashboard.col.employed", months)),
                    new Cell(share(m.getEmployed(), m.getCohort()), links.to("m" + months + "-emploi", cpas, p)),
                    Cell.of(percent(region.milestone(months).getEmployedShare()))));
        }
        rows.add(List.of(Cell.of(Messages.text("dashboard.col.boomerang")),
                new Cell(share(own.getBoomerangs(), own.getBoomerangCohort()), links.to("boomerang", cpas, p)),
                Cell.of(percent(region.getBoomerangRate()))));
        rows.add(List.of(Cell.of(Messages.text("dashboard.col.proposals")), new Cell(count(own.getProposals()), links.to("propositions", cpas, p)),
                Cell.of(decimal(d.average(region.getProposals())))));
        rows.add(List.of(Cell.of(Messages.text("dashboard.col.hires")), new Cell(count(own.getHires()), links.to("embauches", cpas, p)),
                Cell.of(decimal(d.average(region.getHires())))));
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
        row.add(new Cell(count(f.getFollowed()), links.to("suivis", cpas, p)));
        row.add(new Cell(count(f.getEnded()), links.to("termines", cpas, p)));
        for (int months : Milestones.MONTHS) {
            CaseFigures.Milestone m = f.milestone(months);
            row.add(new Cell(share(m.getEmployed(), m.getCohort()), links.to("m" + months + "-emploi", cpas, p)));
        }
        row.add(new Cell(share(f.getBoomerangs(), f.getBoomerangCohort()), links.to("boomerang", cpas, p)));
        row.add(new Cell(count(f.getProposals()), links.to("propositions", cpas, p)));
        row.add(new Cell(count(f.getHires()), links.to("embauches", cpas, p)));
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
            cohort.add(new Cell(count(m.getCohort()), links.to("m" + months, cpas, p)));
            employed.add(new Cell(countAndShare(m.getEmployed(), m.getCohort()), links.to("m" + months + "-emploi", cpas, p)));
            if (region != null) {
                cohort.add(Cell.of(count(region.milestone(months).getCohort())));
                employed.add(Cell.of(percent(region.milestone(months).getEmployedShare())));
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
                row.add(new Cell(countAndShare(m.count(situation), m.getCohort()), links.to("m" + months + "-" + situation, cpas, p)));
                if (region != null) {
                    row.add(Cell.of(percent(region.milestone(months).share(situation))));
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
                    new Cell(count(f.count(stage)), links.to("demandes-" + stage, cpas, p))));
        }
        rows.add(List.of(Cell.of(Messages.text("dashboard.row.requests")), new Cell(count(f.getTotal()), links.to("demandes", cpas, p))));
        rows.add(List.of(Cell.of(Messages.text("dashboard.row.conversion")),
                new Cell(share(f.getActive(), f.getTotal()), links.to("demandes-ACTIVE_PARTNER", cpas, p))));
        rows.add(List.of(Cell.of(Messages.text("dashboard.row.median")), Cell.of(f.getMedianDaysToPartner() == null ? "—"
                : Messages.text("dashboard.days", decimal(f.getMedianDaysToPartner())))));
        rows.add(List.of(Cell.of(Messages.text("dashboard.row.overdue")),
                new Cell(count(f.getOverdue()), links.to("demandes-en-retard", cpas, p))));
        return new Table("demandes", Messages.text("dashboard.table.funnel"),
                List.of(Messages.text("dashboard.col.indicator"), Messages.text("dashboard.col.value")), rows);
    }

    private static Table meetings(List<MeetingMonth> months, Long cpas, Links links) {
        List<List<Cell>> rows = new ArrayList<>();
        for (MeetingMonth m : months) {
            rows.add(List.of(Cell.of(monthName(m.month())),
                    new Cell(count(m.held()), links.to("rdv-tenus", cpas, m.month())),
                    new Cell(count(m.cancelled()), links.to("rdv-annules", cpas, m.month())),
                    new Cell(count(m.noShows()), links.to("rdv-absents", cpas, m.month()))));
        }
        return new Table("rendez-vous", Messages.text("dashboard.table.meetings"), List.of(Messages.text("dashboard.col.month"),
                Messages.text("dashboard.col.held"), Messages.text("dashboard.col.cancelled"), Messages.text("dashboard.col.noShow")),
                rows);
    }

    private static Table sessions(List<SessionRow> sessions) {
        List<List<Cell>> rows = new ArrayList<>();
        for (SessionRow s : sessions) {
            rows.add(List.of(new Cell(s.title(), "/espace/seances/seance?id=" + s.id()), Cell.of(DateFormats.longDateTime(s.startAt())),
                    Cell.of(count(s.capacity())), Cell.of(count(s.registered())), Cell.of(count(s.participants())),
                    Cell.of(count(s.waitlisted())), Cell.of(count(s.attended())), Cell.of(count(s.noShows()))));
        }
        return new Table("seances", Messages.text("dashboard.table.sessions"), List.of(Messages.text("dashboard.col.session"),
                Messages.text("dashboard.col.date"), Messages.text("dashboard.col.capacity"), Messages.text("dashboard.col.registered"),
                Messages.text("dashboard.col.participants"), Messages.text("dashboard.col.waitlisted"),
                Messages.text("dashboard.col.attended"), Messages.text("dashboard.col.sessionNoShow")), rows);
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
