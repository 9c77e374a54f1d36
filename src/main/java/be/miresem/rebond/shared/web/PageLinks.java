package be.miresem.rebond.shared.web;

import be.miresem.rebond.shared.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Addresses used in pages ({@code #{links…}}): absolute canonical URLs, and static files with the
 * build's version in their address, so they can be cached for a year and still change with each release.
 */
@Named("links")
@ApplicationScoped
public class PageLinks {

    private static final Logger LOG = Logger.getLogger(PageLinks.class.getName());
    private static final String VERSION = readVersion();
    private static final String PUBLIC_URL = publicUrl();

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

    /**
     * The portal's public address, for every absolute link (pages, sitemap, e-mails): REBOND_PUBLIC_URL, or
     * {@code http://localhost:<REBOND_PORT>} when unset. Never taken from the request: a forged Host or
     * X-Forwarded-Host header must not reach a password-reset link.
     */
    public String baseUrl() {
        return PUBLIC_URL;
    }

    /** The same address, where no page is being rendered (start-up, scheduled jobs). */
    public static String publicAddress() {
        return PUBLIC_URL;
    }

    public static String version() {
        return VERSION;
    }

    void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (Settings.PUBLIC_URL.value().isEmpty()) {
            LOG.warning("REBOND_PUBLIC_URL is not set: links in e-mails and canonical addresses use " + PUBLIC_URL
                    + " (set it to the address people reach the portal at)");
        } else {
            LOG.info("Public address (links in e-mails and canonical addresses): " + PUBLIC_URL);
        }
    }

    private static String publicUrl() {
        return Settings.PUBLIC_URL.value().map(u -> u.replaceAll("/+$", ""))
                .orElseGet(() -> "http://localhost:" + Settings.PORT.get());
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
