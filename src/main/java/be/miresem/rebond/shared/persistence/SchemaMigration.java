package be.miresem.rebond.shared.persistence;


import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
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

    /**
     * The portal's migrations (also used by {@link DataTransfer} to prepare a PostgreSQL database): the SQL scripts
     * of {@code db/migration}, and the features' Java migrations listed as services of {@link JavaMigration}.
     */
    static FluentConfiguration configure(ClassLoader loader) {
        JavaMigration[] java = ServiceLoader.load(JavaMigration.class, loader).stream().map(ServiceLoader.Provider::get)
                .toArray(JavaMigration[]::new);
        return Flyway.configure(loader).locations("classpath:db/migration").javaMigrations(java);
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
