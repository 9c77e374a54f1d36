package be.miresem.rebond.site.web;

import be.miresem.rebond.shared.web.Messages;
import be.miresem.rebond.site.NewsItem;
import be.miresem.rebond.site.PublicationStatus;
import be.miresem.rebond.site.SafeMarkdown;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Backs /espace/contenu/actualite?id=N (or without id: a new item): edit, preview, save. Officers only. */
@Named
@ViewScoped
public class NewsEditBacking extends ContentEditBacking<NewsItem> {

    private static final long serialVersionUID = 1L;

    @Inject
    private Clock clock;

    private String publishedOn;
    private String preview;

    @Override
    protected Class<NewsItem> type() {
        return NewsItem.class;
    }

    @Override
    protected NewsItem blank() {
        NewsItem item = new NewsItem();
        item.setStatus(PublicationStatus.DRAFT);
        publishedOn = LocalDate.now(clock).toString();
        return item;
    }

    @Override
    protected void fill(NewsItem form, NewsItem stored) {
        form.copyFrom(stored);
        publishedOn = stored.getPublishedOn().toString();
    }

    @Override
    protected void store(Long id, long version, NewsItem form) {
        site.saveNews(id, version, form);
    }

    public void showPreview() {
        preview = SafeMarkdown.toHtml(getForm().getBody());
    }

    @Override
    public String save() {
        try {
            getForm().setPublishedOn(LocalDate.parse(publishedOn == null ? "" : publishedOn.strip()));
        } catch (DateTimeParseException e) {
            Messages.error("publishedOn", "contenu.date.invalid");
            return null;
        }
        return super.save();
    }

    public PublicationStatus[] getStatuses() {
        return PublicationStatus.values();
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
