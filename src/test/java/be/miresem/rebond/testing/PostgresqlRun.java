package be.miresem.rebond.testing;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * The same suite on PostgreSQL ({@link Postgres}: a private server, a new database for every portal), plus the
 * scale-out tests. Runs at the same time as {@link DerbyRun}, in a JVM of its own, in {@code target/it-postgresql}.
 * Left out: what concerns the embedded database (its online backup) or the launcher (fast launch), not the database.
 */
@Suite
@SuiteDisplayName("PostgreSQL")
@SelectPackages("be.miresem.rebond")
@IncludeClassNamePatterns(".*IT")
@ExcludeClassNamePatterns({".*\\.BackupIT", ".*\\.FastLaunchIT"})
public class PostgresqlRun {

    private PostgresqlRun() {
    }

    @BeforeSuite
    static void selectPostgresql() {
        System.setProperty("rebond.test.database", "postgresql"); // read by Database
    }
}
