package be.miresem.rebond.account;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rows that sign-ins leave: password-reset links ({@code password_reset}, only the hash of each token) and
 * failed sign-ins ({@code login_failure}, subjects hashed). Plain SQL: these rows are not entities, nothing else
 * reads them.
 */
@ApplicationScoped
public class SignInRecordRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    /** How many reset links the account received since that instant. */
    public int countResetsSince(long accountId, Instant since) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM password_reset WHERE account_id = ?1 AND created_at >= ?2")
                .setParameter(1, accountId).setParameter(2, Timestamp.from(since)).getSingleResult()).intValue();
    }

    public void addReset(long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
        em.createNativeQuery("INSERT INTO password_reset (account_id, token_hash, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, accountId).setParameter(2, tokenHash).setParameter(3, Timestamp.from(createdAt))
                .setParameter(4, Timestamp.from(expiresAt)).executeUpdate();
    }

    /** The account of an unused link with this token hash, valid at that instant. */
    public Optional<Long> findAccountOfUsableReset(String tokenHash, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT account_id FROM password_reset WHERE token_hash = ?1 AND used_at IS NULL "
                + "AND expires_at > ?2").setParameter(1, tokenHash).setParameter(2, Timestamp.from(now)).getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** Uses up every unused link of the account. */
    public void useUpResets(long accountId, Instant now) {
        em.createNativeQuery("UPDATE password_reset SET used_at = ?1 WHERE account_id = ?2 AND used_at IS NULL")
                .setParameter(1, Timestamp.from(now)).setParameter(2, accountId).executeUpdate();
    }

    public void addFailure(String subject, Instant at) {
        em.createNativeQuery("INSERT INTO login_failure (subject, failed_at) VALUES (?1, ?2)")
                .setParameter(1, subject).setParameter(2, Timestamp.from(at)).executeUpdate();
    }

    public void removeFailuresBefore(Instant before) {
        em.createNativeQuery("DELETE FROM login_failure WHERE failed_at < ?1")
                .setParameter(1, Timestamp.from(before)).executeUpdate();
    }

    public void removeFailures(String subject) {
        em.createNativeQuery("DELETE FROM login_failure WHERE subject = ?1").setParameter(1, subject).executeUpdate();
    }

    /** The failures of a subject since a time, oldest first. */
    public List<Instant> findFailuresSince(String subject, Instant since) {
        @SuppressWarnings("unchecked")
        List<Object> times = em.createNativeQuery(
                "SELECT failed_at FROM login_failure WHERE subject = ?1 AND failed_at >= ?2 ORDER BY failed_at")
                .setParameter(1, subject).setParameter(2, Timestamp.from(since)).getResultList();
        return times.stream().map(t -> ((Timestamp) t).toInstant()).toList();
    }
}
