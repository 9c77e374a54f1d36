package be.miresem.rebond.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries on notices. */
@ApplicationScoped
public class NoticeRepository {

    @PersistenceContext
    private EntityManager em;

    /** Stores a notice and flushes, so its id (the e-mail's link) is known at once. */
    public void add(Notice notice) {
        em.persist(notice);
        em.flush();
    }

    public Optional<Notice> findById(long id) {
        return Optional.ofNullable(em.find(Notice.class, id));
    }

    /** The unseen notices of one person, and those seen since {@code since}, newest first. */
    public List<Notice> findRecent(String recipient, Instant since, int max) {
        return em.createNamedQuery("Notice.findRecent", Notice.class).setParameter("recipient", recipient)
                .setParameter("since", since).setMaxResults(max).getResultList();
    }

    public long countUnseen(String recipient) {
        return em.createNamedQuery("Notice.countUnseen", Long.class).setParameter("recipient", recipient)
                .getSingleResult();
    }
}
