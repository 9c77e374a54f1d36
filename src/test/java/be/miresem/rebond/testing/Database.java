package be.miresem.rebond.testing;

import java.nio.file.Path;

/**
 * Which database the test portals of this JVM use: {@code derby} (the default) or {@code postgresql}, from the
 * system property {@code rebond.test.database} that each of the pom's two Failsafe executions sets, and where
 * their files go ({@code rebond.workDir}: {@code target/it}, {@code target/it-postgresql}).
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
        return Path.of(System.getProperty("rebond.workDir", "target/it"));
    }
}
