package be.miresem.rebond.account;

import be.miresem.rebond.shared.audit.AuditTrail;
import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.mail.MailText;
import be.miresem.rebond.shared.mail.Mailer;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    @Inject
    private SignInRecordRepository records;

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
        if (records.countResetsSince(account.get().getId(), now.minus(Duration.ofHours(1))) >= MAX_PER_HOUR) {
            return;
        }
        String token = Tokens.random();
        int minutes = Settings.RESET_MINUTES.asInt();
        records.addReset(account.get().getId(), Tokens.hash(token), now, now.plus(Duration.ofMinutes(minutes)));
        mailer.send(account.get().getEmail(), MailText.of("mail.reset")
                .bodyWith(account.get().getFullName(), baseUrl + "/mot-de-passe?jeton=" + token, minutes));
        audit.record("account.reset.request", "UserAccount#" + account.get().getId(), null);
    }

    /** The account a link can still reset, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return records.findAccountOfUsableReset(Tokens.hash(token), clock.instant()).flatMap(accounts::findById)
                .filter(UserAccount::isActive);
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
        records.useUpResets(account.getId(), clock.instant());
        throttle.succeeded(account.getEmail(), null);
        audit.record("account.reset", "UserAccount#" + account.getId(), null);
    }
}
