package be.miresem.rebond.account;

import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.mail.MailText;
import be.miresem.rebond.shared.mail.Mailer;
import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.web.PageLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Login throttling, per address and per account, so that nobody can keep the account holder out:
 * <ul>
 * <li>an address with {@code REBOND_LOGIN_MAX_FAILURES} (5) failed sign-ins within {@code REBOND_LOGIN_WINDOW_MINUTES}
 * (15) is refused for every account until its failures leave the window;</li>
 * <li>an account with that many failures, from any addresses, is not locked but slowed down: each attempt must
 * wait {@code REBOND_LOGIN_DELAY_SECONDS} (30) after the latest failure, doubled at each further failure, at most
 * the window. Refused attempts count for nothing, so an attacker gets one guess per delay while the holder, from
 * an address of their own, signs in once the delay has passed. The holder is told by e-mail when it starts.</li>
 * </ul>
 * Refusals say the same whether the account exists or not. A successful sign-in clears the account's and the
 * address's failures. Kept in the database (table login_failure, subjects hashed), so it holds across restarts
 * and nodes.
 */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    @Inject
    private SignInRecordRepository records;

    @Inject
    private Clock clock;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Mailer mailer;

    /** Why attempts are refused now, and for how long; empty when the password may be checked. */
    public record Refusal(boolean address, Duration remaining) {
    }

    /** Whether attempts for this account from this address are refused now. */
    public Optional<Refusal> refused(String email, String address) {
        Instant now = clock.instant();
        Duration window = Duration.ofMinutes(Settings.LOGIN_WINDOW_MINUTES.asInt());
        int max = Settings.LOGIN_MAX_FAILURES.asInt();
        List<Instant> fromAddress = failures(addressSubject(address), now.minus(window));
        if (fromAddress.size() >= max) {
            return Optional.of(new Refusal(true, Duration.between(now, fromAddress.get(fromAddress.size() - max).plus(window))));
        }
        List<Instant> forAccount = failures(accountSubject(email), now.minus(window));
        if (forAccount.size() >= max) {
            Instant until = forAccount.get(forAccount.size() - 1).plus(delay(forAccount.size(), max,
                    Duration.ofSeconds(Settings.LOGIN_DELAY_SECONDS.asInt()), window));
            if (now.isBefore(until)) {
                return Optional.of(new Refusal(false, Duration.between(now, until)));
            }
        }
        return Optional.empty();
    }

    /**
     * The wait after an account's latest failure once it has {@code failures} in the window: none below
     * {@code max}, then {@code base}, doubled at each further failure, at most {@code cap}.
     */
    static Duration delay(int failures, int max, Duration base, Duration cap) {
        if (failures < max) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - max, 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        for (String subject : List.of(accountSubject(email), addressSubject(address))) {
            records.addFailure(subject, now);
        }
        records.removeFailuresBefore(now.minus(Duration.ofDays(1)));
        int max = Settings.LOGIN_MAX_FAILURES.asInt();
        Duration window = Duration.ofMinutes(Settings.LOGIN_WINDOW_MINUTES.asInt());
        if (failures(accountSubject(email), now.minus(window)).size() == max) {
            warnHolder(email);
        }
    }

    public void succeeded(String email, String address) {
        for (String subject : List.of(accountSubject(email), addressSubject(address))) {
            records.removeFailures(subject);
        }
    }

    /** The account holder learns that sign-ins to their account are being slowed down (no address or detail). */
    private void warnHolder(String email) {
        accounts.findByEmail(email == null ? "" : email).filter(UserAccount::isActive).ifPresent(account -> {
            mailer.send(account.getEmail(), MailText.of("mail.throttled").bodyWith(account.getFullName(),
                    Settings.LOGIN_MAX_FAILURES.asInt(), PageLinks.publicAddress() + "/mot-de-passe-oublie"));
            LOG.info("Sign-ins to an account slowed down after repeated failures; its holder was told by e-mail");
        });
    }

    /** The failures of a subject since a time, oldest first. */
    private List<Instant> failures(String subject, Instant since) {
        return records.findFailuresSince(subject, since);
    }

    private static String accountSubject(String email) {
        return Tokens.hash("account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT)));
    }

    private static String addressSubject(String address) {
        return Tokens.hash("address:" + (address == null ? "" : address));
    }
}
