package be.miresem.rebond.shared.backup.web;

import be.miresem.rebond.shared.backup.Backups;
import be.miresem.rebond.shared.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * POST /sauvegarde with {@code Authorization: Bearer <REBOND_BACKUP_TOKEN>}: the backup command for scripts and
 * cron (docs/operations.md). Answers 201 with the backup's folder name. Disabled (404) when no token is set; a
 * wrong token is a 403. GET is not allowed: a backup is never started by following a link.
 */
@WebServlet(urlPatterns = "/sauvegarde")
public class BackupServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Backups backups;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = Settings.BACKUP_TOKEN.value().filter(t -> !t.isBlank()).orElse(null);
        if (token == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String given = request.getHeader("Authorization");
        byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!backups.isSupported()) {
            response.sendError(HttpServletResponse.SC_CONFLICT, "Online backups are for the embedded Derby database;"
                    + " back PostgreSQL up with pg_dump (docs/operations.md)");
            return;
        }
        Backups.Backup backup = backups.backup();
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println(backup.name());
    }
}
