package be.miresem.rebond.casefile;

import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Case files as stored, with what hangs from them: the beneficiary, the journal, the tasks, the observed
 * situations and the access log. Who may see what is the services' concern; a query here takes the CPAS to
 * limit itself to (null: every CPAS).
 */
@ApplicationScoped
public class CaseFileRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    public Optional<CaseFile> findById(long id) {
        return Optional.ofNullable(em.find(CaseFile.class, id));
    }

    /** Stores a new beneficiary and their case at once (the case's id is known on return). */
    public void insert(Beneficiary beneficiary, CaseFile caseFile) {
        em.persist(beneficiary);
        em.persist(caseFile);
        em.flush();
    }

    public long countAll() {
        return em.createQuery("select count(c) from CaseFile c", Long.class).getSingleResult();
    }

    /** One page of the cases by name, optionally of one CPAS, of one status and whose names begin so. */
    public List<CaseFile> page(Cpas cpas, CaseStatus status, String name, int first, int max) {
        TypedQuery<CaseFile> query = em.createQuery("select c from CaseFile c join fetch c.beneficiary b join fetch c.cpas "
                + where(cpas, status, name) + " order by b.lastName, b.firstName, c.id", CaseFile.class);
        bind(query, cpas, status, name);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many cases {@link #page} has in all. */
    public long count(Cpas cpas, CaseStatus status, String name) {
        TypedQuery<Long> query = em.createQuery("select count(c) from CaseFile c join c.beneficiary b "
                + where(cpas, status, name), Long.class);
        bind(query, cpas, status, name);
        return query.getSingleResult();
    }

    /** Closed cases whose beneficiary still has personal data, closed on or before that day. */
    public List<CaseFile> findClosedNotAnonymisedBy(LocalDate latestClosing) {
        return em.createQuery("select c from CaseFile c join fetch c.beneficiary b where c.status = :closed "
                        + "and c.closedOn <= :latest and b.anonymisedOn is null", CaseFile.class)
                .setParameter("closed", CaseStatus.CLOSED).setParameter("latest", latestClosing).getResultList();
    }

    /** The open cases of a CPAS as select options (a projection: no entities). */
    public List<CaseChoice> findOpenChoices(long cpasId, int max) {
        return em.createNamedQuery("CaseFile.openChoicesForCpas", CaseChoice.class).setParameter("cpas", cpasId)
                .setParameter("closed", CaseStatus.CLOSED).setMaxResults(max).getResultList();
    }

    /** The beneficiaries of the cases not closed whose data are not anonymised, as matching sees them. */
    public List<FollowedProfile> findFollowedProfiles() {
        return em.createQuery("select new be.miresem.rebond.casefile.FollowedProfile(c.id, b.firstName, "
                        + "b.lastName, p.name, b.commune, c.sector, c.jobFunction, b.skills, b.drivingLicence) "
                        + "from CaseFile c join c.beneficiary b join c.cpas p "
                        + "where c.status <> :closed and b.anonymisedOn is null", FollowedProfile.class)
                .setParameter("closed", CaseStatus.CLOSED).getResultList();
    }

    // ---- journal, tasks, situations, access log ----

    public List<JournalEntry> findJournal(long caseId) {
        return em.createNamedQuery("JournalEntry.findByCase", JournalEntry.class).setParameter("case", caseId)
                .getResultList();
    }

    public void add(JournalEntry entry) {
        em.persist(entry);
    }

    public List<CaseTask> findTasks(long caseId) {
        return em.createNamedQuery("CaseTask.findByCase", CaseTask.class).setParameter("case", caseId).getResultList();
    }

    public Optional<CaseTask> findTask(long taskId) {
        return Optional.ofNullable(em.find(CaseTask.class, taskId));
    }

    public void add(CaseTask task) {
        em.persist(task);
    }

    /** Open tasks due by that day, of one CPAS (null: all). */
    public List<CaseTask> findOpenTasksDueBy(LocalDate until, Long cpasId) {
        return cpasId == null
                ? em.createNamedQuery("CaseTask.findOpenDueBy", CaseTask.class).setParameter("until", until).getResultList()
                : em.createNamedQuery("CaseTask.findOpenDueByForCpas", CaseTask.class).setParameter("until", until)
                        .setParameter("cpas", cpasId).getResultList();
    }

    public List<CaseOutcome> findOutcomes(long caseId) {
        return em.createNamedQuery("CaseOutcome.findByCase", CaseOutcome.class).setParameter("case", caseId)
                .getResultList();
    }

    /** Stores a situation at once (the case's follow-ups are computed from the stored ones right after). */
    public void add(CaseOutcome outcome) {
        em.persist(outcome);
        em.flush();
    }

    public List<CaseAccess> findAccessLog(long caseId) {
        return em.createNamedQuery("CaseAccess.findByCase", CaseAccess.class).setParameter("case", caseId)
                .getResultList();
    }

    public void add(CaseAccess access) {
        em.persist(access);
    }

    private static String where(Cpas cpas, CaseStatus status, String name) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        if (cpas != null) {
            where.append(" and c.cpas = :cpas");
        }
        if (status != null) {
            where.append(" and c.status = :status");
        }
        if (name != null && !name.isBlank()) {
            where.append(" and (lower(b.lastName) like :name or lower(b.firstName) like :name)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Cpas cpas, CaseStatus status, String name) {
        if (cpas != null) {
            query.setParameter("cpas", cpas);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (name != null && !name.isBlank()) {
            String escaped = name.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
            query.setParameter("name", escaped + "%");
        }
    }
}
