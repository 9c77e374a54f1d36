package be.miresem.rebond.site.web;

import be.miresem.rebond.site.NewsItem;
import be.miresem.rebond.site.SiteService;
import be.miresem.rebond.shared.web.PageLinks;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** /sitemap.xml: the public pages and every published news item, for search engines. */
@WebServlet(urlPatterns = "/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The public pages, in the order of the main navigation, then the footer. */
    static final List<String> PUBLIC_PAGES = List.of("/", "/projet", "/cpas", "/temoignages", "/partenaires",
            "/actualites", "/seances", "/resultats", "/contact", "/accessibilite", "/vie-privee");

    @Inject
    private SiteService site;

    @Inject
    private PageLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> urls = new ArrayList<>();
        PUBLIC_PAGES.forEach(p -> urls.add(links.canonical(p)));
        for (int page = 1, total = 1; page <= total; page++) {
            var news = site.publishedNews(page);
            total = news.totalPages();
            for (NewsItem item : news.items()) {
                urls.add(links.canonical("/actualites/" + item.getSlug()));
            }
        }
        response.setContentType("application/xml;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String url : urls) {
            out.println("  <url><loc>" + xml(url) + "</loc></url>");
        }
        out.println("</urlset>");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
