package be.miresem.rebond.notification;

import be.miresem.rebond.shared.config.Settings;
import be.miresem.rebond.shared.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.logging.Logger;

/**
 * The daily round, once per Brussels day from {@link Settings#DAILY_ROUND_AT}: {@link DayBegins} (the features'
 * notices of the day), then the digests. The day is claimed in the same transaction as the notices and the
 * digests' e-mails (queued in the outbox): a stop before the commit leaves the day to the next run, a commit
 * leaves nothing to do again. So it happens exactly once a day, across restarts and nodes; a day with nothing
 * new sends no e-mail.
 */
@ApplicationScoped
public class DailyRound {

    private static final Logger LOG = Logger.getLogger(DailyRound.class.getName());

    @Inject
    private NotificationRepository repository;

    @Inject
    private Notifications notifications;

    @Inject
    private Event<DayBegins> dayBegins;

    @Inject
    private Clock clock;

    /** Runs today's round if its time has come and no run did it; false otherwise. */
    @Transactional
    public boolean runIfDue() {
        ZonedDateTime now = clock.instant().atZone(ClockProducer.ZONE);
        if (now.toLocalTime().isBefore(LocalTime.parse(Settings.DAILY_ROUND_AT.get()))) {
            return false;
        }
        if (!repository.claimDay("daily-round", now.toLocalDate())) {
            return false;
        }
        dayBegins.fire(new DayBegins(now.toLocalDate()));
        int digests = notifications.sendDigests();
        LOG.info(() -> "Daily round of " + now.toLocalDate() + ": " + digests + " digest(s) sent");
        return true;
    }
}
