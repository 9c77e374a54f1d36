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

    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Messages.FRENCH);

    private DashboardCharts() {
    }

    /** An agent's chart: their CPAS's employment after the contract beside the regional average. */
    static List<BarChart> partner(Reporting.PartnerDashboard partner) {
        return List.of(employmentChart(partner.own(), Messages.text("dashboard.chart.own"), partner.region(),
                Messages.text("dashboard.col.regionAverage")));
    }

    /** The officer's charts: employment after the contract, the onboarding funnel, the meetings by month. */
    static List<BarChart> officer(Reporting.OfficerDashboard officer) {
        List<BarChart> list = new ArrayList<>();
        list.add(employmentChart(officer.region(), officer.cpasId() == null ? Messages.text("dashboard.region")
                : officer.byCpas().get(0).name(), null, null));
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
            meetings.add(SHORT_MONTH.format(month.month().from()), month.held(), month.cancelled(), month.noShows());
        }
        list.add(meetings);
        return list;
    }

    private static BarChart employmentChart(CaseFigures figures, String name, CaseFigures compared, String comparedName) {
        BarChart chart = compared == null
                ? new BarChart("chart-employment", Messages.text("dashboard.chart.employment"),
                        Messages.text("dashboard.chart.employment.desc"), true, name)
                : new BarChart("chart-employment", Messages.text("dashboard.chart.employment"),
                        Messages.text("dashboard.chart.employment.desc"), true, name, comparedName);
        for (int months : Milestones.MONTHS) {
            String label = Messages.text("dashboard.col.atMonths", months);
            if (compared == null) {
                chart.add(label, figures.milestone(months).getEmployedShare());
            } else {
                chart.add(label, figures.milestone(months).getEmployedShare(), compared.milestone(months).getEmployedShare());
            }
        }
        String boomerang = Messages.text("dashboard.col.boomerang");
        if (compared == null) {
            chart.add(boomerang, figures.getBoomerangRate());
        } else {
            chart.add(boomerang, figures.getBoomerangRate(), compared.getBoomerangRate());
        }
        return chart;
    }
}
