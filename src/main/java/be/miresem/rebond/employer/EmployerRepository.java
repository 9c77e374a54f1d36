package be.miresem.rebond.employer;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Employers, their hiring needs and the proposals of beneficiaries as stored. {@link #insert} writes at once, so
 * that a unique constraint answers inside the caller's transaction (a proposal made twice).
 */
@ApplicationScoped
public class EmployerRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    public List<Employer> findAll() {
        return em.createNamedQuery("Employer.findAll", Employer.class).getResultList();
    }

    public Optional<Employer> findById(long id) {
        return Optional.ofNullable(em.find(Employer.class, id));
    }

    public Optional<JobNeed> findNeed(long id) {
        return Optional.ofNullable(em.find(JobNeed.class, id));
    }

    public List<JobNeed> findNeeds(Employer employer) {
        return em.createNamedQuery("JobNeed.findByEmployer", JobNeed.class).setParameter("employer", employer)
                .getResultList();
    }

    public List<JobNeed> findOpenNeeds() {
        return em.createNamedQuery("JobNeed.findOpen", JobNeed.class).getResultList();
    }

    public Optional<Proposal> findProposal(long id) {
        return Optional.ofNullable(em.find(Proposal.class, id));
    }

    public List<Proposal> findProposals(JobNeed need) {
        return em.createNamedQuery("Proposal.findByNeed", Proposal.class).setParameter("need", need).getResultList();
    }

    public List<Proposal> findProposalsOfCase(long caseId) {
        return em.createNamedQuery("Proposal.findByCase", Proposal.class).setParameter("case", caseId).getResultList();
    }

    /** Stores a new employer at once (its id is known on return). */
    /** Proposals waiting for the employer's answer (proposed or at interview), oldest first. */
    public List<Proposal> findWaitingProposals() {
        return em.createQuery("select p from Proposal p join fetch p.need n join fetch n.employer where p.status in "
                + ":waiting order by p.updatedAt, p.id", Proposal.class)
                .setParameter("waiting", List.of(ProposalStatus.PROPOSED, ProposalStatus.INTERVIEW)).getResultList();
    }

    public void insert(Employer employer) {
        em.persist(employer);
        em.flush();
    }

    /** Stores a new need at once (its id is known on return). */
    public void insert(JobNeed need) {
        em.persist(need);
        em.flush();
    }

    /** Stores a new proposal at once: a {@code PersistenceException} if this case was already proposed for the need. */
    public void insert(Proposal proposal) {
        em.persist(proposal);
        em.flush();
    }
}
