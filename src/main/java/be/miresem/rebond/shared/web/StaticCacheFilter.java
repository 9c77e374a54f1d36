package be.miresem.rebond.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Static files: cached for a year when asked for with the build's version ({@code ?v=…}, see
 * {@link PageLinks#asset}), an hour otherwise.
 */
@WebFilter(urlPatterns = "/static/*")
public class StaticCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", request.getParameter("v") != null
                ? "public, max-age=31536000, immutable" : "public, max-age=3600");
        chain.doFilter(request, response);
    }
}
