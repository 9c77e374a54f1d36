package be.miresem.rebond.reporting;

import java.io.Serializable;
import java.time.Instant;

/**
 * A presentation session of the period with its registrations: CPAS registered (and their participants),
 * on the waitlist, CPAS recorded as present, and as absent without excuse (no-shows).
 */
public record SessionRow(long id, String title, Instant startAt, int capacity, long registered, long participants,
        long waitlisted, long attended, long noShows) implements Serializable {
}
