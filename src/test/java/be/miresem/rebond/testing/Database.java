package be.miresem.rebond.testing;

import java.nio.file.Path;

/**
 * Which database the test portals of this JVM use: {@code derby} (the default) or {@code postgresql}, from the
 * system property {@code rebond.test.database}, set by the suite this JVM runs ({@link DerbyRun},
 * {@link PostgresqlRun}) or on the command line for a single test ({@code -Drebond.test.database=postgresql}).
 */
public final class Database {

    private Database() {
    }

    /** True when the test portals run on PostgreSQL. */
    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty("rebond.test.database"));
    }

    /** Where this JVM's portals, their logs and the PostgreSQL server keep their files. */
    static Path workFolder() {
        String base = System.getProperty("rebond.workDir", "target/it");
        return Path.of(base + "-" + (postgresql() ? "postgresql" : "derby"));
    }
}
