package be.miresem.rebond.casefile.web;

import be.miresem.rebond.casefile.CasePrivacy;
import be.miresem.rebond.casefile.Compaction;
import be.miresem.rebond.shared.time.DateFormats;
import be.miresem.rebond.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs /espace/dossiers/acces?id=: everything stored about one person, from every case of theirs, on one
 * printable page (officers only), with the JSON file and the erasure of all their cases on request (a
 * confirmation box must be ticked).
 */
@Named
@ViewScoped
public class SubjectAccessBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CasePrivacy privacy;

    @Inject
    private Compaction compaction;

    private Long id;
    private boolean confirmed;
    @Inject
    private DateFormats dates;

    private transient CasePrivacy.SubjectData data;
    private transient List<SubjectView.Case> cases;

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
        compaction.awaitLast();
        Messages.flashInfo("casefile.erased");
        return "/espace/dossiers/dossier?faces-redirect=true&id=" + id;
    }

    public CasePrivacy.SubjectData getData() {
        if (data == null) {
            load();
        }
        return data;
    }

    /** The person's cases, as they read in French. */
    public List<SubjectView.Case> getCases() {
        if (cases == null) {
            cases = SubjectView.of(getData(), dates);
        }
        return cases;
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
