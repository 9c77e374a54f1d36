package be.miresem.rebond.casefile;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One dated line of a case's follow-up journal. */
@Entity
@Table(name = "journal_entry")
@NamedQuery(name = "JournalEntry.findByCase",
        query = "select e from JournalEntry e where e.caseFileId = :case order by e.occurredOn desc, e.id desc")
public class JournalEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;
    public static final int NOTE_MAX = 2000;

    @Column(name = "case_file_id", nullable = false)
    private long caseFileId;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, length = 30)
    private JournalEntryType type;

    @Column(nullable = false, length = NOTE_MAX)
    private String note;

    @Column(nullable = false, length = 254)
    private String author;

    protected JournalEntry() {
    }

    JournalEntry(long caseFileId, LocalDate occurredOn, JournalEntryType type, String note, String author) {
        this.caseFileId = caseFileId;
        this.occurredOn = occurredOn;
        this.type = type;
        this.note = note;
        this.author = author;
    }

    void anonymise() {
        note = "—";
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public JournalEntryType getType() {
        return type;
    }

    public String getNote() {
        return note;
    }

    public String getAuthor() {
        return author;
    }
}
