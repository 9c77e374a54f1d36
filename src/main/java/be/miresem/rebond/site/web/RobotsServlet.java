package be.miresem.rebond.site.web;

import be.miresem.rebond.shared.web.PageLinks;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** /robots.txt: keeps the signed-in area and the sign-in page out of search engines, points to the sitemap. */
@WebServlet(urlPatterns = "/robots.txt")
public class RobotsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PageLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getWriter().print("User-agent: *\nDisallow: /espace/\nDisallow: /connexion\n\nSitemap: "
                + links.canonical("/sitemap.xml") + "\n");
    }
}
