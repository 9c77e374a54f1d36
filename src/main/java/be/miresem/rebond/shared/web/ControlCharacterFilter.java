package be.miresem.rebond.shared.web;

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
import java.util.Map;

/**
 * Removes control characters (U+0000–U+001F except tab, line feed and carriage return, and U+007F) from every
 * request parameter before anything reads it. Nobody types them; PostgreSQL refuses U+0000 in text (an error
 * page instead of the form's answer), and no page could show them. Mapped first in web.xml; since it reads
 * the parameters, it first sets their encoding (UTF-8) unless the request names one.
 */
public class ControlCharacterFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            // Before the parameters are first read (here): forms are UTF-8, as Faces would otherwise set later.
            request.setCharacterEncoding("UTF-8");
        }
        chain.doFilter(hasControlCharacters(request) ? new Cleaned(request) : request, response);
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
