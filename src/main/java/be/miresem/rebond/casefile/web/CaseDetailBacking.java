package be.miresem.rebond.casefile.web;

import be.miresem.rebond.casefile.Beneficiary;
import be.miresem.rebond.casefile.CaseAccess;
import be.miresem.rebond.casefile.CaseFile;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.casefile.CasePrivacy;
import be.miresem.rebond.shared.Refusal;
import be.miresem.rebond.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs /espace/dossiers/dossier?id=: the case (another CPAS's is 404; opening the page writes a READ line), the
 * boomerang flag, the beneficiary's contact data and profile, and the access log for the officer. The page's
 * other sections have a bean each, which take the case from here: {@link CaseStatusBacking} (status, contract end,
 * officer), {@link CaseTasksBacking}, {@link CaseOutcomeBacking}, {@link CaseJournalBacking}, and
 * {@code CaseMatchBacking} (jobs).
 */
@Named
@ViewScoped
public class CaseDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseFiles cases;

    @Inject
    private java.time.Clock clock;

    @Inject
    private CasePrivacy privacy;

    private Long id;
    private transient CaseFile caseFile;
    private transient Boolean boomerang;
    private Beneficiary profile;

    public void load() {
        if (caseFile == null) {
            caseFile = cases.open(id == null ? -1 : id);
            profile = caseFile.getBeneficiary().copy();
        }
    }

    public String saveProfile() {
        return act(() -> cases.updateProfile(id, profile), profile.getNote(), profile.getSkills(),
                profile.getTransport(), profile.getLanguages(), profile.getQualifications());
    }

    /**
     * Runs a change of this case: back on the case's page with "Enregistré" after it, or the refusal shown next to
     * its field (nothing stored) and the page as it was sent. The free texts typed about the person are checked
     * once stored: a warning joins "Enregistré" when one seems to hold health or a national register number.
     */
    String act(Runnable change, String... freeTexts) {
        try {
            change.run();
        } catch (Refusal refusal) {
            Messages.refused(refusal);
            return null;
        }
        Messages.flashInfo("casefile.saved");
        Messages.warnIfSensitive(freeTexts);
        return "/espace/dossiers/dossier?faces-redirect=true&id=" + id;
    }

    public CaseFile getCaseFile() {
        if (caseFile == null) {
            load();
        }
        return caseFile;
    }

    /** Whether the case's next deadline (a task or a proposal's answer) has passed. */
    public boolean isLate() {
        java.time.LocalDate due = getCaseFile().getNextDueOn();
        return due != null && due.isBefore(java.time.LocalDate.now(clock));
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

    public Beneficiary getProfile() {
        if (profile == null) {
            load();
        }
        return profile;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
