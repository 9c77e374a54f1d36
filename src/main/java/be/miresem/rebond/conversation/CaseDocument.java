package be.miresem.rebond.conversation;

import be.miresem.rebond.shared.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A file attached to a case (a CV, a signed consent, an attestation): what the case's "Documents" list shows. Its
 * bytes are a {@link CaseDocumentContent}, read only when it is downloaded. Its media type is what Apache Tika
 * read in the bytes, never what the name claims.
 */
@Entity
@Table(name = "case_document")
@NamedQuery(name = "CaseDocument.ofCase", query = "select d from CaseDocument d where d.caseFileId = :case order by d.id")
public class CaseDocument extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 200;

    @Column(name = "cpas_id", nullable = false, updatable = false)
    private long cpasId;

    @Column(name = "case_file_id", nullable = false, updatable = false)
    private long caseFileId;

    @Column(name = "file_name", nullable = false, length = NAME_MAX, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 120, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "uploaded_by", nullable = false, length = 254, updatable = false)
    private String uploadedBy;

    protected CaseDocument() {
    }

    CaseDocument(long cpasId, long caseFileId, String fileName, String mediaType, long sizeBytes, String uploadedBy) {
        this.cpasId = cpasId;
        this.caseFileId = caseFileId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
    }

    public long getCpasId() {
        return cpasId;
    }

    public long getCaseFileId() {
        return caseFileId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
