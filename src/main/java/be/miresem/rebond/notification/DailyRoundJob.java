package be.miresem.rebond.notification;

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
 * Every 30 seconds, on the node holding the lease: the daily round if its time has come ({@link DailyRound} claims
 * the day, so the frequent check costs one row read and a late start still catches up).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class DailyRoundJob {

    private static final Logger LOG = Logger.getLogger(DailyRoundJob.class.getName());

    @Inject
    private JobLeases leases;

    @Inject
    private DailyRound round;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    public void run() {
        if (!leases.acquire("daily-round", Duration.ofMinutes(2))) {
            return; // another node runs it
        }
        try {
            round.runIfDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Daily round failed; the next run tries again", e);
        }
    }
}
