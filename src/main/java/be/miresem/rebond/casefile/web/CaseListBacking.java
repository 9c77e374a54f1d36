package be.miresem.rebond.casefile.web;

import be.miresem.rebond.casefile.CaseFile;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.casefile.CaseFilter;
import be.miresem.rebond.casefile.CasePrivacy;
import be.miresem.rebond.casefile.Compaction;
import be.miresem.rebond.casefile.CaseStatus;
import be.miresem.rebond.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Backs /espace/dossiers/ (the caller's cases: by status, name, "à traiter"; by name or next deadline).
 */
@Named
@RequestScoped
public class CaseListBacking {

    @Inject
    private CaseFiles cases;

    @Inject
    private CasePrivacy privacy;

    @Inject
    private Compaction compaction;

    static final int PAGE_SIZE = 50;

    private String status;
    private String name;
    private boolean todo;
    private String sort;
    private int page = 1;
    private List<CaseFile> list;
    private Long total;

    public String applyRetention() {
        Messages.flashInfo("casefile.retention.done", privacy.applyRetentionNow());
        compaction.awaitLast();
        return "/espace/dossiers/index?faces-redirect=true";
    }

    public List<CaseFile> getCases() {
        if (list == null) {
            list = cases.page(filter(), (Math.max(page, 1) - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return list;
    }

    public long getTotal() {
        if (total == null) {
            total = cases.count(filter());
        }
        return total;
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private CaseFilter filter() {
        return new CaseFilter(parsedStatus(), name, todo, isByDeadline());
    }

    public boolean isByDeadline() {
        return "echeance".equals(sort);
    }

    /** The query string of the list sorted another way ("nom" or "echeance"), keeping the filters. */
    public String sortLink(String target) {
        return pageLink(1).replaceAll("&tri=[^&]*", "") + "&tri=" + target;
    }

    /** The query string of another page, keeping the filters. */
    public String pageLink(int target) {
        StringBuilder link = new StringBuilder("?page=").append(target);
        if (todo) {
            link.append("&traiter=true");
        }
        if (isByDeadline()) {
            link.append("&tri=echeance");
        }
        if (status != null && !status.isBlank()) {
            link.append("&statut=").append(URLEncoder.encode(status, StandardCharsets.UTF_8));
        }
        if (name != null && !name.isBlank()) {
            link.append("&nom=").append(URLEncoder.encode(name, StandardCharsets.UTF_8));
        }
        return link.toString();
    }

    public boolean isLate(CaseFile caseFile) {
        return caseFile.getNextDueOn() != null && caseFile.getNextDueOn().isBefore(cases.today());
    }

    public boolean needsAction(CaseFile caseFile) {
        return caseFile.needsAction(cases.today());
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

    public boolean isTodo() {
        return todo;
    }

    public void setTodo(boolean todo) {
        this.todo = todo;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
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
