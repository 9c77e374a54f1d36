package be.miresem.rebond.casefile.web;

import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.casefile.CaseFollowUp;
import be.miresem.rebond.casefile.JournalEntry;
import be.miresem.rebond.casefile.JournalEntryType;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs the case page's journal: the entries, and a new one. View-scoped so that a replayed post of the same form
 * (back button, resend) adds nothing: the view remembers that its entry is stored.
 */
@Named
@ViewScoped
public class CaseJournalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseDetailBacking detail;

    @Inject
    private CaseFollowUp followUp;

    @Inject
    private CaseFiles cases;

    // Read once per view (the page asks several times); every change redirects to a fresh view.
    private transient List<JournalEntry> journal;
    private LocalDate entryDate;
    private JournalEntryType entryType = JournalEntryType.INTERVIEW;
    @Size(max = JournalEntry.NOTE_MAX)
    private String entryNote;
    /** Set once this view's entry is stored. */
    private boolean entryAdded;

    public String addEntry() {
        LocalDate on = entryDate == null ? cases.today() : entryDate;
        if (entryAdded) {
            return "/espace/dossiers/dossier?faces-redirect=true&id=" + detail.getId();
        }
        String next = detail.act(() -> followUp.addEntry(detail.getId(), on, entryType, entryNote), entryNote);
        entryAdded = next != null;
        return next;
    }

    public List<JournalEntry> getJournal() {
        if (journal == null) {
            journal = followUp.journal(detail.getId());
        }
        return journal;
    }

    public JournalEntryType[] getEntryTypes() {
        return JournalEntryType.values();
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public void setEntryDate(LocalDate entryDate) {
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
}
