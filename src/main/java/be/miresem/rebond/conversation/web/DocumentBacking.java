package be.miresem.rebond.conversation.web;

import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.conversation.CaseDocument;
import be.miresem.rebond.conversation.Documents;
import be.miresem.rebond.shared.Refusal;
import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.web.Messages;
import be.miresem.rebond.shared.web.Redirect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Backs the "Documents" section of a case file (/espace/dossiers/dossier): the list, the upload (refused files are
 * said next to the field, before the bytes are even read when too large) and the removal by its author or an
 * officer. Downloads go through {@link DocumentDownloadServlet}.
 */
@Named
@RequestScoped
public class DocumentBacking {

    private static final Locale FRENCH = Locale.forLanguageTag("fr-BE");

    @Inject
    private Documents documents;

    @Inject
    private CurrentUser currentUser;

    private List<CaseDocument> list;

    public List<CaseDocument> documents(long caseId) {
        if (list == null) {
            list = documents.ofCase(caseId);
        }
        return list;
    }

    public String attach(long caseId) {
        try {
            Part file = uploaded();
            if (file == null || file.getSize() == 0) {
                throw new Refusal(Documents.FIELD, "documents.file.required");
            }
            if (file.getSize() > Documents.maxBytes()) {
                throw new Refusal(Documents.FIELD, "documents.file.tooLarge", Settings.DOCUMENT_MAX_MB.asInt());
            }
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readAllBytes();
            }
            documents.attach(caseId, file.getSubmittedFileName(), content);
        } catch (Refusal refusal) {
            Messages.refused(refusal);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Messages.flashInfo("documents.attached");
        return Redirect.to("/espace/dossiers/dossier?id=" + caseId + "#documents");
    }

    public String remove(long documentId, long caseId) {
        try {
            documents.remove(documentId);
        } catch (Refusal refusal) {
            Messages.refused(refusal);
            return null;
        }
        Messages.flashInfo("documents.removed");
        return Redirect.to("/espace/dossiers/dossier?id=" + caseId + "#documents");
    }

    /** Whether the signed-in person may remove this document: its author, or an officer. */
    public boolean removable(CaseDocument document) {
        return currentUser.isOfficer() || document.getUploadedBy().equals(currentUser.getEmail());
    }

    /** A size as people read it: "820 Ko", "2,4 Mo". */
    public String size(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(FRENCH);
        number.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return number.format(Math.max(1, Math.round(bytes / 1024.0))) + " Ko";
        }
        return number.format(bytes / (1024.0 * 1024.0)) + " Mo";
    }

    /** The largest size accepted, for the field's hint. */
    public int getMaxMegabytes() {
        return Settings.DOCUMENT_MAX_MB.asInt();
    }

    /** The file sent with the form, only from a multipart post (any other body has none). */
    private static Part uploaded() throws IOException {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        try {
            return request.getPart("documentFile");
        } catch (jakarta.servlet.ServletException e) {
            return null;
        }
    }
}
