package be.miresem.rebond.casefile;

import be.miresem.rebond.shared.cluster.JobLeases;
import be.miresem.rebond.shared.time.ClockProducer;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Logger;

/** Every night at 3:15 (Europe/Brussels), anonymises the case files whose retention period is over. */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class CaseRetentionJob {

    private static final Logger LOG = Logger.getLogger(CaseRetentionJob.class.getName());

    @Inject
    private CaseRetention retention;

    @Inject
    private Clock clock;

    @Inject
    private JobLeases leases;

    @Schedule(hour = "3", minute = "15", timezone = "Europe/Brussels", persistent = false)
    public void run() {
        if (!leases.acquire("case-retention", Duration.ofMinutes(30))) {
            return; // another node ran it
        }
        int done = retention.anonymiseExpired(LocalDate.now(clock.withZone(ClockProducer.ZONE)), "système");
        LOG.info(() -> "Retention: " + done + " case file(s) anonymised");
    }
}
