package be.miresem.rebond.conversation;

import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.account.CurrentUser;
import be.miresem.rebond.casefile.CaseAccess;
import be.miresem.rebond.casefile.CaseFiles;
import be.miresem.rebond.notification.NotificationKind;
import be.miresem.rebond.notification.Notifications;
import be.miresem.rebond.shared.Refusal;
import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.security.NotFoundException;
import be.miresem.rebond.shared.text.StoredText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Documents attached to a case (a CV, a signed consent, an attestation) by its CPAS's agents and the officers.
 * Kinds are judged by content ({@link FileTypes}), the size by {@link Settings#DOCUMENT_MAX_MB}; the bytes live in
 * the database (backups and the PostgreSQL copy carry them). Only who may see the case lists, attaches or
 * downloads (404 otherwise, by id too); every attachment, download and removal is written in the case's access log.
 * Erasure and retention remove them with the case (casefile.PersonalData).
 */
@ApplicationScoped
@Transactional
public class Documents {

    /** The form field of the file, where refusals are said. */
    public static final String FIELD = "documentFile";

    /** A download: the name, the type read from the bytes, the bytes. */
    public record Download(String fileName, String mediaType, byte[] content) {
    }

    @Inject
    private DocumentRepository repository;

    @Inject
    private CaseFiles cases;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountService accounts;

    @Inject
    private Notifications notifications;

    @Inject
    private AuditTrail audit;

    /** The largest document accepted, in bytes. */
    public static long maxBytes() {
        return Settings.DOCUMENT_MAX_MB.asInt() * 1024L * 1024L;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseDocument> ofCase(long caseFileId) {
        cases.cpasIdOf(caseFileId);
        return repository.ofCase(caseFileId);
    }

    /** Attaches a file to a case; the other side is told (without the file's name). */
    public CaseDocument attach(long caseFileId, String fileName, byte[] content) {
        long cpasId = cases.cpasIdOf(caseFileId);
        if (content == null || content.length == 0) {
            throw new Refusal(FIELD, "documents.file.required");
        }
        if (content.length > maxBytes()) {
            throw new Refusal(FIELD, "documents.file.tooLarge", Settings.DOCUMENT_MAX_MB.asInt());
        }
        String name = cleanName(fileName);
        String type = FileTypes.accepted(name, content)
                .orElseThrow(() -> new Refusal(FIELD, "documents.file.typeRefused"));
        CaseDocument document = new CaseDocument(cpasId, caseFileId, name, type, content.length,
                currentUser.getEmail());
        repository.add(document, content);
        cases.recordAccess(caseFileId, CaseAccess.Action.CHANGE, "document ajouté");
        audit.record("document.attach", "CaseFile#" + caseFileId, null);
        String news = StoredText.of("notification.document.case");
        for (String person : accounts.otherSide(cpasId)) {
            notifications.tell(person, NotificationKind.MESSAGE, news,
                    "/espace/dossiers/dossier?id=" + caseFileId + "#documents", "mail.caseMessage");
        }
        return document;
    }

    /** A document's bytes for who may see its case (404 otherwise), the download written in the access log. */
    public Download download(long documentId) {
        CaseDocument document = visible(documentId);
        cases.recordAccess(document.getCaseFileId(), CaseAccess.Action.READ, "document téléchargé");
        return new Download(document.getFileName(), document.getMediaType(), repository.content(documentId));
    }

    /** Removes a document: its author, or an officer. */
    public void remove(long documentId) {
        CaseDocument document = visible(documentId);
        if (!currentUser.isOfficer() && !document.getUploadedBy().equals(currentUser.getEmail())) {
            throw new Refusal(null, "documents.remove.notYours");
        }
        repository.remove(document);
        cases.recordAccess(document.getCaseFileId(), CaseAccess.Action.CHANGE, "document retiré");
        audit.record("document.remove", "CaseFile#" + document.getCaseFileId(), null);
    }

    private CaseDocument visible(long documentId) {
        CaseDocument document = repository.findById(documentId)
                .orElseThrow(() -> new NotFoundException("document " + documentId));
        cases.cpasIdOf(document.getCaseFileId()); // 404 for a case the caller may not see
        return document;
    }

    /** The name as the person's computer gave it, without a path or characters that have no place in a name. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>:|?*]", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > CaseDocument.NAME_MAX ? name.substring(name.length() - CaseDocument.NAME_MAX) : name;
    }
}
