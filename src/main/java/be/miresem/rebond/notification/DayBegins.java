package be.miresem.rebond.notification;

import java.time.LocalDate;

/**
 * Fired once per Brussels day by the daily round, in its transaction and before the digest: features tell people
 * what that day brings (the tasks due), so that it goes into the same morning's digest.
 */
public record DayBegins(LocalDate day) {
}
