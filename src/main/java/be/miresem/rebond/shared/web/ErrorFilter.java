package be.miresem.rebond.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Catches what no page handled (servlets such as the CSV exports, filters), logs it once with a reference
 * ({@link ErrorIds}) and sends the 500 page, which shows the reference. Faces pages are handled earlier by
 * {@link StatusExceptionHandler} the same way. Mapped in web.xml right after the security headers.
 */
public class ErrorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            ErrorIds.record(request, e);
            if (response.isCommitted()) {
                return;
            }
            response.reset();
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
