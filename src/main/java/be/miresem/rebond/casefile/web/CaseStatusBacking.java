package be.miresem.rebond.casefile.web;

import be.miresem.rebond.casefile.CaseFile;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.casefile.CasePrivacy;
import be.miresem.rebond.casefile.CaseStatus;
import be.miresem.rebond.casefile.Compaction;
import be.miresem.rebond.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Backs the case page's status, contract end and follow-up officer forms (the case from {@link CaseDetailBacking}). */
@Named
@RequestScoped
public class CaseStatusBacking {

    @Inject
    private CaseDetailBacking detail;

    @Inject
    private CaseFiles cases;

    @Inject
    private CasePrivacy privacy;

    @Inject
    private Compaction compaction;

    private boolean withdrawConfirmed;

    private CaseStatus newStatus;
    @Size(max = CaseFile.CLOSING_REASON_MAX)
    private String closingReason;
    private LocalDate actualEnd;
    private String officerEmail;

    /** The forms show the case as it is; a post then puts what was sent in their place. */
    @PostConstruct
    void showTheCase() {
        if (detail.getId() == null) {
            return;
        }
        CaseFile caseFile = detail.getCaseFile();
        newStatus = caseFile.getStatus();
        officerEmail = caseFile.getOfficerEmail();
        actualEnd = caseFile.getContractActualEnd();
    }

    public String moveStatus() {
        return detail.act(() -> cases.moveTo(detail.getId(), newStatus, closingReason), closingReason);
    }

    public String saveActualEnd() {
        return detail.act(() -> cases.setActualEnd(detail.getId(), actualEnd));
    }

    /** The person withdraws their consent: every case of theirs closed and erased (confirmation box required). */
    public String withdrawConsent() {
        if (!withdrawConfirmed) {
            Messages.error("confirmWithdraw", "casefile.withdraw.confirmRequired");
            return null;
        }
        privacy.withdrawConsent(detail.getId());
        compaction.awaitLast();
        Messages.flashInfo("casefile.withdrawn");
        return "/espace/dossiers/dossier?faces-redirect=true&id=" + detail.getId();
    }

    public boolean isWithdrawConfirmed() {
        return withdrawConfirmed;
    }

    public void setWithdrawConfirmed(boolean withdrawConfirmed) {
        this.withdrawConfirmed = withdrawConfirmed;
    }

    public String assign() {
        String chosen = officerEmail == null || officerEmail.isBlank() ? null : officerEmail;
        return detail.act(() -> cases.assign(detail.getId(), chosen));
    }

    public List<String> getOfficers() {
        return cases.officers();
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
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

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public void setActualEnd(LocalDate actualEnd) {
        this.actualEnd = actualEnd;
    }

    public String getOfficerEmail() {
        return officerEmail;
    }

    public void setOfficerEmail(String officerEmail) {
        this.officerEmail = officerEmail;
    }
}
