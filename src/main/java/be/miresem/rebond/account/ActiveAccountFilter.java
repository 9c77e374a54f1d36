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
 * they are sent to the sign-in page, where their credentials no longer work. So does every session of an
 * account whose password changed since it signed in (a reset through an e-mailed link ends the sessions an
 * intruder may hold): each session keeps a stamp of the password it was opened with.
 */
@WebFilter(urlPatterns = "/espace/*")
public class ActiveAccountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String STAMP = "rebond.credentials";

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !current(request)) {
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

    private boolean current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return currentUser.account().map(account -> session != null
                && account.credentialsStamp().equals(session.getAttribute(STAMP))).orElse(false);
    }

    /** Called at sign-in: the session remembers which password opened it. */
    public static void signedIn(HttpServletRequest request, UserAccount account) {
        request.getSession(true).setAttribute(STAMP, account.credentialsStamp());
    }
}
