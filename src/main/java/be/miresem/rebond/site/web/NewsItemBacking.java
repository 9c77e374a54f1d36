package be.miresem.rebond.site.web;

import be.miresem.rebond.site.NewsItem;
import be.miresem.rebond.site.SiteService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs /actualites/{slug}: one published news item (404 for drafts and unknown slugs). */
@Named
@RequestScoped
public class NewsItemBacking {

    @Inject
    private SiteService site;

    @Inject
    private FacesContext facesContext;

    private NewsItem item;

    public NewsItem getItem() {
        if (item == null) {
            Object slug = facesContext.getExternalContext().getRequestMap().get(NewsAddressFilter.SLUG);
            item = site.publishedNews(slug == null ? "" : slug.toString());
        }
        return item;
    }
}
