package be.miresem.rebond.testing;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ExcludePackages;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * The whole integration and browser suite on the embedded Derby default. Failsafe runs this suite and
 * {@link PostgresqlRun} at the same time, each in a JVM of its own (forkCount 2): each has its own shared portal,
 * SMTP server and work folder ({@code target/it-derby}). Left out: the scale-out tests, which need PostgreSQL.
 */
@Suite
@SuiteDisplayName("Derby")
@SelectPackages("be.miresem.rebond")
@IncludeClassNamePatterns(".*IT")
@ExcludePackages("be.miresem.rebond.scaleout")
public class DerbyRun {

    private DerbyRun() {
    }

    @BeforeSuite
    static void selectDerby() {
        System.setProperty("rebond.test.database", "derby"); // read by Database
    }
}
