package be.miresem.rebond.site.web;

import be.miresem.rebond.site.NewsPage;
import be.miresem.rebond.site.SiteService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs /actualites?page=N: published news, newest first, paged. */
@Named
@RequestScoped
public class NewsListBacking {

    @Inject
    private SiteService site;

    private String page;
    private NewsPage newsPage;

    public NewsPage getNews() {
        if (newsPage == null) {
            int number;
            try {
                number = page == null ? 1 : Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                number = 1;
            }
            newsPage = site.publishedNews(number);
        }
        return newsPage;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
