package be.miresem.rebond.shared.web;

import be.miresem.rebond.shared.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Addresses used in pages ({@code #{links…}}): absolute canonical URLs, and static files with the
 * build's version in their address, so they can be cached for a year and still change with each release.
 */
@Named("links")
@ApplicationScoped
public class PageLinks {

    private static final String VERSION = readVersion();

    @Inject
    private HttpServletRequest request;

    /** The absolute address of a path of the portal (the current page when path is empty). */
    public String canonical(String path) {
        String target = path == null || path.isEmpty()
                ? request.getRequestURI().substring(request.getContextPath().length()) : path;
        return baseUrl() + request.getContextPath() + target;
    }

    /** Address of a file under /static/, versioned: {@code /static/css/site.css?v=…}. */
    public String asset(String file) {
        return request.getContextPath() + "/static/" + file + "?v=" + VERSION;
    }

    public String baseUrl() {
        return Settings.PUBLIC_URL.value().map(u -> u.replaceAll("/+$", ""))
                .orElseGet(() -> request.getScheme() + "://" + request.getServerName()
                        + (isDefaultPort() ? "" : ":" + request.getServerPort()));
    }

    public static String version() {
        return VERSION;
    }

    private boolean isDefaultPort() {
        int port = request.getServerPort();
        return port == 80 && "http".equals(request.getScheme()) || port == 443 && "https".equals(request.getScheme());
    }

    private static String readVersion() {
        try (InputStream in = PageLinks.class.getResourceAsStream("/build.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("build.version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
