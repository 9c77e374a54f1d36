package be.miresem.rebond.shared.web;

import be.miresem.rebond.shared.config.Settings;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tests only: /test/panne fails on purpose when the portal runs in the SystemTest stage (as
 * {@code REBOND_CLOCK_OFFSET} is honoured only there), so the tests can check what an unexpected error looks like.
 * In every other stage it does not exist (404).
 */
@WebServlet(urlPatterns = "/test/panne")
public class FaultServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"SystemTest".equals(Settings.PROJECT_STAGE.get())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // With a cause, as most real errors have (a Faces or EL exception wrapping the one that happened).
        throw new IllegalStateException("Failure on purpose for the tests, with personal data that must not be shown: "
                + request.getParameter("q"), new IllegalArgumentException("Its cause, also with personal data: "
                        + request.getParameter("q")));
    }
}
