package be.miresem.rebond.reporting.web;

import be.miresem.rebond.casefile.CaseFile;
import be.miresem.rebond.casefile.Situation;
import be.miresem.rebond.meeting.Booking;
import be.miresem.rebond.onboarding.CollaborationRequest;
import be.miresem.rebond.reporting.Indicator;
import be.miresem.rebond.reporting.Period;
import be.miresem.rebond.reporting.ReportQueries;
import be.miresem.rebond.reporting.Reporting;
import be.miresem.rebond.shared.persistence.BaseEntity;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * Backs /espace/tableau-de-bord/liste: the records behind one figure of a dashboard (same period, same CPAS,
 * same conditions as the figure), within the caller's rights (an agent only ever sees their own CPAS's cases).
 */
@Named
@RequestScoped
public class RecordsBacking {

    @Inject
    private Reporting reporting;

    @Inject
    private ReportQueries queries;

    private String indicator;
    private String du;
    private String au;
    private String cpas;
    private PeriodParams params;
    private ReportQueries.Records records;
    private List<?> loaded;

    public void load() {
        Indicator.kind(indicator);
        params = PeriodParams.parse(du, au, cpas, reporting.thisYear());
        if (params.isValid()) {
            records = reporting.records(indicator, params.period(), params.cpasId());
        }
    }

    /** The figure's name, e.g. "À 6 mois : CDI". */
    public String getTitle() {
        String key = "dashboard.indicator." + indicator;
        if (indicator.startsWith("demandes-") && !indicator.equals("demandes-en-retard")) {
            return Messages.text("dashboard.indicator.stage", Messages.text("OnboardingStage." + indicator.substring(9)));
        }
        if (indicator.matches("m\\d+.*")) {
            String[] parts = indicator.split("-", 2);
            String months = parts[0].substring(1);
            if (parts.length == 1) {
                return Messages.text("dashboard.indicator.cohort", months);
            }
            String what = parts[1].equals("emploi") ? Messages.text("dashboard.row.employed")
                    : Messages.text("Situation." + Situation.valueOf(parts[1]));
            return Messages.text("dashboard.indicator.followUp", months, what);
        }
        return Messages.text(key);
    }

    public boolean isShown() {
        return records != null;
    }

    public Map<String, String> getErrors() {
        return params == null ? Map.of() : params.getErrors();
    }

    public String getKind() {
        return records == null ? "" : records.kind().name();
    }

    public long getTotal() {
        return records == null ? 0 : records.total();
    }

    public boolean isTruncated() {
        return records != null && records.total() > records.ids().size();
    }

    public int getMax() {
        return Reporting.MAX_RECORDS;
    }

    public List<CaseFile> getCases() {
        return records.kind() == Indicator.Kind.CASES ? loaded(CaseFile.class) : List.of();
    }

    public List<CollaborationRequest> getRequests() {
        return records.kind() == Indicator.Kind.REQUESTS ? loaded(CollaborationRequest.class) : List.of();
    }

    public List<Booking> getMeetings() {
        return records.kind() == Indicator.Kind.MEETINGS ? loaded(Booking.class) : List.of();
    }

    /** The records, loaded once per request (the page reads the list more than once while rendering). */
    @SuppressWarnings("unchecked")
    private <T extends BaseEntity> List<T> loaded(Class<T> type) {
        if (loaded == null) {
            loaded = queries.load(type, records.ids());
        }
        return (List<T>) loaded;
    }

    /** Back to the dashboard with the same period and CPAS. */
    public String getBackLink() {
        return "/espace/tableau-de-bord/" + (params != null && params.isValid()
                ? "?" + PeriodParams.query(params.period(), params.cpasId()) : "");
    }

    public Period getPeriod() {
        return params == null ? null : params.period();
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
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
