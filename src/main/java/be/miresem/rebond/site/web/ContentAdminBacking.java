package be.miresem.rebond.site.web;

import be.miresem.rebond.site.FaqEntry;
import be.miresem.rebond.site.NewsItem;
import be.miresem.rebond.site.SiteService;
import be.miresem.rebond.site.Testimonial;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs /espace/contenu/: every news item (drafts included), testimonial and FAQ entry. Officers only. */
@Named
@RequestScoped
public class ContentAdminBacking {

    @Inject
    private SiteService site;

    public List<NewsItem> getNews() {
        return site.allNews();
    }

    public List<Testimonial> getTestimonials() {
        return site.allTestimonials();
    }

    public List<FaqEntry> getFaq() {
        site.checkEditor();
        return site.faq();
    }
}
