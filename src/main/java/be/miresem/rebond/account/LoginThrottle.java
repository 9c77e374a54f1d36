package be.miresem.rebond.account;

import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Login throttling: after {@code REBOND_LOGIN_MAX_FAILURES} (5) failed sign-ins for one account or from one
 * address within {@code REBOND_LOGIN_WINDOW_MINUTES} (15), further attempts are refused without checking the
 * password, with the same French message whether the account exists or not. A successful sign-in clears the
 * account's and the address's failures. Kept in the database (table login_failure, subjects hashed), so it holds
 * across restarts and, later, across nodes.
 */
@ApplicationScoped
@Transactional
public class LoginThrottle {

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Whether attempts for this account or from this address are refused now. */
    public boolean refused(String email, String address) {
        Instant since = clock.instant().minus(Duration.ofMinutes(Settings.LOGIN_WINDOW_MINUTES.asInt()));
        for (String subject : subjects(email, address)) {
            Number failures = (Number) em.createNativeQuery(
                    "SELECT COUNT(*) FROM login_failure WHERE subject = ?1 AND failed_at >= ?2")
                    .setParameter(1, subject).setParameter(2, Timestamp.from(since)).getSingleResult();
            if (failures.intValue() >= Settings.LOGIN_MAX_FAILURES.asInt()) {
                return true;
            }
        }
        return false;
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        for (String subject : subjects(email, address)) {
            em.createNativeQuery("INSERT INTO login_failure (subject, failed_at) VALUES (?1, ?2)")
                    .setParameter(1, subject).setParameter(2, Timestamp.from(now)).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM login_failure WHERE failed_at < ?1")
                .setParameter(1, Timestamp.from(now.minus(Duration.ofDays(1)))).executeUpdate();
    }

    public void succeeded(String email, String address) {
        for (String subject : subjects(email, address)) {
            em.createNativeQuery("DELETE FROM login_failure WHERE subject = ?1").setParameter(1, subject).executeUpdate();
        }
    }

    private static List<String> subjects(String email, String address) {
        return List.of(Tokens.hash("account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT))),
                Tokens.hash("address:" + (address == null ? "" : address)));
    }
}
