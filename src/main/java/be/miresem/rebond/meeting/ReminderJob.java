package be.miresem.rebond.meeting;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends due reminders every 15 seconds. The due times live in the database (table reminder), not in this
 * timer: after a restart the next run picks up whatever became due meanwhile, and {@link Reminders#send}
 * makes each one go out exactly once even if runs overlap.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Inject
    private Reminders reminders;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    public void run() {
        for (long id : reminders.dueIds()) {
            try {
                reminders.send(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminder " + id + " not sent; it stays due", e);
            }
        }
    }
}
