package be.miresem.rebond.casefile.web;

import be.miresem.rebond.casefile.CaseFollowUp;
import be.miresem.rebond.casefile.CaseOutcome;
import be.miresem.rebond.casefile.Situation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
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
    private LocalDate outcomeDate;
    private Situation situation;
    @Size(max = CaseOutcome.EMPLOYER_MAX)
    private String outcomeEmployer;
    private Integer outcomeHours;
    private Integer milestone;

    public String addOutcome() {
        return detail.act(() -> followUp.addOutcome(detail.getId(), outcomeDate, situation, outcomeEmployer,
                outcomeHours, milestone));
    }

    /** Removes a situation recorded by mistake; the follow-up task it answered opens again. */
    public String removeOutcome(long outcomeId) {
        return detail.act(() -> followUp.removeOutcome(outcomeId));
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

    public LocalDate getOutcomeDate() {
        return outcomeDate;
    }

    public void setOutcomeDate(LocalDate outcomeDate) {
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

    public Integer getOutcomeHours() {
        return outcomeHours;
    }

    public void setOutcomeHours(Integer outcomeHours) {
        this.outcomeHours = outcomeHours;
    }

    public Integer getMilestone() {
        return milestone;
    }

    public void setMilestone(Integer milestone) {
        this.milestone = milestone;
    }
}
