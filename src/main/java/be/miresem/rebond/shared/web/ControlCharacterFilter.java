package be.miresem.rebond.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The first filter of every request. It answers what the portal does not serve with a French error page and
 * one log line, before anything reads the request: a method other than GET, HEAD, POST or OPTIONS (405), a
 * body announced over the container's 2 MB limit (413; a chunked body is cut at 2 MB by the container itself,
 * so its form answers with field errors), parameters that cannot be decoded, such as raw bytes that are
 * not UTF-8 in the query (400). Then it removes control characters (U+0000–U+001F except tab, line feed and carriage return, and U+007F) from every
 * request parameter before anything reads it. Nobody types them; PostgreSQL refuses U+0000 in text (an error
 * page instead of the form's answer), and no page could show them. Mapped first in web.xml; since it reads
 * the parameters, it first sets their encoding (UTF-8) unless the request names one.
 */
public class ControlCharacterFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ControlCharacterFilter.class.getName());
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    /** Grizzly's default max-post-size: a larger form body is not parsed at all. */
    static final long MAX_BODY = 2L * 1024 * 1024;
    /**
     * A file sent to the signed-in space (a document on a case, web.xml's multipart-config): up to the container's
     * limit, so the portal's own, smaller one (REBOND_DOCUMENT_MAX_MB) is said next to the field.
     */
    static final long MAX_UPLOAD = 68157440L;
    /** Set on a request refused here, for its error page. */
    private static final String REFUSED = ControlCharacterFilter.class.getName() + ".refused";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // The error page of a request refused here must not read the body either (the container would
            // throw again): it sees a GET without parameters.
            chain.doFilter(request.getAttribute(REFUSED) != null ? new Unread(request) : request, response);
            return;
        }
        if (!METHODS.contains(request.getMethod())) {
            LOG.info(() -> "Refused: method " + request.getMethod().replaceAll("[^A-Za-z]", "?") + " (405)");
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            refuse(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (request.getContentLengthLong() > maxBody(request)) {
            LOG.info(() -> "Refused: a body of " + request.getContentLengthLong() + " bytes (413)");
            refuse(request, response, 413);
            return;
        }
        if (request.getCharacterEncoding() == null) {
            // Before the parameters are first read (here): forms are UTF-8, as Faces would otherwise set later.
            request.setCharacterEncoding("UTF-8");
        }
        boolean cleanable;
        try {
            cleanable = hasControlCharacters(request);
        } catch (RuntimeException undecodable) {
            // Grizzly refuses to parse a chunked body over the limit, or bytes that are not UTF-8.
            boolean tooLarge = String.valueOf(undecodable.getMessage()).toLowerCase(Locale.ROOT).contains("too large");
            LOG.info(() -> "Refused: " + (tooLarge ? "a body over 2 MB (413)" : "undecodable parameters (400): "
                    + undecodable.getClass().getSimpleName()));
            refuse(request, response, tooLarge ? 413 : HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(cleanable ? new Cleaned(request) : request, response);
    }

    /** The larger limit only for a multipart post to the space, which the container lets only signed-in people reach. */
    private static long maxBody(HttpServletRequest request) {
        String type = request.getContentType();
        boolean upload = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                && request.getRequestURI().startsWith(request.getContextPath() + "/espace/");
        return upload ? MAX_UPLOAD : MAX_BODY;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        request.setAttribute(REFUSED, status);
        response.sendError(status);
    }

    private static boolean hasControlCharacters(HttpServletRequest request) {
        for (String[] values : request.getParameterMap().values()) {
            for (String value : values) {
                if (value != null && clean(value) != value) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The value without control characters; the same instance when it has none. */
    static String clean(String value) {
        int i = 0;
        while (i < value.length() && !isControl(value.charAt(i))) {
            i++;
        }
        if (i == value.length()) {
            return value;
        }
        StringBuilder cleaned = new StringBuilder(value.length()).append(value, 0, i);
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isControl(c)) {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
    }

    /** A refused request as its error page sees it: a GET whose parameters are not read. */
    private static final class Unread extends HttpServletRequestWrapper {
        Unread(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }
    }

    private static final class Cleaned extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        Cleaned(HttpServletRequest request) {
            super(request);
            Map<String, String[]> cleaned = new LinkedHashMap<>();
            request.getParameterMap().forEach((name, values) -> {
                String[] copy = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    copy[i] = values[i] == null ? null : clean(values[i]);
                }
                cleaned.put(name, copy);
            });
            this.parameters = Collections.unmodifiableMap(cleaned);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
