package be.miresem.rebond.casefile;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.persistence.Persistence;
import be.miresem.rebond.shared.security.AccessDeniedException;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.time.ClockProducer;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Case files of referred beneficiaries. Every method checks the caller on the server: the officer sees every
 * case, an insertion agent only those of their own CPAS (another CPAS's case is a 404, never a 403, so its
 * existence does not leak). Every read of a case page, every change and every export is written to the
 * case's access log in the same transaction.
 */
@ApplicationScoped
@Transactional
public class CaseFiles {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private CaseRetention retention;

    @Inject
    private be.miresem.rebond.account.AccountService accounts;

    /**
     * An insertion agent refers a beneficiary of their CPAS: the beneficiary, the case file ("Orienté") and
     * its automatic tasks are stored together.
     *
     * @throws CaseFileException when the dates do not hold together
     */
    public CaseFile refer(@Valid Beneficiary beneficiary, @Valid CaseFile caseFile) {
        Cpas cpas = currentUser.getCpas();
        if (cpas == null) {
            throw new AccessDeniedException("Only insertion agents refer beneficiaries of their CPAS");
        }
        LocalDate today = today();
        if (!caseFile.getContractPlannedEnd().isAfter(caseFile.getContractStart())) {
            throw new CaseFileException("contractPlannedEnd", "casefile.contract.endBeforeStart");
        }
        if (beneficiary.getConsentOn().isAfter(today)) {
            throw new CaseFileException("consentOn", "casefile.consent.future");
        }
        beneficiary.referredBy(cpas, currentUser.getEmail());
        em.persist(beneficiary);
        List<String> officers = accounts.activeOfficerEmails();
        caseFile.open(beneficiary, officers.size() == 1 ? officers.get(0) : null);
        em.persist(caseFile);
        em.flush();
        planTasks(caseFile);
        log(caseFile, CaseAccess.Action.CHANGE, "orientation");
        audit.record("case.refer", "CaseFile#" + caseFile.getId(), cpas.getName());
        return caseFile;
    }

    /** The caller's cases: all for the officer, their CPAS's for an agent; optionally one status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseFile> list(CaseStatus status) {
        return page(status, null, 0, Integer.MAX_VALUE);
    }

    /**
     * One page of the caller's cases, by name, optionally filtered by status and by a name prefix typed in the
     * search box. Counting and paging happen in the database, so the list stays fast on thousands of cases.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseFile> page(CaseStatus status, String name, int first, int max) {
        var query = em.createQuery("select c from CaseFile c join fetch c.beneficiary b join fetch c.cpas "
                + where(status, name) + " order by b.lastName, b.firstName, c.id", CaseFile.class);
        bind(query, status, name);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many cases {@link #page} has in all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(CaseStatus status, String name) {
        var query = em.createQuery("select count(c) from CaseFile c join c.beneficiary b " + where(status, name), Long.class);
        bind(query, status, name);
        return query.getSingleResult();
    }

    private String where(CaseStatus status, String name) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        if (!currentUser.isOfficer()) {
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

    private void bind(jakarta.persistence.TypedQuery<?> query, CaseStatus status, String name) {
        if (!currentUser.isOfficer()) {
            query.setParameter("cpas", requireCpas());
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (name != null && !name.isBlank()) {
            String escaped = name.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
            query.setParameter("name", escaped + "%");
        }
    }

    /** Opens a case page: the case, if the caller may see it (else 404), and a READ line in its access log. */
    public CaseFile open(long id) {
        CaseFile caseFile = visible(id);
        log(caseFile, CaseAccess.Action.READ, null);
        return caseFile;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JournalEntry> journal(long id) {
        visible(id);
        return em.createNamedQuery("JournalEntry.findByCase", JournalEntry.class).setParameter("case", id).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseTask> tasks(long id) {
        visible(id);
        return em.createNamedQuery("CaseTask.findByCase", CaseTask.class).setParameter("case", id).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseOutcome> outcomes(long id) {
        visible(id);
        return em.createNamedQuery("CaseOutcome.findByCase", CaseOutcome.class).setParameter("case", id).getResultList();
    }

    /** Whether the case is a boomerang by {@link Boomerang}'s rule. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isBoomerang(long id) {
        CaseFile caseFile = visible(id);
        return Boomerang.isBoomerang(caseFile.getContractActualEnd(),
                outcomes(id).stream().map(CaseOutcome::observation).toList());
    }

    /** The access log of a case. Officers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseAccess> accessLog(long id) {
        requireOfficerElseNotFound(id);
        visible(id);
        return em.createNamedQuery("CaseAccess.findByCase", CaseAccess.class).setParameter("case", id).getResultList();
    }

    /** Moves a case to another status; closing needs a reason. */
    public void moveTo(long id, CaseStatus status, String reason) {
        CaseFile caseFile = visible(id);
        if (status == CaseStatus.CLOSED && (reason == null || reason.isBlank())) {
            throw new CaseFileException("closingReason", "casefile.closingReason.required");
        }
        if (status == caseFile.getStatus()) {
            return;
        }
        CaseStatus from = caseFile.getStatus();
        caseFile.moveTo(status, reason, today());
        addSystemEntry(caseFile, Messages.text("casefile.journal.status", Messages.text("CaseStatus." + from),
                Messages.text("CaseStatus." + status)) + (status == CaseStatus.CLOSED ? " — " + reason.strip() : ""));
        log(caseFile, CaseAccess.Action.CHANGE, "statut " + status);
    }

    /** Corrects the beneficiary's contact data and profile (not the names nor the consent record). */
    public void updateProfile(long id, @Valid Beneficiary form) {
        CaseFile caseFile = visible(id);
        if (caseFile.getBeneficiary().isAnonymised()) {
            throw new CaseFileException(null, "casefile.profile.anonymised");
        }
        caseFile.getBeneficiary().copyProfile(form);
        log(caseFile, CaseAccess.Action.CHANGE, "coordonnées et profil");
    }

    /** Assigns the Miresem officer who follows the case. Officers only. */
    public void assign(long id, String officerEmail) {
        currentUser.requireOfficer();
        CaseFile caseFile = visible(id);
        if (officerEmail != null && !accounts.activeOfficerEmails().contains(officerEmail)) {
            throw new CaseFileException("officerEmail", "casefile.officer.invalid");
        }
        caseFile.assign(officerEmail);
        log(caseFile, CaseAccess.Action.CHANGE, "suivi par " + officerEmail);
    }

    /** The officers a case can be assigned to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> officers() {
        currentUser.requireOfficer();
        return accounts.activeOfficerEmails();
    }

    /** Records the actual end of the contract; the follow-up tasks move with it. */
    public void setActualEnd(long id, LocalDate end) {
        CaseFile caseFile = visible(id);
        if (end != null && end.isBefore(caseFile.getContractStart())) {
            throw new CaseFileException("actualEnd", "casefile.contract.actualEndBeforeStart");
        }
        caseFile.setContractActualEnd(end);
        caseFile.followUps(outcomes(caseFile.getId()));
        planTasks(caseFile);
        log(caseFile, CaseAccess.Action.CHANGE, "fin réelle " + end);
    }

    public void addEntry(long id, LocalDate on, JournalEntryType type, String note) {
        CaseFile caseFile = visible(id);
        if (note == null || note.isBlank()) {
            throw new CaseFileException("entryNote", "casefile.entry.noteRequired");
        }
        if (note.strip().length() > JournalEntry.NOTE_MAX) {
            throw new CaseFileException("entryNote", "casefile.entry.noteTooLong");
        }
        em.persist(new JournalEntry(caseFile.getId(), on == null ? today() : on, type == null ? JournalEntryType.OTHER : type,
                note.strip(), currentUser.getEmail()));
        log(caseFile, CaseAccess.Action.CHANGE, "journal");
    }

    public void addTask(long id, String title, LocalDate due) {
        CaseFile caseFile = visible(id);
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new CaseFileException("taskTitle", "casefile.task.titleRequired");
        }
        if (due == null) {
            throw new CaseFileException("taskDue", "casefile.date.invalid");
        }
        em.persist(new CaseTask(caseFile.getId(), caseFile.getCpas().getId(), TaskKind.MANUAL, title.strip(), due));
        log(caseFile, CaseAccess.Action.CHANGE, "tâche");
    }

    public void completeTask(long taskId) {
        CaseTask task = em.find(CaseTask.class, taskId);
        if (task == null) {
            throw new NotFoundException("task " + taskId);
        }
        CaseFile caseFile = visible(task.getCaseFileId());
        task.done(today());
        log(caseFile, CaseAccess.Action.CHANGE, "tâche faite : " + task.getTitle());
    }

    public void addOutcome(long id, LocalDate on, Situation situation, String employer, Integer hours) {
        addOutcome(id, on, situation, employer, hours, null);
    }

    /**
     * Records an observed situation. {@code milestone} says which follow-up it answers: 3, 6 or 12 (months
     * after the contract), 0 for none, or null to take it from the date ({@link Milestones#of}).
     */
    public void addOutcome(long id, LocalDate on, Situation situation, String employer, Integer hours, Integer milestone) {
        CaseFile caseFile = visible(id);
        if (milestone != null && milestone != 0 && !Milestones.MONTHS.contains(milestone)) {
            throw new CaseFileException("milestone", "casefile.milestone.invalid");
        }
        if (on == null) {
            throw new CaseFileException("outcomeDate", "casefile.date.invalid");
        }
        if (situation == null) {
            throw new CaseFileException("situation", "casefile.situation.required");
        }
        if (hours != null && (hours < 1 || hours > 50)) {
            throw new CaseFileException("outcomeHours", "casefile.hours");
        }
        Integer answered = milestone == null ? Milestones.of(caseFile.getContractEnd(), on) : milestone == 0 ? null : milestone;
        em.persist(new CaseOutcome(caseFile.getId(), on, situation,
                employer == null || employer.isBlank() ? null : employer.strip(), hours, answered, currentUser.getEmail()));
        em.flush();
        caseFile.followUps(outcomes(caseFile.getId()));
        log(caseFile, CaseAccess.Action.CHANGE, "situation " + situation);
    }

    /** Open tasks due within two weeks, overdue ones included: the home pages' "to do". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseTask> dueSoon() {
        if (!currentUser.isSignedIn()) {
            throw new AccessDeniedException("Signed-in users only");
        }
        LocalDate until = today().plusWeeks(2);
        return currentUser.isOfficer()
                ? em.createNamedQuery("CaseTask.findOpenDueBy", CaseTask.class).setParameter("until", until).getResultList()
                : em.createNamedQuery("CaseTask.findOpenDueByForCpas", CaseTask.class).setParameter("until", until)
                        .setParameter("cpas", requireCpas().getId()).getResultList();
    }

    /**
     * The caller's CPAS's cases that are not closed, as select options (a named projection: the booking page
     * shows them on every request, refused bookings included). Empty for the officer, who has no CPAS.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseChoice> openChoices() {
        Cpas cpas = currentUser.getCpas();
        return cpas == null ? List.of() : em.createNamedQuery("CaseFile.openChoicesForCpas", CaseChoice.class)
                .setParameter("cpas", cpas.getId()).setParameter("closed", CaseStatus.CLOSED).setMaxResults(500)
                .getResultList();
    }

    /** The CPAS id of a case the caller may see (404 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long cpasIdOf(long id) {
        return visible(id).getCpas().getId();
    }

    /** A case's name for lists of tasks (404 if the caller may not see it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String nameOf(long id) {
        return visible(id).getBeneficiary().getFullName();
    }

    /** The caller's cases for a CSV export (the officer may ask for one CPAS), each export written to the case's access log. */
    public List<CaseFile> export(Long cpasId) {
        List<CaseFile> cases = list(null).stream()
                .filter(c -> cpasId == null || !currentUser.isOfficer() || c.getCpas().getId().equals(cpasId)).toList();
        cases.forEach(c -> log(c, CaseAccess.Action.EXPORT, "CSV"));
        return cases;
    }

    /** Everything stored about one beneficiary, for their access request. Officers only; logged as an export. */
    public SubjectData subjectData(long id) {
        requireOfficerElseNotFound(id);
        CaseFile caseFile = visible(id);
        log(caseFile, CaseAccess.Action.EXPORT, "accès de la personne concernée");
        return new SubjectData(caseFile, journal(id), tasks(id), outcomes(id),
                em.createNamedQuery("CaseAccess.findByCase", CaseAccess.class).setParameter("case", id).getResultList());
    }

    /** All the data of one case, for a subject access request. */
    public record SubjectData(CaseFile caseFile, List<JournalEntry> journal, List<CaseTask> tasks,
            List<CaseOutcome> outcomes, List<CaseAccess> accessLog) {
    }

    /** Erases a beneficiary's personal data on their request (anonymisation; the erasure is recorded, not the data). */
    public void erase(long id) {
        currentUser.requireOfficer();
        CaseFile caseFile = visible(id);
        if (caseFile.getBeneficiary().isAnonymised()) {
            return;
        }
        retention.erase(caseFile, today(), currentUser.getEmail());
    }

    /** Runs the retention rule now, as the nightly job does. Officers only. */
    public int applyRetentionNow() {
        currentUser.requireOfficer();
        return retention.anonymiseExpired(today(), currentUser.getEmail());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.ZONE));
    }

    private void planTasks(CaseFile caseFile) {
        Map<TaskKind, LocalDate> due = TaskPlanner.dueDates(caseFile.getContractPlannedEnd(), caseFile.getContractActualEnd());
        List<CaseTask> existing = em.createNamedQuery("CaseTask.findByCase", CaseTask.class)
                .setParameter("case", caseFile.getId()).getResultList();
        for (Map.Entry<TaskKind, LocalDate> entry : due.entrySet()) {
            CaseTask task = existing.stream().filter(t -> t.getKind() == entry.getKey()).findFirst().orElse(null);
            if (task == null) {
                em.persist(new CaseTask(caseFile.getId(), caseFile.getCpas().getId(), entry.getKey(),
                        Messages.text("TaskKind." + entry.getKey()), entry.getValue()));
            } else if (!task.isDone()) {
                task.reschedule(entry.getValue());
            }
        }
    }

    private void addSystemEntry(CaseFile caseFile, String text) {
        em.persist(new JournalEntry(caseFile.getId(), today(), JournalEntryType.OTHER, text, currentUser.getEmail()));
    }

    private void log(CaseFile caseFile, CaseAccess.Action action, String details) {
        em.persist(new CaseAccess(caseFile.getId(), clock.instant(), currentUser.getEmail(), action, details));
    }

    private CaseFile visible(long id) {
        if (!currentUser.isSignedIn()) {
            throw new AccessDeniedException("Signed-in users only");
        }
        CaseFile caseFile = em.find(CaseFile.class, id);
        if (caseFile == null || !currentUser.isOfficer() && !caseFile.getCpas().equals(currentUser.getCpas())) {
            throw new NotFoundException("case " + id);
        }
        return caseFile;
    }

    /** Officer-only views of a case do not exist for anyone else: 404, like another CPAS's case. */
    private void requireOfficerElseNotFound(long id) {
        if (!currentUser.isOfficer()) {
            throw new NotFoundException("case " + id);
        }
    }

    private Cpas requireCpas() {
        Cpas cpas = currentUser.getCpas();
        if (cpas == null) {
            throw new AccessDeniedException("No CPAS");
        }
        return cpas;
    }
}
