package be.miresem.rebond.account;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * A user deactivated while signed in loses access at their next request: the session is ended and
 * they are sent to the sign-in page, where their credentials no longer work.
 */
@WebFilter(urlPatterns = "/espace/*")
public class ActiveAccountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !currentUser.isSignedIn()) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/connexion");
            return;
        }
        chain.doFilter(request, response);
    }
}
