package be.miresem.rebond.meeting;

import be.miresem.rebond.account.AccountService;
import be.miresem.rebond.account.UserAccount;
import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    @PersistenceContext(unitName = Persistence.UNIT)
    private EntityManager em;

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
            List<Booking> bookings = em.createNamedQuery("Booking.findBetween", Booking.class)
                    .setParameter("from", from).setParameter("to", to).getResultList();
            List<PresentationSession> sessions = em.createNamedQuery("PresentationSession.findBetween",
                    PresentationSession.class).setParameter("from", from).setParameter("to", to).getResultList();
            return CalendarFiles.feed(bookings, sessions);
        }
        List<Booking> bookings = em.createNamedQuery("Booking.findBetweenForCpas", Booking.class)
                .setParameter("cpas", account.getCpas()).setParameter("from", from).setParameter("to", to)
                .getResultList();
        return CalendarFiles.feed(bookings, List.of());
    }
}
