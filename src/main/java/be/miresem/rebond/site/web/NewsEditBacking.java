package be.miresem.rebond.site.web;

import be.miresem.rebond.shared.web.Messages;
import be.miresem.rebond.site.EditConflictException;
import be.miresem.rebond.site.NewsItem;
import be.miresem.rebond.site.PublicationStatus;
import be.miresem.rebond.site.SafeMarkdown;
import be.miresem.rebond.site.SiteService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Backs /espace/contenu/actualite?id=N (or without id: a new item): edit, preview, save. Officers only. */
@Named
@ViewScoped
public class NewsEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SiteService site;

    @Inject
    private Clock clock;

    private Long id;
    private long version;
    private NewsItem form;
    private String publishedOn;
    private String preview;

    /** Called by the page's view action: loads the item (404 if absent) or prepares a new one. */
    public void load() {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = new NewsItem();
            form.setStatus(PublicationStatus.DRAFT);
            publishedOn = LocalDate.now(clock).toString();
            site.checkEditor();
        } else {
            NewsItem item = site.forEditing(NewsItem.class, id);
            version = item.getVersion();
            form = new NewsItem();
            form.setTitle(item.getTitle());
            form.setSummary(item.getSummary());
            form.setBody(item.getBody());
            form.setStatus(item.getStatus());
            publishedOn = item.getPublishedOn().toString();
        }
    }

    public void showPreview() {
        preview = SafeMarkdown.toHtml(form.getBody());
    }

    public String save() {
        try {
            form.setPublishedOn(LocalDate.parse(publishedOn == null ? "" : publishedOn.strip()));
        } catch (DateTimeParseException e) {
            Messages.error("publishedOn", "contenu.date.invalid");
            return null;
        }
        try {
            site.saveNews(id, version, form);
        } catch (EditConflictException e) {
            Messages.error(null, "contenu.conflict");
            return null;
        }
        Messages.flashInfo("contenu.saved");
        return "/espace/contenu/index?faces-redirect=true";
    }

    public String delete() {
        site.delete(NewsItem.class, id);
        Messages.flashInfo("contenu.deleted");
        return "/espace/contenu/index?faces-redirect=true";
    }

    public PublicationStatus[] getStatuses() {
        return PublicationStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NewsItem getForm() {
        return form;
    }

    public String getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(String publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getPreview() {
        return preview;
    }
}
