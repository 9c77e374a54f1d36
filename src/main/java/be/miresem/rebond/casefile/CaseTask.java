package be.miresem.rebond.casefile;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Something due on a case at a date: automatic (from the contract dates) or added by hand. */
@Entity
@Table(name = "case_task")
@NamedQuery(name = "CaseTask.findByCase", query = "select t from CaseTask t where t.caseFileId = :case order by t.dueOn, t.id")
@NamedQuery(name = "CaseTask.findOpenDueBy", query = "select t from CaseTask t where t.doneOn is null "
        + "and t.dueOn <= :until order by t.dueOn, t.id")
@NamedQuery(name = "CaseTask.findOpenDueByForCpas", query = "select t from CaseTask t where t.doneOn is null "
        + "and t.dueOn <= :until and t.cpasId = :cpas order by t.dueOn, t.id")
public class CaseTask extends BaseEntity {

    public static final int TITLE_MAX = 200;

    private static final long serialVersionUID = 1L;

    @Column(name = "case_file_id", nullable = false)
    private long caseFileId;

    @Column(name = "cpas_id", nullable = false)
    private long cpasId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TaskKind kind;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected CaseTask() {
    }

    CaseTask(long caseFileId, long cpasId, TaskKind kind, String title, LocalDate dueOn) {
        this.caseFileId = caseFileId;
        this.cpasId = cpasId;
        this.kind = kind;
        this.title = title;
        this.dueOn = dueOn;
    }

    void reschedule(LocalDate due) {
        this.dueOn = due;
    }

    void done(LocalDate on) {
        this.doneOn = on;
    }

    void reopen() {
        this.doneOn = null;
    }

    public long getCaseFileId() {
        return caseFileId;
    }

    public TaskKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public boolean isDone() {
        return doneOn != null;
    }
}
