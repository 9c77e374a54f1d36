package be.miresem.rebond.casefile.web;

import be.miresem.rebond.casefile.CaseFile;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.casefile.CaseStatus;
import be.miresem.rebond.casefile.CaseTask;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs /espace/dossiers/ (the caller's cases, by status) and the "to do" list of the home page. */
@Named
@RequestScoped
public class CaseListBacking {

    @Inject
    private CaseFiles cases;

    private String status;
    private List<CaseFile> list;
    private List<CaseTask> due;

    public String applyRetention() {
        be.miresem.rebond.shared.web.Messages.flashInfo("casefile.retention.done", cases.applyRetentionNow());
        return "/espace/dossiers/index?faces-redirect=true";
    }

    public List<CaseFile> getCases() {
        if (list == null) {
            list = cases.list(parsedStatus());
        }
        return list;
    }

    public List<CaseTask> getDueTasks() {
        if (due == null) {
            due = cases.dueSoon();
        }
        return due;
    }

    public String nameOf(CaseTask task) {
        return cases.nameOf(task.getCaseFileId());
    }

    public boolean isOverdue(CaseTask task) {
        return task.getDueOn().isBefore(cases.today());
    }

    private CaseStatus parsedStatus() {
        try {
            return status == null || status.isBlank() ? null : CaseStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
