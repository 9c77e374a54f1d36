package be.miresem.rebond.casefile.web;

import be.miresem.rebond.casefile.CasePrivacy;
import be.miresem.rebond.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs /espace/dossiers/acces?id=: everything stored about one beneficiary on one printable page (officers
 * only), with the JSON file and the erasure on request (a confirmation box must be ticked).
 */
@Named
@ViewScoped
public class SubjectAccessBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CasePrivacy privacy;

    private Long id;
    private boolean confirmed;
    private transient CasePrivacy.SubjectData data;

    public void load() {
        if (data == null) {
            data = privacy.subjectData(id == null ? -1 : id);
        }
    }

    public String erase() {
        if (!confirmed) {
            Messages.error("confirmErase", "casefile.erase.confirmRequired");
            return null;
        }
        privacy.erase(id);
        Messages.flashInfo("casefile.erased");
        return "/espace/dossiers/dossier?faces-redirect=true&id=" + id;
    }

    public CasePrivacy.SubjectData getData() {
        if (data == null) {
            load();
        }
        return data;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
