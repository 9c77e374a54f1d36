package be.miresem.rebond.employer;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.casefile.CaseStatus;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.persistence.Persistence;
import be.miresem.rebond.shared.security.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Employers, their job needs, matching and proposals. Officers only, except what a partner may see of the
 * proposals about their own CPAS's beneficiaries (including the employer's contact details, then).
 */
@ApplicationScoped
@Transactional
public class Employers {

    /** A ranked match: who or what, with the score and the reasons. */
    public record Ranked<T>(T item, MatchScorer.Match match) {
    }

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private CaseFiles cases;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Employer> employers() {
        currentUser.requireOfficer();
        return em.createNamedQuery("Employer.findAll", Employer.class).getResultList();
    }

    public Employer create(@Valid Employer employer) {
        currentUser.requireOfficer();
        employer.tidy();
        em.persist(employer);
        em.flush();
        audit.record("employer.create", "Employer#" + employer.getId(), employer.getName());
        return employer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Employer employer(long id) {
        currentUser.requireOfficer();
        Employer employer = em.find(Employer.class, id);
        if (employer == null) {
            throw new NotFoundException("employer " + id);
        }
        return employer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JobNeed> needs(long employerId) {
        return em.createNamedQuery("JobNeed.findByEmployer", JobNeed.class).setParameter("employer", employer(employerId))
                .getResultList();
    }

    public JobNeed addNeed(long employerId, @Valid JobNeed need) {
        Employer employer = employer(employerId);
        need.openFor(employer);
        em.persist(need);
        em.flush();
        audit.record("need.create", "JobNeed#" + need.getId(), need.getTitle());
        return need;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public JobNeed need(long id) {
        currentUser.requireOfficer();
        JobNeed need = em.find(JobNeed.class, id);
        if (need == null) {
            throw new NotFoundException("need " + id);
        }
        return need;
    }

    /** The followed beneficiaries who fit a need, best first, with the reasons. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Ranked<Candidate>> candidates(long needId) {
        JobNeed need = need(needId);
        MatchScorer.Need wanted = need.asNeed();
        List<Ranked<Candidate>> ranked = new ArrayList<>();
        for (Candidate candidate : em.createQuery("select new be.miresem.rebond.employer.Candidate(c.id, b.firstName, "
                        + "b.lastName, p.name, b.commune, c.sector, c.jobFunction, b.skills, b.drivingLicence) "
                        + "from CaseFile c join c.beneficiary b join c.cpas p "
                        + "where c.status <> :closed and b.anonymisedOn is null", Candidate.class)
                .setParameter("closed", CaseStatus.CLOSED).getResultList()) {
            MatchScorer.score(wanted, candidate.profile()).ifPresent(m -> ranked.add(new Ranked<>(candidate, m)));
        }
        ranked.sort(Comparator.comparing((Ranked<Candidate> r) -> -r.match().score())
                .thenComparing(r -> r.item().getName()));
        return ranked;
    }

    /** The open needs that fit one beneficiary, best first. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Ranked<JobNeed>> needsFor(long caseId) {
        currentUser.requireOfficer();
        Candidate candidate = em.createQuery("select new be.miresem.rebond.employer.Candidate(c.id, b.firstName, "
                        + "b.lastName, p.name, b.commune, c.sector, c.jobFunction, b.skills, b.drivingLicence) "
                        + "from CaseFile c join c.beneficiary b join c.cpas p where c.id = :id", Candidate.class)
                .setParameter("id", caseId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("case " + caseId));
        List<Ranked<JobNeed>> ranked = new ArrayList<>();
        for (JobNeed need : em.createNamedQuery("JobNeed.findOpen", JobNeed.class).getResultList()) {
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
            em.persist(proposal);
            em.flush();
        } catch (PersistenceException alreadyProposed) {
            throw new EmployerException("employer.proposal.duplicate");
        }
        cases.addEntry(caseId, cases.today(), be.miresem.rebond.casefile.JournalEntryType.OFFER_SENT,
                need.getTitle() + " — " + need.getEmployer().getName());
        audit.record("proposal.create", "Proposal#" + proposal.getId(), need.getTitle());
        return proposal;
    }

    /** Moves a proposal; a refusal needs a reason; a hire records the outcome and fills the need. Officers only. */
    public void move(long proposalId, ProposalStatus status, String reason) {
        currentUser.requireOfficer();
        Proposal proposal = em.find(Proposal.class, proposalId);
        if (proposal == null) {
            throw new NotFoundException("proposal " + proposalId);
        }
        if (proposal.isClosed() || status == proposal.getStatus()) {
            throw new EmployerException("employer.proposal.closed");
        }
        if (status == ProposalStatus.REFUSED && (reason == null || reason.isBlank())) {
            throw new EmployerException("employer.proposal.reasonRequired");
        }
        proposal.moveTo(status, reason);
        JobNeed need = proposal.getNeed();
        if (status == ProposalStatus.HIRED) {
            need.hiredOne();
            cases.addOutcome(proposal.getCaseFileId(), cases.today(), need.getContractType().situation(),
                    need.getEmployer().getName(), need.getHoursPerWeek());
        }
        audit.record("proposal.move", "Proposal#" + proposalId, status.name());
    }

    /** A need's proposals with the beneficiaries' names. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Proposal> proposals(long needId) {
        return em.createNamedQuery("Proposal.findByNeed", Proposal.class).setParameter("need", need(needId)).getResultList();
    }

    /** A case's proposals: for the officer, or the agent of the case's CPAS (404 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Proposal> proposalsOfCase(long caseId) {
        cases.nameOf(caseId); // 404 unless the caller may see the case
        return em.createNamedQuery("Proposal.findByCase", Proposal.class).setParameter("case", caseId).getResultList();
    }

    public String nameOfCase(long caseId) {
        return cases.nameOf(caseId);
    }
}
