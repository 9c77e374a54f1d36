package be.miresem.rebond.employer.web;

import be.miresem.rebond.employer.EmployerException;
import be.miresem.rebond.employer.Employers;
import be.miresem.rebond.employer.JobNeed;
import be.miresem.rebond.employer.Proposal;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The employer side of a case page (/espace/dossiers/dossier): its proposals (the agent of the case's CPAS
 * sees them with the employer's contact) and, for the officer, the open needs that fit, to propose.
 */
@Named
@RequestScoped
public class CaseMatchBacking {

    @Inject
    private Employers employers;

    // Pages ask each list several times (rendered, value): read once per request.
    private final Map<Long, List<Proposal>> proposals = new HashMap<>();
    private final Map<Long, List<Employers.Ranked<JobNeed>>> needs = new HashMap<>();

    public List<Proposal> proposals(long caseId) {
        return proposals.computeIfAbsent(caseId, employers::proposalsOfCase);
    }

    public List<Employers.Ranked<JobNeed>> needs(long caseId) {
        return needs.computeIfAbsent(caseId, employers::needsFor);
    }

    public String propose(long needId, long caseId) {
        try {
            employers.propose(needId, caseId);
        } catch (EmployerException e) {
            Messages.error(null, e.key());
            return null;
        }
        Messages.flashInfo("employer.proposed");
        return "/espace/dossiers/dossier?faces-redirect=true&id=" + caseId;
    }
}
