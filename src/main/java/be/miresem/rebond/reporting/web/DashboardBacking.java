package be.miresem.rebond.reporting.web;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.partner.PartnerService;
import be.miresem.rebond.reporting.BarChart;
import be.miresem.rebond.reporting.Period;
import be.miresem.rebond.reporting.Reporting;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * Backs /espace/tableau-de-bord/ (the officer's or the agent's dashboard, by role) and its printable
 * report /espace/tableau-de-bord/rapport. The period and CPAS come from the address (a GET form).
 */
@Named
@RequestScoped
public class DashboardBacking {


    @Inject
    private Reporting reporting;

    @Inject
    private be.miresem.rebond.survey.Satisfaction satisfaction;

    private java.util.List<be.miresem.rebond.survey.Satisfaction.DashboardRow> satisfactionRows;

    /** The year's satisfaction beside the outcomes: the region's, and an agent's own CPAS's pulse. */
    public java.util.List<be.miresem.rebond.survey.Satisfaction.DashboardRow> getSatisfaction() {
        if (satisfactionRows == null) {
            satisfactionRows = satisfaction.dashboard(satisfaction.currentYear());
        }
        return satisfactionRows;
    }

    /** An index as "78 % (sur 9 réponses)", or "pas encore de réponse". */
    public String index(be.miresem.rebond.survey.SatisfactionFigures figures) {
        if (figures == null) {
            return "—";
        }
        if (figures.index() == null) {
            return be.miresem.rebond.shared.web.Messages.text("dashboard.satisfaction.none");
        }
        return DashboardTables.percent(figures.index()) + " " + be.miresem.rebond.shared.web.Messages.text(
                "satisfaction.sample", figures.scaleAnswers());
    }

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PartnerService partners;

    private String du;
    private String au;
    private String cpas;
    private PeriodParams params;
    private Reporting.OfficerDashboard officer;
    private Reporting.PartnerDashboard partner;
    private List<DashboardTables.Table> tables;
    private List<BarChart> charts;
    private List<Cpas> cpasOptions;

    public void load() {
        params = PeriodParams.parse(du, au, cpas, reporting.thisYear());
        if (!params.isValid()) {
            return;
        }
        du = params.period().from().toString();
        au = params.period().to().toString();
        if (currentUser.isOfficer()) {
            officer = reporting.officerDashboard(params.period(), params.cpasId());
            tables = DashboardTables.officer(officer, this::link);
            charts = DashboardCharts.officer(officer);
        } else {
            partner = reporting.partnerDashboard(params.period());
            tables = DashboardTables.partner(partner, this::link);
            charts = DashboardCharts.partner(partner);
        }
    }

    /** The address (without the context path) of the records behind a figure. */
    String link(String indicator, Long cpasId, Period period) {
        return "/espace/tableau-de-bord/liste?indicateur=" + indicator + "&" + PeriodParams.query(period, cpasId);
    }

    /** The CSV of one table, for the period and CPAS shown. */
    public String exportLink(String table) {
        return "/espace/tableau-de-bord/export.csv?table=" + table + "&" + PeriodParams.query(params.period(), params.cpasId());
    }

    public String getReportLink() {
        return "/espace/tableau-de-bord/rapport?" + PeriodParams.query(params.period(), params.cpasId());
    }

    public boolean isShown() {
        return params != null && params.isValid();
    }

    public Map<String, String> getErrors() {
        return params == null ? Map.of() : params.getErrors();
    }

    public Period getPeriod() {
        return params == null ? null : params.period();
    }

    /** The CPAS the officer can pick from, by name. */
    public List<Cpas> getCpasOptions() {
        if (!currentUser.isOfficer()) {
            return List.of();
        }
        if (cpasOptions == null) {
            cpasOptions = partners.listAll();
        }
        return cpasOptions;
    }

    public String getScopeName() {
        if (partner != null) {
            return partner.cpas().getName();
        }
        return officer == null || officer.cpasId() == null ? Messages.text("dashboard.allCpas") : officer.byCpas().get(0).name();
    }

    public List<DashboardTables.Table> getTables() {
        return tables;
    }

    public List<BarChart> getCharts() {
        return charts;
    }

    public String getDu() {
        return du;
    }

    public void setDu(String du) {
        this.du = du;
    }

    public String getAu() {
        return au;
    }

    public void setAu(String au) {
        this.au = au;
    }

    public String getCpas() {
        return cpas;
    }

    public void setCpas(String cpas) {
        this.cpas = cpas;
    }
}
