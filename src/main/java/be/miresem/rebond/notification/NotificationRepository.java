package be.miresem.rebond.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries on notifications. */
@ApplicationScoped
public class NotificationRepository {

    @PersistenceContext
    private EntityManager em;

    /** Stores a notification and flushes, so its id (the e-mail's link) is known at once. */
    public void add(Notification notification) {
        em.persist(notification);
        em.flush();
    }

    public Optional<Notification> findById(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    /** The unseen notifications of one person, and those seen since {@code since}, newest first. */
    public List<Notification> findRecent(String recipient, Instant since, int max) {
        return em.createNamedQuery("Notification.findRecent", Notification.class).setParameter("recipient", recipient)
                .setParameter("since", since).setMaxResults(max).getResultList();
    }

    public void markAllSeen(String recipient, Instant at) {
        em.createQuery("update Notification n set n.seenAt = :at where n.recipient = :recipient and n.seenAt is null")
                .setParameter("at", at).setParameter("recipient", recipient).executeUpdate();
    }

    /** How many of one person's unseen notifications lead to an address beginning with this. */
    public long countUnseenAbout(String recipient, String linkPrefix) {
        return em.createQuery("select count(n) from Notification n where n.recipient = :recipient and n.seenAt is null "
                + "and n.link like :prefix", Long.class).setParameter("recipient", recipient)
                .setParameter("prefix", linkPrefix.replace("%", "") + "%").getSingleResult();
    }

    /** Marks one person's notifications that lead to this address seen. */
    public void markSeenAbout(String recipient, String link, Instant at) {
        em.createQuery("update Notification n set n.seenAt = :at where n.recipient = :recipient and n.seenAt is null "
                + "and n.link = :link").setParameter("at", at).setParameter("recipient", recipient)
                .setParameter("link", link).executeUpdate();
    }

    public long countUnseen(String recipient) {
        return em.createNamedQuery("Notification.countUnseen", Long.class).setParameter("recipient", recipient)
                .getSingleResult();
    }
}
