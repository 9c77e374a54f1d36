package be.miresem.rebond.meeting;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Presentation sessions and their registrations as stored. */
@ApplicationScoped
public class PresentationSessionRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    public Optional<PresentationSession> findById(long id) {
        return Optional.ofNullable(em.find(PresentationSession.class, id));
    }

    /** The session, locked until the transaction ends: registrations to one session count its seats one at a time. */
    public Optional<PresentationSession> findByIdForUpdate(long id) {
        return Optional.ofNullable(em.find(PresentationSession.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<PresentationSession> findUpcoming(Instant now) {
        return em.createNamedQuery("PresentationSession.findUpcoming", PresentationSession.class)
                .setParameter("now", now).getResultList();
    }

    public List<PresentationSession> findBetween(Instant from, Instant to) {
        return em.createNamedQuery("PresentationSession.findBetween", PresentationSession.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Stores a new session at once (its id is known on return). */
    public void insert(PresentationSession session) {
        em.persist(session);
        em.flush();
    }

    public Optional<SessionRegistration> findRegistration(long id) {
        return Optional.ofNullable(em.find(SessionRegistration.class, id));
    }

    /** A session's registrations, in order of arrival. */
    public List<SessionRegistration> findRegistrations(long sessionId) {
        return em.createNamedQuery("SessionRegistration.findBySession", SessionRegistration.class)
                .setParameter("session", sessionId).getResultList();
    }

    public List<SessionRegistration> findRegistrationsOfRequest(long requestId) {
        return em.createNamedQuery("SessionRegistration.findByRequest", SessionRegistration.class)
                .setParameter("request", requestId).getResultList();
    }

    /** The registration (not cancelled) of this address for this session, if any. */
    public Optional<SessionRegistration> findActiveByEmail(long sessionId, String email) {
        return em.createNamedQuery("SessionRegistration.findActiveByEmail", SessionRegistration.class)
                .setParameter("session", sessionId).setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .setParameter("cancelled", SessionRegistration.Status.CANCELLED).getResultStream().findFirst();
    }

    /** CPAS that came to a session without a collaboration request and were not followed up yet. */
    public List<SessionRegistration> findToFollowUp() {
        return em.createNamedQuery("SessionRegistration.findToFollowUp", SessionRegistration.class)
                .setParameter("present", SessionRegistration.Attendance.PRESENT).getResultList();
    }

    public void add(SessionRegistration registration) {
        em.persist(registration);
    }

    /** The participants of the session's registrations that hold a seat. */
    public int seatsTaken(long sessionId) {
        Object taken = em.createQuery("select sum(r.participants) from SessionRegistration r "
                + "where r.sessionId = :session and r.status = :registered")
                .setParameter("session", sessionId).setParameter("registered", SessionRegistration.Status.REGISTERED)
                .getSingleResult();
        return taken == null ? 0 : ((Number) taken).intValue();
    }

    /** Writes pending changes now. */
    public void flush() {
        em.flush();
    }

    /** Registrations recorded present at sessions starting in [from, to), each with its session's start. */
    public List<Object[]> findAttended(java.time.Instant from, java.time.Instant to) {
        return em.createQuery("select r, s.startAt from SessionRegistration r, PresentationSession s where r.sessionId = s.id "
                + "and r.attendance = :present and s.startAt >= :from and s.startAt < :to order by r.id", Object[].class)
                .setParameter("present", SessionRegistration.Attendance.PRESENT).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }
}
