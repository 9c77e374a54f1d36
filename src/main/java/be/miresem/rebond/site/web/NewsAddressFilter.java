package be.miresem.rebond.site.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Readable news addresses: /actualites/{slug} is served by the page WEB-INF/views/news-article.xhtml
 * (out of reach of a direct request), with the slug as a request attribute. /actualites itself is the list.
 */
public class NewsAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String SLUG = "rebond.news.slug";
    static final String PAGE = "/WEB-INF/views/news-article.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/actualites/")) {
            chain.doFilter(request, response);
            return;
        }
        String slug = path.substring("/actualites/".length());
        if (slug.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/actualites");
            return;
        }
        if (slug.contains("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(SLUG, slug);
        request.getRequestDispatcher(PAGE).forward(request, response);
    }
}
