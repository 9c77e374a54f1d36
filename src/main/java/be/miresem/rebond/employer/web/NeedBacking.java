package be.miresem.rebond.employer.web;

import be.miresem.rebond.employer.Candidate;
import be.miresem.rebond.employer.EmployerException;
import be.miresem.rebond.employer.Employers;
import be.miresem.rebond.employer.JobNeed;
import be.miresem.rebond.employer.Proposal;
import be.miresem.rebond.employer.ProposalStatus;
import be.miresem.rebond.shared.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs /espace/employeurs/besoin?id=: a need, the beneficiaries who fit it (ranked, with reasons) to
 * propose, and the proposals with their progress. Officers only.
 */
@Named
@ViewScoped
public class NeedBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Employers employers;

    private Long id;
    private transient JobNeed need;
    private transient Employers.Candidates candidates;

    public void load() {
        need = employers.need(id == null ? -1 : id);
    }

    public String propose(long caseId) {
        try {
            employers.propose(id, caseId);
        } catch (EmployerException e) {
            Messages.error(null, e.key());
            return null;
        }
        Messages.flashInfo("employer.proposed");
        return "/espace/employeurs/besoin?faces-redirect=true&id=" + id;
    }

    /** Moves a proposal to the status and reason chosen in its own row (fields proposal-status-N, proposal-reason-N). */
    public String move(long proposalId) {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        ProposalStatus status;
        try {
            status = ProposalStatus.valueOf(params.getOrDefault("proposal-status-" + proposalId, ""));
        } catch (IllegalArgumentException e) {
            Messages.error(null, "employer.proposal.statusRequired");
            return null;
        }
        try {
            employers.move(proposalId, status, params.get("proposal-reason-" + proposalId));
        } catch (EmployerException e) {
            Messages.error(null, e.key());
            return null;
        }
        Messages.flashInfo("employer.proposal.moved");
        Messages.warnIfSensitive(params.get("proposal-reason-" + proposalId));
        return "/espace/employeurs/besoin?faces-redirect=true&id=" + id;
    }

    public JobNeed getNeed() {
        if (need == null) {
            load();
        }
        return need;
    }

    /** The 50 candidates that fit best (the count says how many fit in all). */
    public List<Employers.Ranked<Candidate>> getCandidates() {
        if (candidates == null) {
            candidates = employers.candidates(id, 50);
        }
        return candidates.first();
    }

    public int getCandidateCount() {
        getCandidates();
        return candidates.total();
    }

    public List<Proposal> getProposals() {
        return employers.proposals(id);
    }

    public String nameOf(Proposal proposal) {
        return employers.nameOfCase(proposal.getCaseFileId());
    }

    /** The steps a proposal can move to (never back to "Proposée"). */
    public List<ProposalStatus> getStatuses() {
        return List.of(ProposalStatus.INTERVIEW, ProposalStatus.HIRED, ProposalStatus.REFUSED);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
