package be.miresem.rebond.survey;

import be.miresem.rebond.shared.cluster.JobLeases;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 30 seconds, on the node holding the {@code surveys} lease: the quarter's pulse and the sessions' attendees
 * invitations, then the
 * invitations and reminders due. Due times live in the database and each row is claimed by a conditional update,
 * so each goes out once across restarts, nodes and overlapping runs.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SurveyJob {

    private static final Logger LOG = Logger.getLogger(SurveyJob.class.getName());

    @Inject
    private JobLeases leases;

    @Inject
    private Surveys surveys;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    public void run() {
        if (!leases.acquire("surveys", Duration.ofMinutes(2))) {
            return;
        }
        invite("quarterly pulse", surveys::invitePulse);
        invite("session attendees", surveys::inviteSessionAttendees);
        invite("beneficiaries", surveys::inviteBeneficiaries);
        for (long id : surveys.dueIds()) {
            sendOne(id, false);
        }
        for (long id : surveys.reminderIds()) {
            sendOne(id, true);
        }
    }

    /** One kind of invitations, on its own: a failure leaves the others to be made, and this one to the next run. */
    private static void invite(String what, java.util.function.IntSupplier invitations) {
        try {
            invitations.getAsInt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Survey invitations (" + what + ") not made; the next run tries again", e);
        }
    }

    private void sendOne(long id, boolean reminder) {
        try {
            surveys.send(id, reminder);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Survey invitation " + id + " not sent; it stays due", e);
        }
    }
}
