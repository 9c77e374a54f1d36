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

    private List<PublicYear> years;

    public List<PublicYear> getYears() {
        if (years == null) {
            years = reporting.publicResults();
        }
        return years;
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
