package be.miresem.rebond.reporting.web;

import be.miresem.rebond.reporting.PublicYear;
import be.miresem.rebond.reporting.Reporting;
import be.miresem.rebond.reporting.Suppression;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the public /resultats page: yearly figures after small-count suppression. */
@Named
@RequestScoped
public class ResultsBacking {

    @Inject
    private Reporting reporting;

    @Inject
    private be.miresem.rebond.survey.Satisfaction satisfaction;

    /** A party's satisfaction of the year as the public reads it: the index, or "moins de 5" answers. */
    public record PartySatisfaction(String party, String index, String answers) {
    }

    private List<PartySatisfaction> satisfactionRows;

    private List<PublicYear> years;

    public List<PublicYear> getYears() {
        if (years == null) {
            years = reporting.publicResults();
        }
        return years;
    }

    /** The year the home page shows: the latest with a published employment rate, else the latest; null if none. */
    public PublicYear getHeadline() {
        return getYears().stream().filter(y -> y.employedAt12() != null).findFirst()
                .orElse(getYears().isEmpty() ? null : getYears().get(0));
    }

    /** The year of the satisfaction figures (the current one). */
    public int getSatisfactionYear() {
        return satisfaction.currentYear();
    }

    /** Each party's satisfaction index of the year, suppressed under the threshold like every public figure. */
    public List<PartySatisfaction> getSatisfaction() {
        if (satisfactionRows == null) {
            satisfactionRows = new java.util.ArrayList<>();
            satisfaction.publicYear(satisfaction.currentYear()).forEach((party, figures) -> {
                boolean shown = Suppression.count(figures.answered()) != null && figures.index() != null;
                satisfactionRows.add(new PartySatisfaction(Messages.text("Party." + party),
                        shown ? DashboardTables.percent(figures.index()) : Messages.text("results.suppressed", Suppression.THRESHOLD),
                        shown ? DashboardTables.count(figures.answered()) : Messages.text("results.suppressed", Suppression.THRESHOLD)));
            });
        }
        return satisfactionRows;
    }

    public int getThreshold() {
        return Suppression.THRESHOLD;
    }

    /** A published count, or "moins de 5". */
    public String count(Long people) {
        return people == null ? Messages.text("results.suppressed", Suppression.THRESHOLD)
                : DashboardTables.count(people);
    }

    /** A published share, or "moins de 5". */
    public String share(Double share) {
        return share == null ? Messages.text("results.suppressed", Suppression.THRESHOLD)
                : DashboardTables.percent(share);
    }
}
