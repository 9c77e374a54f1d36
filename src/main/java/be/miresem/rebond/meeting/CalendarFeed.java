package be.miresem.rebond.meeting;

import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.account.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Private iCalendar feeds: the address carries a random token (only its hash is stored, see
 * {@link AccountService#renewFeedToken}). A partner's feed lists their CPAS's meetings; the officer's lists
 * every meeting and every presentation session; from 30 days back to a year ahead.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CalendarFeed {

    private static final Duration BACK = Duration.ofDays(30);
    private static final Duration AHEAD = Duration.ofDays(366);

    @Inject
    private BookingRepository bookingRepository;

    @Inject
    private PresentationSessionRepository sessionRepository;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    /** The feed of the account a token belongs to; empty for an unknown, revoked or deactivated one. */
    public Optional<String> forToken(String token) {
        return accounts.findByFeedToken(token).map(this::feed);
    }

    private String feed(UserAccount account) {
        Instant now = clock.instant();
        Instant from = now.minus(BACK);
        Instant to = now.plus(AHEAD);
        if (account.isOfficer()) {
            return CalendarFiles.feed(bookingRepository.findBetween(from, to), sessionRepository.findBetween(from, to));
        }
        return CalendarFiles.feed(bookingRepository.findBetweenForCpas(account.getCpas(), from, to), List.of());
    }
}
