package be.miresem.rebond.casefile.web;

import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.casefile.CaseFollowUp;
import be.miresem.rebond.casefile.CaseTask;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Backs the case page's tasks: the list (overdue ones marked), "Marquer comme faite", a task of the agent's own. */
@Named
@RequestScoped
public class CaseTasksBacking {

    @Inject
    private CaseDetailBacking detail;

    @Inject
    private CaseFollowUp followUp;

    @Inject
    private CaseFiles cases;

    private List<CaseTask> tasks;
    @Size(max = CaseTask.TITLE_MAX)
    private String taskTitle;
    private LocalDate taskDue;

    public String addTask() {
        return detail.act(() -> followUp.addTask(detail.getId(), taskTitle, taskDue), taskTitle);
    }

    public String completeTask(long taskId) {
        return detail.act(() -> followUp.completeTask(taskId));
    }

    /** Read once per request (the page asks several times). */
    public List<CaseTask> getTasks() {
        if (tasks == null) {
            tasks = followUp.tasks(detail.getId());
        }
        return tasks;
    }

    public boolean isOverdue(CaseTask task) {
        return !task.isDone() && task.getDueOn().isBefore(cases.today());
    }

    public String getTaskTitle() {
        return taskTitle;
    }

    public void setTaskTitle(String taskTitle) {
        this.taskTitle = taskTitle;
    }

    public LocalDate getTaskDue() {
        return taskDue;
    }

    public void setTaskDue(LocalDate taskDue) {
        this.taskDue = taskDue;
    }
}
