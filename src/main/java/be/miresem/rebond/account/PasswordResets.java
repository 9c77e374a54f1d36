package be.miresem.rebond.account;

import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.mail.Mailer;
import be.miresem.rebond.shared.persistence.Persistence;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.web.Messages;
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
import java.util.Optional;

/**
 * "Mot de passe oublié": a link by e-mail with a random token (only its hash is stored) that works once, for
 * {@code REBOND_RESET_MINUTES} (60), and only for an active account. Asking never says whether an account exists;
 * at most three links per account and hour are sent. Using a link sets the new password (policy checked), uses
 * up every link of the account and clears its failed sign-ins.
 */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class PasswordResets {

    static final int MAX_PER_HOUR = 3;

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Mailer mailer;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private LoginThrottle throttle;

    /** Sends a reset link if the address belongs to an active account; does nothing visible otherwise. */
    public void request(String email, String baseUrl) {
        Optional<UserAccount> account = accounts.findByEmail(email == null ? "" : email.strip()).filter(UserAccount::isActive);
        if (account.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Number recent = (Number) em.createNativeQuery("SELECT COUNT(*) FROM password_reset WHERE account_id = ?1 AND created_at >= ?2")
                .setParameter(1, account.get().getId()).setParameter(2, Timestamp.from(now.minus(Duration.ofHours(1))))
                .getSingleResult();
        if (recent.intValue() >= MAX_PER_HOUR) {
            return;
        }
        String token = Tokens.random();
        int minutes = Settings.RESET_MINUTES.asInt();
        em.createNativeQuery("INSERT INTO password_reset (account_id, token_hash, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, account.get().getId()).setParameter(2, Tokens.hash(token)).setParameter(3, Timestamp.from(now))
                .setParameter(4, Timestamp.from(now.plus(Duration.ofMinutes(minutes)))).executeUpdate();
        mailer.send(account.get().getEmail(), Messages.text("mail.reset.subject"),
                Messages.text("mail.reset.body", account.get().getFullName(), baseUrl + "/mot-de-passe?jeton=" + token, minutes));
        audit.record("account.reset.request", "UserAccount#" + account.get().getId(), null);
    }

    /** The account a link can still reset, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT account_id FROM password_reset WHERE token_hash = ?1 AND used_at IS NULL "
                + "AND expires_at > ?2").setParameter(1, Tokens.hash(token)).setParameter(2, Timestamp.from(clock.instant()))
                .getResultList();
        return ids.isEmpty() ? Optional.empty()
                : accounts.findById(((Number) ids.get(0)).longValue()).filter(UserAccount::isActive);
    }

    /**
     * Sets the new password through a link and uses up every link of the account.
     *
     * @throws AccountException "reset.invalid" for a used, expired or unknown link, or the policy's key
     */
    public void reset(String token, String password) {
        UserAccount account = usable(token).orElseThrow(() -> new AccountException("reset.invalid"));
        PasswordPolicy.check(password, account.getEmail()).ifPresent(key -> {
            throw new AccountException(key);
        });
        account.setPasswordHash(hasher.hash(password.toCharArray()));
        em.createNativeQuery("UPDATE password_reset SET used_at = ?1 WHERE account_id = ?2 AND used_at IS NULL")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, account.getId()).executeUpdate();
        throttle.succeeded(account.getEmail(), null);
        audit.record("account.reset", "UserAccount#" + account.getId(), null);
    }
}
