package be.miresem.rebond.announcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Queries on announcements and their readings. */
@ApplicationScoped
public class AnnouncementRepository {

    @PersistenceContext
    private EntityManager em;

    public void add(Announcement announcement) {
        em.persist(announcement);
        em.flush();
    }

    public Optional<Announcement> findById(long id) {
        return Optional.ofNullable(em.find(Announcement.class, id));
    }

    /** Every announcement, newest first (the officer's list). */
    public List<Announcement> all(int max) {
        return em.createQuery("select a from Announcement a order by a.id desc", Announcement.class)
                .setMaxResults(max).getResultList();
    }

    /** The announcements a CPAS's agents see, newest first. */
    public List<Announcement> forCpas(long cpasId, int max) {
        return em.createQuery("select a from Announcement a where a.toAll = true or :cpas member of a.cpasIds "
                + "order by a.id desc", Announcement.class).setParameter("cpas", cpasId)
                .setMaxResults(max).getResultList();
    }

    /** Which of these announcements the person has read. */
    public Set<Long> readBy(String reader) {
        return new HashSet<>(em.createQuery("select r.announcementId from AnnouncementRead r where r.reader = :reader",
                Long.class).setParameter("reader", reader).getResultList());
    }

    public boolean hasRead(long announcementId, String reader) {
        return !em.createQuery("select r.id from AnnouncementRead r where r.announcementId = :id and r.reader = :reader",
                Long.class).setParameter("id", announcementId).setParameter("reader", reader).setMaxResults(1)
                .getResultList().isEmpty();
    }

    public void addRead(AnnouncementRead read) {
        em.persist(read);
    }

    /** How many people read each announcement (the officer's list). */
    public long readers(long announcementId) {
        return em.createQuery("select count(r) from AnnouncementRead r where r.announcementId = :id", Long.class)
                .setParameter("id", announcementId).getSingleResult();
    }
}
