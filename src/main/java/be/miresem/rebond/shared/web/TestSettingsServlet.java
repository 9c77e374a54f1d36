package be.miresem.rebond.shared.web;

import be.miresem.rebond.shared.config.Settings;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Tests only: /test/reglages changes {@link Settings#ADJUSTABLE} settings of the running portal when it runs in the
 * SystemTest stage, so that tests needing the real anti-spam limits, a moved clock or a short retention period
 * share the one test portal instead of starting their own. {@code POST REBOND_X=value&...} sets (an empty value
 * unsets), {@code POST reset=} goes back to the environment, {@code GET} lists what is changed. In every other
 * stage it does not exist (404), like {@link FaultServlet}.
 */
@WebServlet(urlPatterns = "/test/reglages")
public class TestSettingsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TestSettingsServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Settings.systemTest()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        list(response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Settings.systemTest()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (request.getParameter("reset") != null) {
            Settings.clearOverrides();
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getKey().equals("reset")) {
                continue;
            }
            Optional<Settings> setting = Settings.named(parameter.getKey()).filter(Settings.ADJUSTABLE::contains);
            if (setting.isEmpty()) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, parameter.getKey() + " cannot be changed");
                return;
            }
            setting.get().override(parameter.getValue()[0]);
        }
        LOG.info(() -> "Test settings now " + Settings.overrides());
        list(response);
    }

    private static void list(HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        StringBuilder text = new StringBuilder();
        Settings.overrides().forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        response.getWriter().write(text.toString());
    }
}
