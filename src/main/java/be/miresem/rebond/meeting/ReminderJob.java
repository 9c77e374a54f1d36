package be.miresem.rebond.meeting;

import be.miresem.rebond.shared.cluster.JobLeases;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The meetings' background work. Every 15 seconds: booking notices still pending (left by a stop between a
 * booking's commit and its e-mails), then due reminders. Right after a booking commits: its notice. The due
 * times and notices live in the database, not in this timer: after a restart the next run picks up whatever
 * became due meanwhile, and {@link Reminders#send} and {@link BookingNotices#doOne} claim each row with a
 * conditional update, so each goes out exactly once even if runs overlap. With several nodes, the timer runs
 * only on the node holding the job's lease ({@link JobLeases}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Inject
    private Reminders reminders;

    @Inject
    private BookingNotices notices;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private JobLeases leases;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    public void run() {
        if (!leases.acquire("meeting-jobs", Duration.ofSeconds(30))) {
            return; // another node runs the meeting jobs
        }
        doNotices();
        for (long id : reminders.dueIds()) {
            try {
                reminders.send(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminder " + id + " not sent; it stays due", e);
            }
        }
    }

    public void onNoticeQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingNotices.Queued event) {
        executor.submit(this::doNotices);
    }

    private void doNotices() {
        for (long id : notices.pendingIds()) {
            try {
                notices.doOne(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Booking notice " + id + " not done; it stays pending", e);
            }
        }
    }
}
