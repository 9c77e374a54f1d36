package be.miresem.rebond.casefile.web;

import be.miresem.rebond.casefile.CaseFile;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.casefile.CaseFollowUp;
import be.miresem.rebond.casefile.CasePrivacy;
import be.miresem.rebond.casefile.Compaction;
import be.miresem.rebond.casefile.CaseStatus;
import be.miresem.rebond.casefile.CaseTask;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Backs /espace/dossiers/ (the caller's cases, by status) and the "to do" list of the home page. */
@Named
@RequestScoped
public class CaseListBacking {

    @Inject
    private CaseFiles cases;

    @Inject
    private CasePrivacy privacy;

    @Inject
    private Compaction compaction;

    @Inject
    private CaseFollowUp followUp;

    static final int PAGE_SIZE = 50;

    private String status;
    private String name;
    private int page = 1;
    private List<CaseFile> list;
    private Long total;
    private List<CaseTask> due;

    public String applyRetention() {
        Messages.flashInfo("casefile.retention.done", privacy.applyRetentionNow());
        compaction.awaitLast();
        return "/espace/dossiers/index?faces-redirect=true";
    }

    public List<CaseFile> getCases() {
        if (list == null) {
            list = cases.page(parsedStatus(), name, (Math.max(page, 1) - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return list;
    }

    public long getTotal() {
        if (total == null) {
            total = cases.count(parsedStatus(), name);
        }
        return total;
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The query string of another page, keeping the filters. */
    public String pageLink(int target) {
        StringBuilder link = new StringBuilder("?page=").append(target);
        if (status != null && !status.isBlank()) {
            link.append("&statut=").append(URLEncoder.encode(status, StandardCharsets.UTF_8));
        }
        if (name != null && !name.isBlank()) {
            link.append("&nom=").append(URLEncoder.encode(name, StandardCharsets.UTF_8));
        }
        return link.toString();
    }

    public List<CaseTask> getDueTasks() {
        if (due == null) {
            due = followUp.dueSoon();
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
