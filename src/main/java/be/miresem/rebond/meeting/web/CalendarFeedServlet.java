package be.miresem.rebond.meeting.web;

import be.miresem.rebond.meeting.CalendarFeed;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Serves private calendar feeds at /agenda/{token}.ics for subscription from Outlook, Google or
 * Thunderbird (no sign-in: the token is the key). Unknown or revoked tokens get a plain 404.
 */
@WebServlet("/agenda/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CalendarFeed feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String token = path == null || !path.endsWith(".ics") ? null : path.substring(1, path.length() - 4);
        Optional<String> feed = token == null ? Optional.empty() : feeds.forToken(token);
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
