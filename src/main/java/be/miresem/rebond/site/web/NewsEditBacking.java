package be.miresem.rebond.site.web;

import be.miresem.rebond.site.NewsItem;
import be.miresem.rebond.site.PublicationStatus;
import be.miresem.rebond.site.SafeMarkdown;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;

/** Backs /espace/contenu/actualite?id=N (or without id: a new item): edit, preview, save. Officers only. */
@Named
@ViewScoped
public class NewsEditBacking extends ContentEditBacking<NewsItem> {

    private static final long serialVersionUID = 1L;

    @Inject
    private Clock clock;

    private String preview;

    @Override
    protected Class<NewsItem> type() {
        return NewsItem.class;
    }

    @Override
    protected NewsItem blank() {
        NewsItem item = new NewsItem();
        item.setStatus(PublicationStatus.DRAFT);
        item.setPublishedOn(LocalDate.now(clock));
        return item;
    }

    @Override
    protected void fill(NewsItem form, NewsItem stored) {
        form.copyFrom(stored);
    }

    @Override
    protected void store(Long id, long version, NewsItem form) {
        site.saveNews(id, version, form);
    }

    public void showPreview() {
        preview = SafeMarkdown.toHtml(getForm().getBody());
    }

    public PublicationStatus[] getStatuses() {
        return PublicationStatus.values();
    }

    public String getPreview() {
        return preview;
    }
}
