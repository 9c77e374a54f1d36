package be.miresem.rebond.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Unexpected errors are logged once, with a short reference that the French error page shows, so that a user
 * who reports a problem gives the line to look for. The log line names the method and path only (no query
 * string: it may hold tokens), and the stack trace is logged without the exceptions' messages (they may quote
 * personal data).
 */
public final class ErrorIds {

    public static final String ATTRIBUTE = "rebond.errorId";
    private static final Logger LOG = Logger.getLogger(ErrorIds.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorIds() {
    }

    /** Logs the error once (a second call for the same request logs nothing) and returns its reference. */
    public static String record(HttpServletRequest request, Throwable error) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known != null) {
            return known.toString();
        }
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().withUpperCase().formatHex(bytes);
        request.setAttribute(ATTRIBUTE, id);
        LOG.log(Level.SEVERE, "Error " + id + " on " + request.getMethod() + " " + request.getRequestURI(), scrubbed(error));
        return id;
    }

    /**
     * The error's classes and stack frames without its messages: a message may quote what a user typed (a name,
     * an e-mail address, a constraint's rejected value), which must not reach the log.
     */
    static Throwable scrubbed(Throwable error) {
        return scrubbed(error, 0);
    }

    /** Cause chains are copied up to this depth (a cycle in a chain must not overflow the stack). */
    private static final int MAX_CAUSES = 20;

    private static Throwable scrubbed(Throwable error, int depth) {
        Throwable cause = error.getCause();
        // The copy gets its cause in its constructor: Throwable.initCause refuses once a constructor has set it,
        // even to null, which is how errors with a cause went unlogged before.
        Scrubbed copy = new Scrubbed(error.getClass().getName(),
                cause == null || cause == error || depth >= MAX_CAUSES ? null : scrubbed(cause, depth + 1));
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    /** Prints as the original class name alone. */
    private static final class Scrubbed extends Throwable {

        private static final long serialVersionUID = 1L;
        private final String className;

        Scrubbed(String className, Throwable cause) {
            super(null, cause, false, true);
            this.className = className;
        }

        @Override
        public String toString() {
            return className + " (message not logged)";
        }
    }
}
