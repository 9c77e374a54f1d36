package be.miresem.rebond.shared.persistence;

import be.miresem.rebond.shared.persistence.migration.V12__Reporting_backfill;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before the first request: Flyway owns the schema
 * ({@code src/main/resources/db/migration}), EclipseLink never creates tables.
 * Bean-managed transactions, because Flyway commits each migration itself.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = Persistence.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Event<DatabaseMigrated> migrated;

    /** The portal's migrations (also used by {@link DataTransfer} to prepare a PostgreSQL database). */
    static FluentConfiguration configure(ClassLoader loader) {
        return Flyway.configure(loader).locations("classpath:db/migration")
                .javaMigrations(new V12__Reporting_backfill());
    }

    @PostConstruct
    void migrate() {
        // One Flyway pass (migrate validates too); asking info() first for "empty before" cost a second one.
        MigrateResult result = configure(getClass().getClassLoader()).dataSource(dataSource).load().migrate();
        boolean emptyBefore = result.initialSchemaVersion == null;
        LOG.info(() -> "Schema at version " + (result.targetSchemaVersion != null ? result.targetSchemaVersion
                : result.initialSchemaVersion) + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
        migrated.fire(new DatabaseMigrated(result.migrationsExecuted, emptyBefore));
    }
}
