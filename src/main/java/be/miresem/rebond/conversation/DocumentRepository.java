package be.miresem.rebond.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Queries on the documents of cases. */
@ApplicationScoped
public class DocumentRepository {

    @PersistenceContext
    private EntityManager em;

    /** Stores a document and its bytes. */
    public void add(CaseDocument document, byte[] content) {
        em.persist(document);
        em.flush();
        em.persist(new CaseDocumentContent(document.getId(), content));
    }

    public Optional<CaseDocument> findById(long id) {
        return Optional.ofNullable(em.find(CaseDocument.class, id));
    }

    public byte[] content(long documentId) {
        return em.find(CaseDocumentContent.class, documentId).getContent();
    }

    public List<CaseDocument> ofCase(long caseFileId) {
        return em.createNamedQuery("CaseDocument.ofCase", CaseDocument.class).setParameter("case", caseFileId)
                .getResultList();
    }

    public void remove(CaseDocument document) {
        CaseDocumentContent content = em.find(CaseDocumentContent.class, document.getId());
        if (content != null) {
            em.remove(content);
        }
        em.remove(document);
    }
}
