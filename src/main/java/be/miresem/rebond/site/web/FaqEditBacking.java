package be.miresem.rebond.site.web;

import be.miresem.rebond.shared.web.Messages;
import be.miresem.rebond.site.EditConflictException;
import be.miresem.rebond.site.SiteService;
import be.miresem.rebond.site.FaqEntry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs /espace/contenu/faq?id=N (or a new entry). Officers only. */
@Named
@ViewScoped
public class FaqEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SiteService site;

    private Long id;
    private long version;
    private FaqEntry form;

    public void load() {
        if (form != null) {
            return;
        }
        form = new FaqEntry();
        if (id == null) {
            site.checkEditor();
            return;
        }
        FaqEntry item = site.forEditing(FaqEntry.class, id);
        version = item.getVersion();
        form.setQuestion(item.getQuestion());
        form.setAnswer(item.getAnswer());
        form.setPosition(item.getPosition());
    }

    public String save() {
        try {
            site.saveFaq(id, version, form);
        } catch (EditConflictException e) {
            Messages.error(null, "contenu.conflict");
            return null;
        }
        Messages.flashInfo("contenu.saved");
        return "/espace/contenu/index?faces-redirect=true";
    }

    public String delete() {
        site.delete(FaqEntry.class, id);
        Messages.flashInfo("contenu.deleted");
        return "/espace/contenu/index?faces-redirect=true";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public FaqEntry getForm() {
        return form;
    }
}
