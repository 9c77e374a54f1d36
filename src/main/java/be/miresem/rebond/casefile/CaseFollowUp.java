package be.miresem.rebond.casefile;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.partner.Cpas;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.text.StoredText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The follow-up of a case: its journal, its tasks (planned ones from the contract's dates, and the agent's own)
 * and the situations observed at 3, 6 and 12 months. Access as {@link CaseFileAccess} says; every change is
 * written to the case's access log.
 */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class CaseFollowUp {

    @Inject
    private CaseFileRepository repository;

    @Inject
    private CaseFileAccess access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private TaskNotices taskNotices;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JournalEntry> journal(long id) {
        access.visible(id);
        return repository.findJournal(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseTask> tasks(long id) {
        access.visible(id);
        return repository.findTasks(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseOutcome> outcomes(long id) {
        access.visible(id);
        return repository.findOutcomes(id);
    }

    public void addEntry(long id, LocalDate on, JournalEntryType type, String note) {
        CaseFile caseFile = access.visible(id);
        if (note == null || note.isBlank()) {
            throw new CaseFileException("entryNote", "casefile.entry.noteRequired");
        }
        if (note.strip().length() > JournalEntry.NOTE_MAX) {
            throw new CaseFileException("entryNote", "casefile.entry.noteTooLong");
        }
        repository.add(new JournalEntry(caseFile.getId(), on == null ? access.today() : on,
                type == null ? JournalEntryType.OTHER : type, note.strip(), currentUser.getEmail()));
        access.log(caseFile, CaseAccess.Action.CHANGE, "journal");
    }

    public void addTask(long id, String title, LocalDate due) {
        CaseFile caseFile = access.visible(id);
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new CaseFileException("taskTitle", "casefile.task.titleRequired");
        }
        if (due == null) {
            throw new CaseFileException("taskDue", "casefile.date.invalid");
        }
        repository.add(new CaseTask(caseFile.getId(), caseFile.getCpas().getId(), TaskKind.MANUAL, title.strip(), due));
        refreshNextDue(caseFile);
        access.log(caseFile, CaseAccess.Action.CHANGE, "tâche");
        taskNotices.added(caseFile, due);
    }

    public void completeTask(long taskId) {
        CaseTask task = repository.findTask(taskId).orElseThrow(
                () -> new NotFoundException("task " + taskId));
        CaseFile caseFile = access.visible(task.getCaseFileId());
        task.done(access.today());
        refreshNextDue(caseFile);
        String title = task.getTitle();
        access.log(caseFile, CaseAccess.Action.CHANGE, StoredText.of("casefile.access.taskDone",
                StoredText.isStored(title) ? StoredText.label(StoredText.parse(title).key()) : title));
    }

    public void addOutcome(long id, LocalDate on, Situation situation, String employer, Integer hours) {
        addOutcome(id, on, situation, employer, hours, null);
    }

    /**
     * Records an observed situation. {@code milestone} says which follow-up it answers: 3, 6 or 12 (months
     * after the contract), 0 for none, or null to take it from the date ({@link Milestones#of}).
     */
    public void addOutcome(long id, LocalDate on, Situation situation, String employer, Integer hours, Integer milestone) {
        CaseFile caseFile = access.visible(id);
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
        repository.add(new CaseOutcome(caseFile.getId(), on, situation,
                employer == null || employer.isBlank() ? null : employer.strip(), hours, answered, currentUser.getEmail()));
        caseFile.followUps(repository.findOutcomes(caseFile.getId()));
        access.log(caseFile, CaseAccess.Action.CHANGE, "situation " + situation);
        // The follow-up this situation answers is done: it leaves the to-do lists.
        TaskPlanner.closedBy(answered).flatMap(kind -> repository.findTasks(caseFile.getId()).stream()
                .filter(t -> t.getKind() == kind && !t.isDone()).findFirst())
                .ifPresent(task -> task.done(access.today()));
        refreshNextDue(caseFile);
    }

    /**
     * Removes a situation recorded by mistake. The follow-up task it answered opens again (due when it was), unless
     * another situation still answers the same follow-up.
     */
    public void removeOutcome(long outcomeId) {
        CaseOutcome outcome = repository.findOutcome(outcomeId)
                .orElseThrow(() -> new NotFoundException("outcome " + outcomeId));
        CaseFile caseFile = access.visible(outcome.getCaseFileId());
        Integer answered = outcome.getMilestone();
        repository.remove(outcome);
        List<CaseOutcome> left = repository.findOutcomes(caseFile.getId());
        caseFile.followUps(left);
        boolean stillAnswered = answered != null && left.stream().anyMatch(o -> answered.equals(o.getMilestone()));
        if (!stillAnswered) {
            TaskPlanner.closedBy(answered).flatMap(kind -> repository.findTasks(caseFile.getId()).stream()
                    .filter(t -> t.getKind() == kind && t.isDone()).findFirst())
                    .ifPresent(CaseTask::reopen);
        }
        refreshNextDue(caseFile);
        access.log(caseFile, CaseAccess.Action.CHANGE, "situation retirée");
    }

    /** Open tasks due within two weeks, overdue ones included: the home pages' "to do". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseTask> dueSoon() {
        Cpas scope = access.scope();
        return repository.findOpenTasksDueBy(access.today().plusWeeks(2), scope == null ? null : scope.getId());
    }

    /** The planned tasks of a case from its contract's dates: new ones added, open ones moved, done ones kept. */
    void planTasks(CaseFile caseFile) {
        Map<TaskKind, LocalDate> due = TaskPlanner.dueDates(caseFile.getContractPlannedEnd(), caseFile.getContractActualEnd());
        List<CaseTask> existing = repository.findTasks(caseFile.getId());
        for (Map.Entry<TaskKind, LocalDate> entry : due.entrySet()) {
            CaseTask task = existing.stream().filter(t -> t.getKind() == entry.getKey()).findFirst().orElse(null);
            if (task == null) {
                repository.add(new CaseTask(caseFile.getId(), caseFile.getCpas().getId(), entry.getKey(),
                        StoredText.of("TaskKind." + entry.getKey()), TaskPlanner.dueWhenCreated(entry.getValue(),
                        access.today())));
            } else if (!task.isDone()) {
                task.reschedule(entry.getValue());
            }
        }
        refreshNextDue(caseFile);
    }

    /** Keeps the case's next deadline (the case list's column and its "à traiter" filter) on its earliest open task. */
    void refreshNextDue(CaseFile caseFile) {
        caseFile.nextDue(repository.findTasks(caseFile.getId()).stream().filter(t -> !t.isDone())
                .map(CaseTask::getDueOn).min(LocalDate::compareTo).orElse(null));
    }

    /** A journal line written by the portal itself (a change of status). */
    void addSystemEntry(CaseFile caseFile, String text) {
        repository.add(new JournalEntry(caseFile.getId(), access.today(), JournalEntryType.OTHER, text, currentUser.getEmail()));
    }
}
