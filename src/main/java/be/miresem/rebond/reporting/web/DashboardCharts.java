package be.miresem.rebond.reporting.web;

import be.miresem.rebond.casefile.Milestones;
import be.miresem.rebond.onboarding.OnboardingStage;
import be.miresem.rebond.reporting.BarChart;
import be.miresem.rebond.reporting.CaseFigures;
import be.miresem.rebond.reporting.MeetingMonth;
import be.miresem.rebond.reporting.Reporting;
import be.miresem.rebond.shared.web.Messages;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The dashboard's charts, built once per request from its figures (the tables are {@link DashboardTables}). */
final class DashboardCharts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Messages.FRENCH);

    private DashboardCharts() {
    }

    /** An agent's charts: their CPAS's employment after the contract and boomerang, beside the regional average. */
    static List<BarChart> partner(Reporting.PartnerDashboard partner) {
        String own = Messages.text("dashboard.chart.own");
        String region = Messages.text("dashboard.col.regionAverage");
        return List.of(employmentChart(partner.own(), own, partner.region(), region),
                boomerangChart(partner.own(), own, partner.region(), region));
    }

    /** The officer's charts: employment after the contract, the boomerang, the onboarding funnel, meetings by month. */
    static List<BarChart> officer(Reporting.OfficerDashboard officer) {
        List<BarChart> list = new ArrayList<>();
        String name = officer.cpasId() == null ? Messages.text("dashboard.region") : officer.byCpas().get(0).name();
        list.add(employmentChart(officer.region(), name, null, null));
        list.add(boomerangChart(officer.region(), name, null, null));
        BarChart funnel = new BarChart("chart-funnel", Messages.text("dashboard.chart.funnel"),
                Messages.text("dashboard.chart.funnel.desc"), false, Messages.text("dashboard.chart.requests"));
        for (OnboardingStage stage : OnboardingStage.values()) {
            funnel.add(Messages.text("OnboardingStage." + stage), officer.funnel().count(stage));
        }
        list.add(funnel);
        BarChart meetings = new BarChart("chart-meetings", Messages.text("dashboard.chart.meetings"),
                Messages.text("dashboard.chart.meetings.desc"), false, Messages.text("dashboard.col.held"),
                Messages.text("dashboard.col.cancelled"), Messages.text("dashboard.col.noShow"));
        for (MeetingMonth month : officer.meetings()) {
            meetings.add(MONTH.format(month.month().from()), month.held(), month.cancelled(), month.noShows());
        }
        list.add(meetings);
        return list;
    }

    private static BarChart employmentChart(CaseFigures figures, String name, CaseFigures compared, String comparedName) {
        String[] series = compared == null ? new String[] {name} : new String[] {name, comparedName};
        BarChart chart = new BarChart("chart-employment", Messages.text("dashboard.chart.employment"),
                Messages.text("dashboard.chart.employment.desc"), true, series);
        for (int months : Milestones.MONTHS) {
            String label = Messages.text("dashboard.col.atMonths", months);
            BarChart.Value own = employed(figures.milestone(months));
            chart.add(label, compared == null ? new BarChart.Value[] {own}
                    : new BarChart.Value[] {own, employed(compared.milestone(months))});
        }
        return chart;
    }

    /** The boomerang, a bad outcome, in a chart of its own (its own colour, never beside the employment rates). */
    private static BarChart boomerangChart(CaseFigures figures, String name, CaseFigures compared, String comparedName) {
        String[] series = compared == null ? new String[] {name} : new String[] {name, comparedName};
        BarChart chart = new BarChart("chart-boomerang", Messages.text("dashboard.chart.boomerang"),
                Messages.text("dashboard.chart.boomerang.desc"), true, series).badOutcome();
        BarChart.Value own = BarChart.Value.share(figures.getBoomerangs(), figures.getBoomerangCohort());
        chart.add(Messages.text("dashboard.col.boomerang"), compared == null ? new BarChart.Value[] {own}
                : new BarChart.Value[] {own, BarChart.Value.share(compared.getBoomerangs(), compared.getBoomerangCohort())});
        return chart;
    }

    private static BarChart.Value employed(CaseFigures.Milestone milestone) {
        return BarChart.Value.share(milestone.getEmployed(), milestone.getCohort());
    }
}
