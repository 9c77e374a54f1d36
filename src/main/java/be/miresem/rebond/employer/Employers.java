package be.miresem.rebond.employer;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.casefile.JobOnCase;
import be.miresem.rebond.survey.Hired;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.text.StoredText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Employers, their job needs, matching and proposals. Officers only, except what a partner may see of the
 * proposals about their own CPAS's beneficiaries (including the employer's contact details, then).
 */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class Employers {

    /** A ranked match: who or what, with the score and the reasons. */
    public record Ranked<T>(T item, MatchScorer.Match match) {
    }

    @Inject
    private EmployerRepository repository;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private CaseFiles cases;

    @Inject
    private Event<JobOnCase> onCase;

    @Inject
    private jakarta.enterprise.event.Event<Hired> hired;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Employer> employers() {
        currentUser.requireOfficer();
        return repository.findAll();
    }

    public Employer create(@Valid Employer employer) {
        currentUser.requireOfficer();
        employer.tidy();
        repository.insert(employer);
        audit.record("employer.create", "Employer#" + employer.getId(), employer.getName());
        return employer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Employer employer(long id) {
        currentUser.requireOfficer();
        return repository.findById(id).orElseThrow(() -> new NotFoundException("employer " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JobNeed> needs(long employerId) {
        return repository.findNeeds(employer(employerId));
    }

    public JobNeed addNeed(long employerId, @Valid JobNeed need) {
        Employer employer = employer(employerId);
        need.openFor(employer);
        repository.insert(need);
        audit.record("need.create", "JobNeed#" + need.getId(), need.getTitle());
        return need;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public JobNeed need(long id) {
        currentUser.requireOfficer();
        return repository.findNeed(id).orElseThrow(() -> new NotFoundException("need " + id));
    }

    /** The first candidates for a need, and how many fit in all. */
    public record Candidates(List<Ranked<Candidate>> first, int total) {
    }

    /**
     * The beneficiaries still looking for work who fit a need, best first, with the reasons — the first {@code max}
     * of them, each written in its case's access log (those not shown are not) —; those already put forward for it are
     * in its proposals instead.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Candidates candidates(long needId, int max) {
        JobNeed need = need(needId);
        MatchScorer.Need wanted = need.asNeed();
        Set<Long> proposed = repository.findProposals(need).stream().map(Proposal::getCaseFileId)
                .collect(Collectors.toSet());
        List<Ranked<Candidate>> ranked = new ArrayList<>();
        for (Candidate candidate : cases.followedProfiles().stream().map(Candidate::of)
                .filter(c -> !proposed.contains(c.caseId())).toList()) {
            MatchScorer.score(wanted, candidate.profile()).ifPresent(m -> ranked.add(new Ranked<>(candidate, m)));
        }
        ranked.sort(Comparator.comparing((Ranked<Candidate> r) -> -r.match().score())
                .thenComparing(r -> r.item().getName()));
        List<Ranked<Candidate>> first = List.copyOf(ranked.subList(0, Math.min(max, ranked.size())));
        cases.recordShown(first.stream().map(r -> r.item().caseId()).toList(), "candidats d’une offre d’emploi");
        return new Candidates(first, ranked.size());
    }

    /** The open needs that fit one beneficiary, best first. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Ranked<JobNeed>> needsFor(long caseId) {
        currentUser.requireOfficer();
        Candidate candidate = Candidate.of(cases.profileOf(caseId));
        List<Ranked<JobNeed>> ranked = new ArrayList<>();
        for (JobNeed need : repository.findOpenNeeds()) {
            MatchScorer.score(need.asNeed(), candidate.profile()).ifPresent(m -> ranked.add(new Ranked<>(need, m)));
        }
        ranked.sort(Comparator.comparing((Ranked<JobNeed> r) -> -r.match().score()).thenComparing(r -> r.item().getTitle()));
        return ranked;
    }

    /** Puts a beneficiary forward for a need (once). Officers only. */
    public Proposal propose(long needId, long caseId) {
        JobNeed need = need(needId);
        long cpasId = cases.cpasIdOf(caseId);
        Proposal proposal = new Proposal(need, caseId, cpasId);
        try {
            repository.insert(proposal);
        } catch (PersistenceException alreadyProposed) {
            throw new EmployerException("employer.proposal.duplicate");
        }
        onCase.fire(JobOnCase.step(caseId, JobOnCase.What.PROPOSED, cases.today(), need.getTitle(),
                need.getEmployer().getName(), null));
        audit.record("proposal.create", "Proposal#" + proposal.getId(), need.getTitle());
        return proposal;
    }

    /**
     * Moves a proposal to its next step, written in the case's journal; a refusal needs a reason; a hire fills one
     * opening of the need and moves the case to "En emploi" (see {@link JobOnCase}). Officers only.
     */
    public void move(long proposalId, ProposalStatus status, String reason) {
        currentUser.requireOfficer();
        Proposal proposal = repository.findProposal(proposalId)
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        if (proposal.isClosed() || status == proposal.getStatus() || status == ProposalStatus.PROPOSED) {
            throw new EmployerException("employer.proposal.closed");
        }
        if (status == ProposalStatus.REFUSED && (reason == null || reason.isBlank())) {
            throw new EmployerException("employer.proposal.reasonRequired");
        }
        proposal.moveTo(status, reason);
        JobNeed need = proposal.getNeed();
        String title = need.getTitle();
        String employer = need.getEmployer().getName();
        long caseId = proposal.getCaseFileId();
        onCase.fire(switch (status) {
            case HIRED -> {
                need.hiredOne();
                Employer hiring = need.getEmployer();
                hired.fire(new Hired(proposalId, hiring.getName(), hiring.getContactName(), hiring.getContactEmail(),
                        cases.today()));
                yield new JobOnCase(caseId, JobOnCase.What.HIRED, cases.today(), title, employer,
                        need.getContractType().situation(), need.getHoursPerWeek(), null);
            }
            case INTERVIEW -> JobOnCase.step(caseId, JobOnCase.What.INTERVIEW, cases.today(), title, employer, null);
            case REFUSED -> JobOnCase.step(caseId, JobOnCase.What.REFUSED, cases.today(), title, employer, reason.strip());
            case PROPOSED -> throw new IllegalStateException("a proposal does not go back");
        });
        audit.record("proposal.move", "Proposal#" + proposalId, StoredText.of("audit.details.step", title, employer,
                StoredText.label("ProposalStatus." + status)));
    }

    /** Proposals waiting for an employer's answer, oldest change first. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Proposal> waitingProposals() {
        currentUser.requireOfficer();
        return repository.findWaitingProposals();
    }

    /** A need's proposals with the beneficiaries' names. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Proposal> proposals(long needId) {
        return repository.findProposals(need(needId));
    }

    /** A case's proposals: for the officer, or the agent of the case's CPAS (404 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Proposal> proposalsOfCase(long caseId) {
        cases.nameOf(caseId); // 404 unless the caller may see the case
        return repository.findProposalsOfCase(caseId);
    }

    public String nameOfCase(long caseId) {
        return cases.nameOf(caseId);
    }
}
