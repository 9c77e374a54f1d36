package be.miresem.rebond.casefile;

import be.miresem.rebond.shared.persistence.Persistence;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * After an erasure or a retention run, rewrites the tables that held the person ({@link PersonalData}) so the
 * erased values leave the database files, then checkpoints so the transaction log that still held them can be
 * recycled. Derby keeps an updated row's old bytes in its pages until {@code SYSCS_COMPRESS_TABLE}; PostgreSQL's
 * autovacuum does the same work on its own (docs/operations.md). Runs after the commit, outside the user's
 * transaction, on the managed executor; the officer's request waits for it ({@link #awaitLast}), the nightly
 * retention job does not. A failure is logged and the next erasure compacts again.
 */
@ApplicationScoped
public class Compaction {

    private static final Logger LOG = Logger.getLogger(Compaction.class.getName());

    @Resource(lookup = Persistence.DATA_SOURCE)
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    private volatile Future<?> last;

    void afterErasure(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonalDataErased erased) {
        last = executor.submit(this::compact);
    }

    /**
     * Waits for the compaction started by the last erasure: the officer's page, once the erasure is committed,
     * returns when the old values are gone (and no page read of the next request meets the compaction's
     * exclusive table locks).
     */
    public void awaitLast() {
        Future<?> running = last;
        if (running == null) {
            return;
        }
        try {
            running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "Compacting the tables after an erasure failed", e.getCause());
        }
    }

    void compact() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("derby")) {
                return;
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Compacting the tables after an erasure: no connection", e);
            return;
        }
        java.util.Set<String> tables = new java.util.LinkedHashSet<>();
        PersonalData.TABLES.forEach(t -> tables.add(t.name()));
        PersonalData.REMOVED.forEach(r -> tables.add(r.table())); // a deleted file's bytes too
        for (String table : tables) {
            // Each table on a connection of its own, so that a failure (logged with the table's name; the next erasure
            // tries again) keeps no other table from being compacted. Derby 10.17 failed on case_file while it had a
            // late single-column index (V24 replaced it).
            try (Connection connection = dataSource.getConnection();
                    CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE(?, ?, 1)")) {
                connection.setAutoCommit(true);
                call.setString(1, connection.getSchema());
                call.setString(2, table.toUpperCase(Locale.ROOT));
                call.execute();
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Compacting table " + table + " after an erasure failed", e);
            }
        }
        try (Connection connection = dataSource.getConnection();
                CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()")) {
            call.execute();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Checkpoint after compacting failed", e);
        }
    }
}
