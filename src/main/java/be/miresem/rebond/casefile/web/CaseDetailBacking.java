package be.miresem.rebond.casefile.web;

import be.miresem.rebond.casefile.Beneficiary;
import be.miresem.rebond.casefile.CaseAccess;
import be.miresem.rebond.casefile.CaseFile;
import be.miresem.rebond.casefile.CaseFileException;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.casefile.CaseFollowUp;
import be.miresem.rebond.casefile.CaseOutcome;
import be.miresem.rebond.casefile.CasePrivacy;
import be.miresem.rebond.casefile.CaseStatus;
import be.miresem.rebond.casefile.CaseTask;
import be.miresem.rebond.casefile.JournalEntry;
import be.miresem.rebond.casefile.JournalEntryType;
import be.miresem.rebond.casefile.Situation;
import be.miresem.rebond.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Backs /espace/dossiers/dossier?id=: one case (another CPAS's is 404), its status, contract end, follow-up
 * journal, tasks and outcomes; the access log for the officer. Opening the page writes a READ line.
 */
@Named
@ViewScoped
public class CaseDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseFiles cases;

    @Inject
    private CasePrivacy privacy;

    @Inject
    private CaseFollowUp followUps;

    private Long id;
    private transient CaseFile caseFile;
    // Read once per request and view (pages ask them several times); every change redirects to a fresh view.
    private transient List<JournalEntry> journal;
    private transient List<CaseTask> tasks;
    private transient List<CaseOutcome> outcomes;
    private transient Boolean boomerang;
    private CaseStatus newStatus;
    private String closingReason;
    private String actualEnd;
    private String entryDate;
    private JournalEntryType entryType = JournalEntryType.INTERVIEW;
    private String entryNote;
    /** Set once this view's entry is stored: a replayed post of the same form (back button, resend) adds nothing. */
    private boolean entryAdded;
    private String taskTitle;
    private String taskDue;
    private String outcomeDate;
    private Situation situation;
    private String outcomeEmployer;
    private String outcomeHours;
    private String milestone;
    private String officerEmail;
    private Beneficiary profile;

    public void load() {
        if (caseFile == null) {
            caseFile = cases.open(id == null ? -1 : id);
            newStatus = caseFile.getStatus();
            officerEmail = caseFile.getOfficerEmail();
            profile = caseFile.getBeneficiary().copy();
            actualEnd = caseFile.getContractActualEnd() == null ? null : caseFile.getContractActualEnd().toString();
        }
    }

    public String saveProfile() {
        return act(() -> cases.updateProfile(id, profile), "casefile.saved");
    }

    public Beneficiary getProfile() {
        return profile;
    }

    public String assign() {
        return act(() -> cases.assign(id, officerEmail == null || officerEmail.isBlank() ? null : officerEmail), "casefile.saved");
    }

    public List<String> getOfficers() {
        return cases.officers();
    }

    public String getOfficerEmail() {
        return officerEmail;
    }

    public void setOfficerEmail(String officerEmail) {
        this.officerEmail = officerEmail;
    }

    public String moveStatus() {
        return act(() -> cases.moveTo(id, newStatus, closingReason), "casefile.saved");
    }

    public String saveActualEnd() {
        LocalDate end = null;
        if (actualEnd != null && !actualEnd.isBlank()) {
            end = ReferralBacking.date("actualEnd", actualEnd);
            if (end == null) {
                return null;
            }
        }
        LocalDate chosen = end;
        return act(() -> cases.setActualEnd(id, chosen), "casefile.saved");
    }

    public String addEntry() {
        LocalDate on = entryDate == null || entryDate.isBlank() ? cases.today() : ReferralBacking.date("entryDate", entryDate);
        if (on == null) {
            return null;
        }
        if (entryAdded) {
            return "/espace/dossiers/dossier?faces-redirect=true&id=" + id;
        }
        String next = act(() -> followUps.addEntry(id, on, entryType, entryNote), "casefile.saved");
        entryAdded = next != null;
        return next;
    }

    public String addTask() {
        LocalDate due = ReferralBacking.date("taskDue", taskDue);
        if (due == null) {
            return null;
        }
        return act(() -> followUps.addTask(id, taskTitle, due), "casefile.saved");
    }

    public String completeTask(long taskId) {
        return act(() -> followUps.completeTask(taskId), "casefile.saved");
    }

    public String addOutcome() {
        LocalDate on = ReferralBacking.date("outcomeDate", outcomeDate);
        Integer hours = null;
        if (outcomeHours != null && !outcomeHours.isBlank()) {
            try {
                hours = Integer.valueOf(outcomeHours.strip());
            } catch (NumberFormatException e) {
                Messages.error("outcomeHours", "casefile.hours");
                return null;
            }
        }
        Integer followUp = null;
        if (milestone != null && !milestone.isBlank()) {
            try {
                followUp = Integer.valueOf(milestone.strip());
            } catch (NumberFormatException e) {
                Messages.error("milestone", "casefile.milestone.invalid");
                return null;
            }
        }
        if (on == null) {
            return null;
        }
        Integer chosen = hours;
        Integer chosenFollowUp = followUp;
        return act(() -> followUps.addOutcome(id, on, situation, outcomeEmployer, chosen, chosenFollowUp), "casefile.saved");
    }

    private String act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (CaseFileException e) {
            Messages.error(e.field(), e.key());
            return null;
        }
        Messages.flashInfo(doneKey);
        return "/espace/dossiers/dossier?faces-redirect=true&id=" + id;
    }

    public CaseFile getCaseFile() {
        if (caseFile == null) {
            load();
        }
        return caseFile;
    }

    public List<JournalEntry> getJournal() {
        if (journal == null) {
            journal = followUps.journal(id);
        }
        return journal;
    }

    public List<CaseTask> getTasks() {
        if (tasks == null) {
            tasks = followUps.tasks(id);
        }
        return tasks;
    }

    public List<CaseOutcome> getOutcomes() {
        if (outcomes == null) {
            outcomes = followUps.outcomes(id);
        }
        return outcomes;
    }

    public boolean isBoomerang() {
        if (boomerang == null) {
            boomerang = cases.isBoomerang(id);
        }
        return boomerang;
    }

    public List<CaseAccess> getAccessLog() {
        return privacy.accessLog(id);
    }

    public boolean isOverdue(CaseTask task) {
        return !task.isDone() && task.getDueOn().isBefore(cases.today());
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public JournalEntryType[] getEntryTypes() {
        return JournalEntryType.values();
    }

    public Situation[] getSituations() {
        return Situation.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CaseStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(CaseStatus newStatus) {
        this.newStatus = newStatus;
    }

    public String getClosingReason() {
        return closingReason;
    }

    public void setClosingReason(String closingReason) {
        this.closingReason = closingReason;
    }

    public String getActualEnd() {
        return actualEnd;
    }

    public void setActualEnd(String actualEnd) {
        this.actualEnd = actualEnd;
    }

    public String getEntryDate() {
        return entryDate;
    }

    public void setEntryDate(String entryDate) {
        this.entryDate = entryDate;
    }

    public JournalEntryType getEntryType() {
        return entryType;
    }

    public void setEntryType(JournalEntryType entryType) {
        this.entryType = entryType;
    }

    public String getEntryNote() {
        return entryNote;
    }

    public void setEntryNote(String entryNote) {
        this.entryNote = entryNote;
    }

    public String getTaskTitle() {
        return taskTitle;
    }

    public void setTaskTitle(String taskTitle) {
        this.taskTitle = taskTitle;
    }

    public String getTaskDue() {
        return taskDue;
    }

    public void setTaskDue(String taskDue) {
        this.taskDue = taskDue;
    }

    public String getOutcomeDate() {
        return outcomeDate;
    }

    public void setOutcomeDate(String outcomeDate) {
        this.outcomeDate = outcomeDate;
    }

    public Situation getSituation() {
        return situation;
    }

    public String getMilestone() {
        return milestone;
    }

    public void setMilestone(String milestone) {
        this.milestone = milestone;
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

    public String getOutcomeHours() {
        return outcomeHours;
    }

    public void setOutcomeHours(String outcomeHours) {
        this.outcomeHours = outcomeHours;
    }
}
