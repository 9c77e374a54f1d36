package be.miresem.rebond.casefile.web;

import be.miresem.rebond.casefile.CaseFollowUp;
import be.miresem.rebond.casefile.CaseOutcome;
import be.miresem.rebond.casefile.Situation;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** Backs the case page's situations: the list, and a situation observed (at a 3, 6 or 12-month follow-up or not). */
@Named
@RequestScoped
public class CaseOutcomeBacking {

    @Inject
    private CaseDetailBacking detail;

    @Inject
    private CaseFollowUp followUp;

    private List<CaseOutcome> outcomes;
    private String outcomeDate;
    private Situation situation;
    private String outcomeEmployer;
    private String outcomeHours;
    private String milestone;

    public String addOutcome() {
        LocalDate on = ReferralBacking.date("outcomeDate", outcomeDate);
        Integer hours;
        Integer followUpMonths;
        try {
            hours = optionalWhole(outcomeHours);
        } catch (NumberFormatException e) {
            Messages.error("outcomeHours", "casefile.hours");
            return null;
        }
        try {
            followUpMonths = optionalWhole(milestone);
        } catch (NumberFormatException e) {
            Messages.error("milestone", "casefile.milestone.invalid");
            return null;
        }
        if (on == null) {
            return null;
        }
        return detail.act(() -> followUp.addOutcome(detail.getId(), on, situation, outcomeEmployer, hours, followUpMonths));
    }

    /** A whole number typed in a field, or null when it is empty. */
    private static Integer optionalWhole(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    /** Read once per request (the page asks several times). */
    public List<CaseOutcome> getOutcomes() {
        if (outcomes == null) {
            outcomes = followUp.outcomes(detail.getId());
        }
        return outcomes;
    }

    public Situation[] getSituations() {
        return Situation.values();
    }

    public String getOutcomeDate() {
        return outcomeDate;
    }

    public void setOutcomeDate(String outcomeDate) {
        this.outcomeDate = outcomeDate;
    }

    public Situation getSituation() {
        return situation;
    }

    public void setSituation(Situation situation) {
        this.situation = situation;
    }

    public String getOutcomeEmployer() {
        return outcomeEmployer;
    }

    public void setOutcomeEmployer(String outcomeEmployer) {
        this.outcomeEmployer = outcomeEmployer;
    }

    public String getOutcomeHours() {
        return outcomeHours;
    }

    public void setOutcomeHours(String outcomeHours) {
        this.outcomeHours = outcomeHours;
    }

    public String getMilestone() {
        return milestone;
    }

    public void setMilestone(String milestone) {
        this.milestone = milestone;
    }
}
