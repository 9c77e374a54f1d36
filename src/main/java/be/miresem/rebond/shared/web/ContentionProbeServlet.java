package be.miresem.rebond.shared.web;

import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.SQLTransactionRollbackException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tests only: /test/contention?fois=N calls a service method whose first N transactions are rolled back for
 * contention (as Derby's "A lock could not be obtained" is) and answers how many tries it took, or HTTP 500 when
 * the failure went through — so a test sees the one retry of transient rollbacks at work in the container.
 * Exists only in the SystemTest stage (404 in every other stage), like /test/panne.
 */
@WebServlet(urlPatterns = "/test/contention")
public class ContentionProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Probe probe;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"SystemTest".equals(Settings.PROJECT_STAGE.get())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String key = Long.toString(System.nanoTime());
        int failures = Integer.parseInt(request.getParameter("fois"));
        try {
            probe.failFirst(key, failures);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("essais=" + probe.tries(key));
        } catch (RuntimeException failed) {
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "essais=" + probe.tries(key));
        }
    }

    /** A service method that is rolled back for contention a given number of times, then succeeds. */
    @ApplicationScoped
    @Transactional
    @RetriedOnContention
    public static class Probe {

        private final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();

        public void failFirst(String key, int failures) {
            int attempt = tries.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (attempt <= failures) {
                throw new IllegalStateException(new SQLTransactionRollbackException("A lock could not be obtained", "40XL1"));
            }
        }

        int tries(String key) {
            AtomicInteger count = tries.remove(key);
            return count == null ? 0 : count.get();
        }
    }
}
