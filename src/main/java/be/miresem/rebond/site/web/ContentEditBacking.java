package be.miresem.rebond.site.web;

import be.miresem.rebond.shared.persistence.BaseEntity;
import be.miresem.rebond.shared.web.Messages;
import be.miresem.rebond.site.EditConflictException;
import be.miresem.rebond.site.SiteService;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * What the officer's three content editors share: open an item (or a blank one) keeping the version seen,
 * save it (a newer version by someone else gives a conflict message, nothing is overwritten), delete it.
 *
 * @param <T> the edited content type
 */
public abstract class ContentEditBacking<T extends BaseEntity> implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String LIST = "/espace/contenu/index?faces-redirect=true";

    @Inject
    protected SiteService site;

    private Long id;
    private long version;
    private T form;

    /** The edited type. */
    protected abstract Class<T> type();

    /** A blank form for a new item. */
    protected abstract T blank();

    /** Copies a stored item into the form. */
    protected abstract void fill(T form, T stored);

    /** Stores the form through the site service. */
    protected abstract void store(Long id, long version, T form);

    /** Called by the page's view action: loads the item (404 if absent) or prepares a new one. */
    public void load() {
        if (form != null) {
            return;
        }
        form = blank();
        if (id == null) {
            site.checkEditor();
            return;
        }
        T stored = site.forEditing(type(), id);
        version = stored.getVersion();
        fill(form, stored);
    }

    public String save() {
        try {
            store(id, version, form);
        } catch (EditConflictException e) {
            Messages.error(null, "contenu.conflict");
            return null;
        }
        Messages.flashInfo("contenu.saved");
        return LIST;
    }

    public String delete() {
        site.delete(type(), id);
        Messages.flashInfo("contenu.deleted");
        return LIST;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public T getForm() {
        return form;
    }
}
