package be.miresem.rebond.meeting;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reminders and booking notices as stored, and their claims (one run of one node does each, exactly once). */
@ApplicationScoped
public class ReminderRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    public Optional<Reminder> find(Reminder.Kind kind, long targetId, String recipient) {
        return em.createNamedQuery("Reminder.find", Reminder.class).setParameter("kind", kind)
                .setParameter("target", targetId).setParameter("recipient", recipient).getResultStream().findFirst();
    }

    public List<Reminder> findForTarget(Reminder.Kind kind, long targetId) {
        return em.createNamedQuery("Reminder.findForTarget", Reminder.class).setParameter("kind", kind)
                .setParameter("target", targetId).getResultList();
    }

    public void add(Reminder reminder) {
        em.persist(reminder);
    }

    /** Ids of the pending reminders due at this instant (at most {@code max}). */
    public List<Long> findDueIds(Instant now, int max) {
        return em.createNamedQuery("Reminder.findDueIds", Long.class).setParameter("pending", Reminder.Status.PENDING)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** Marks a pending reminder sent; false when another run claimed it first (or it was cancelled). */
    public boolean claim(long id, Instant now) {
        return em.createQuery("update Reminder r set r.status = :sent, r.sentAt = :now, "
                        + "r.version = r.version + 1 where r.id = :id and r.status = :pending")
                .setParameter("sent", Reminder.Status.SENT).setParameter("now", now).setParameter("id", id)
                .setParameter("pending", Reminder.Status.PENDING).executeUpdate() == 1;
    }

    /** A reminder as the database holds it now (after a claim by bulk update). */
    public Reminder getFresh(long id) {
        Reminder reminder = em.find(Reminder.class, id);
        em.refresh(reminder);
        return reminder;
    }

    public List<Reminder> findRecent(int max) {
        return em.createNamedQuery("Reminder.findRecent", Reminder.class).setMaxResults(max).getResultList();
    }

    public void add(BookingNotice notice) {
        em.persist(notice);
    }

    /** Ids of the notices not done yet, oldest first. */
    public List<Long> findPendingNoticeIds() {
        return em.createNamedQuery("BookingNotice.findPendingIds", Long.class).getResultList();
    }

    /** Marks a notice done; false when another run had it. */
    public boolean claimNotice(long id, Instant now) {
        return em.createQuery("update BookingNotice n set n.doneAt = :now, n.version = n.version + 1 "
                + "where n.id = :id and n.doneAt is null").setParameter("now", now).setParameter("id", id)
                .executeUpdate() == 1;
    }

    /** A notice as the database holds it now (after its claim). */
    public BookingNotice getFreshNotice(long id) {
        BookingNotice notice = em.find(BookingNotice.class, id);
        em.refresh(notice);
        return notice;
    }
}
