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

    public Optional<NotificationPreference> findPreference(String person, NotificationKind kind) {
        return em.createQuery("select p from NotificationPreference p where p.person = :person and p.kind = :kind",
                NotificationPreference.class).setParameter("person", person).setParameter("kind", kind)
                .getResultStream().findFirst();
    }

    public List<NotificationPreference> preferencesOf(String person) {
        return em.createQuery("select p from NotificationPreference p where p.person = :person",
                NotificationPreference.class).setParameter("person", person).getResultList();
    }

    public void addPreference(NotificationPreference preference) {
        em.persist(preference);
    }

    /** The notifications waiting for a digest, by recipient. */
    public List<Notification> digestPending() {
        return em.createNamedQuery("Notification.digestPending", Notification.class).getResultList();
    }

    /** Claims the day for a daily job: true if no run had it yet (a conditional update, so only one run does). */
    public boolean claimDay(String job, java.time.LocalDate day) {
        return em.createNativeQuery("UPDATE daily_run SET last_day = ?1 WHERE name = ?2 AND (last_day IS NULL "
                + "OR last_day < ?1)").setParameter(1, java.sql.Date.valueOf(day)).setParameter(2, job)
                .executeUpdate() == 1;
    }
}
