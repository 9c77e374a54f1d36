package be.miresem.rebond.conversation.web;

import be.miresem.rebond.conversation.Documents;
import be.miresem.rebond.shared.security.AccessDeniedException;
import be.miresem.rebond.shared.security.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * /espace/dossiers/document?id=: a case's document, always as an attachment (never shown inline, so a file cannot
 * run in the portal's origin), with its type as read from its bytes and {@code nosniff}. 404 for anyone who may not
 * see the case, exactly as for an id that does not exist; each download is in the case's access log.
 */
@WebServlet(urlPatterns = "/espace/dossiers/document")
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Documents documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Documents.Download download;
        try {
            download = documents.download(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | NotFoundException | AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String ascii = download.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(download.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(download.content().length);
        response.getOutputStream().write(download.content());
    }
}
