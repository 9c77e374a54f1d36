package be.miresem.rebond.meeting;

import be.miresem.rebond.shared.persistence.RetriedOnContention;
import be.miresem.rebond.shared.security.SignedTokens;
import be.miresem.rebond.shared.security.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The signed links of the meeting e-mails: whoever holds one cancels or moves that meeting without signing in,
 * under a partner's rules (up to the cut-off), as long as the meeting has not changed since the e-mail (the
 * link names its sequence).
 */
@ApplicationScoped
@Transactional
@RetriedOnContention
public class MeetingLinks {

    @Inject
    private BookingRepository bookings;

    @Inject
    private MeetingScheduling scheduling;

    @Inject
    private SigningKeys keys;

    @Inject
    private Clock clock;

    /** The booking a link's token names, if the token is genuine, unexpired and the booking unchanged since. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Booking> byLink(String token) {
        return SignedTokens.verify(keys.links(), token, clock.instant()).flatMap(payload -> {
            String[] parts = payload.split(":");
            if (parts.length != 3 || !"booking".equals(parts[0])) {
                return Optional.empty();
            }
            try {
                return bookings.findById(Long.parseLong(parts[1]))
                        .filter(b -> b.getSequence() == Integer.parseInt(parts[2]) && scheduling.changeable(b, false));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** Free slots for the holder of a link. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlotCalculator.Slot> freeSlotsByLink(String token) {
        return byLink(token).map(scheduling::freeSlotsFor).orElseThrow(ChangeClosedException::new);
    }

    /** Cancels through an e-mailed link (after the page's confirmation button). */
    public void cancelByLink(String token, String reason) {
        scheduling.cancel(byLink(token).orElseThrow(ChangeClosedException::new), "lien e-mail",
                reason != null && reason.strip().length() > Booking.CANCEL_REASON_MAX
                        ? reason.strip().substring(0, Booking.CANCEL_REASON_MAX) : reason);
    }

    /** Moves through an e-mailed link. */
    public void rescheduleByLink(String token, Instant newStart) {
        scheduling.reschedule(byLink(token).orElseThrow(ChangeClosedException::new), newStart, "lien e-mail");
    }
}
