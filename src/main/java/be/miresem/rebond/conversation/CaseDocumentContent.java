package be.miresem.rebond.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The bytes of a {@link CaseDocument}, apart so that lists never read them. */
@Entity
@Table(name = "case_document_content")
public class CaseDocumentContent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected CaseDocumentContent() {
    }

    CaseDocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
