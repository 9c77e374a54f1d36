package be.miresem.rebond.shared.web;

import be.miresem.rebond.shared.cluster.CacheVersions;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;

/**
 * Serves the public pages to anonymous visitors from {@link PageCache}: a page is rendered once,
 * then sent as bytes (with an ETag, answering 304 to a browser that has it) until public content
 * changes. Only GETs of the listed public addresses without a session are cached; signed-in users,
 * forms and every other address always get a fresh rendering. Mapped in web.xml, before the news
 * address filter.
 */
public class PageCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int MAX_QUERY = 40;
    private static final Set<String> CACHEABLE_TYPES = Set.of("text/html", "application/xml");

    @Inject
    private PageCache cache;

    @Inject
    private CacheVersions versions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isCacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getServerName() + ":" + request.getServerPort() + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        long now = System.currentTimeMillis();
        long version = versions.current(CacheVersions.PUBLIC_CONTENT);
        PageCache.Entry entry = cache.get(key, now, version);
        if (entry == null) {
            Capture capture = new Capture(response);
            chain.doFilter(request, capture);
            if (capture.errorSent) {
                return;
            }
            byte[] body = capture.bytes();
            String type = response.getContentType();
            if (capture.status == 200 && type != null && CACHEABLE_TYPES.contains(type.split(";")[0].strip())
                    && !response.containsHeader("Set-Cookie") && request.getSession(false) == null) {
                entry = new PageCache.Entry(body, type, etag(body), now, version);
                cache.put(key, entry);
            } else {
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
                return;
            }
        }
        response.setHeader("ETag", entry.etag());
        response.setHeader("Cache-Control", "no-cache");
        if (entry.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(entry.contentType());
        response.setContentLength(entry.body().length);
        response.getOutputStream().write(entry.body());
    }

    private static boolean isCacheable(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        if (request.getRequestedSessionId() != null || request.getUserPrincipal() != null) {
            return false;
        }
        String query = request.getQueryString();
        return query == null || query.length() <= MAX_QUERY;
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps what the page writes, to send it (and cache it) once the rendering succeeded. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        private int status = 200;
        private boolean errorSent;

        Capture(HttpServletResponse response) {
            super(response);
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            errorSent = true;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            errorSent = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = 302;
            errorSent = true;
            super.sendRedirect(location);
        }

        @Override
        public void setContentLength(int len) {
            // the real length is set when the captured body is sent
        }

        @Override
        public void setContentLengthLong(long len) {
            // idem
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        Charset.forName(encoding, StandardCharsets.UTF_8)), false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // kept until the page is complete
        }

        @Override
        public boolean isCommitted() {
            return false;
        }
    }
}
