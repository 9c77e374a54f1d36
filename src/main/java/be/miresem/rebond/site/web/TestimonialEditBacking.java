package be.miresem.rebond.site.web;

import be.miresem.rebond.shared.web.Messages;
import be.miresem.rebond.site.EditConflictException;
import be.miresem.rebond.site.SiteService;
import be.miresem.rebond.site.Testimonial;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs /espace/contenu/temoignage?id=N (or a new one). Officers only. */
@Named
@ViewScoped
public class TestimonialEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SiteService site;

    private Long id;
    private long version;
    private Testimonial form;

    public void load() {
        if (form != null) {
            return;
        }
        form = new Testimonial();
        if (id == null) {
            site.checkEditor();
            form.setVisible(true);
            return;
        }
        Testimonial item = site.forEditing(Testimonial.class, id);
        version = item.getVersion();
        form.setQuote(item.getQuote());
        form.setAuthorRole(item.getAuthorRole());
        form.setCpasName(item.getCpasName());
        form.setPosition(item.getPosition());
        form.setVisible(item.isVisible());
    }

    public String save() {
        try {
            site.saveTestimonial(id, version, form);
        } catch (EditConflictException e) {
            Messages.error(null, "contenu.conflict");
            return null;
        }
        Messages.flashInfo("contenu.saved");
        return "/espace/contenu/index?faces-redirect=true";
    }

    public String delete() {
        site.delete(Testimonial.class, id);
        Messages.flashInfo("contenu.deleted");
        return "/espace/contenu/index?faces-redirect=true";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Testimonial getForm() {
        return form;
    }
}
