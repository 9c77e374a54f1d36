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

    /** One page of the cases the filter selects, of one CPAS unless null, by name or by next deadline. */
    public List<CaseFile> page(Cpas cpas, CaseFilter filter, LocalDate today, int first, int max) {
        TypedQuery<CaseFile> query = em.createQuery("select c from CaseFile c join fetch c.beneficiary b join fetch c.cpas "
                + where(cpas, filter) + (filter.byDeadline()
                        ? " order by c.nextDueOn, b.lastName, b.firstName, c.id"
                        : " order by b.lastName, b.firstName, c.id"), CaseFile.class);
        bind(query, cpas, filter, today);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many cases {@link #page} has in all. */
    public long count(Cpas cpas, CaseFilter filter, LocalDate today) {
        TypedQuery<Long> query = em.createQuery("select count(c) from CaseFile c join c.beneficiary b "
                + where(cpas, filter), Long.class);
        bind(query, cpas, filter, today);
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

    /**
     * The beneficiaries still looking for work, as matching sees them: cases neither closed nor "En emploi", whose
     * data are not anonymised.
     */
    public List<FollowedProfile> findFollowedProfiles() {
        return em.createQuery("select new be.miresem.rebond.casefile.FollowedProfile(c.id, b.firstName, "
                        + "b.lastName, p.name, b.commune, c.sector, c.jobFunction, b.skills, b.drivingLicence) "
                        + "from CaseFile c join c.beneficiary b join c.cpas p "
                        + "where c.status not in :done and b.anonymisedOn is null", FollowedProfile.class)
                .setParameter("done", List.of(CaseStatus.CLOSED, CaseStatus.EMPLOYED)).getResultList();
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

    /** Open tasks due on exactly this day, of every CPAS: the daily round's notices. */
    public List<CaseTask> findOpenTasksDueOn(LocalDate day) {
        return em.createQuery("select t from CaseTask t where t.dueOn = :day and t.doneOn is null order by t.id",
                CaseTask.class).setParameter("day", day).getResultList();
    }

    public Optional<CaseOutcome> findOutcome(long id) {
        return Optional.ofNullable(em.find(CaseOutcome.class, id));
    }

    public void remove(CaseOutcome outcome) {
        em.remove(outcome);
        em.flush();
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

    private static String where(Cpas cpas, CaseFilter filter) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        if (cpas != null) {
            where.append(" and c.cpas = :cpas");
        }
        if (filter.status() != null) {
            where.append(" and c.status = :status");
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            where.append(" and (lower(b.lastName) like :name or lower(b.firstName) like :name)");
        }
        if (filter.todoOnly()) {
            where.append(" and (c.proposalsOpen > 0 or c.nextDueOn <= :today)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Cpas cpas, CaseFilter filter, LocalDate today) {
        if (cpas != null) {
            query.setParameter("cpas", cpas);
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            String escaped = filter.name().strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "")
                    .replace("_", "");
            query.setParameter("name", escaped + "%");
        }
        if (filter.todoOnly()) {
            query.setParameter("today", today);
        }
    }

    /** Id, CPAS id, CPAS name and contract end of the cases not anonymised whose contract ended in [from, to]. */
    public List<Object[]> findEndedBetween(LocalDate from, LocalDate to) {
        return em.createQuery("select c.id, c.cpas.id, c.cpas.name, coalesce(c.contractActualEnd, c.contractPlannedEnd), "
                + "c.beneficiary.firstName, c.beneficiary.email, c.beneficiary.surveyByEmail "
                + "from CaseFile c where coalesce(c.contractActualEnd, c.contractPlannedEnd) between :from and :to "
                + "and c.beneficiary.anonymisedOn is null order by c.id", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }
}
