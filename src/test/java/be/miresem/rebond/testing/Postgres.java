package be.miresem.rebond.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests: Debian's own binaries ({@code /usr/lib/postgresql/N/bin}, installed
 * by {@code .ci/run}), a private cluster in {@code target/it-postgresql/postgresql-<pid>} on a free loopback port, started once
 * per test JVM and stopped when it ends. Each portal gets a fresh database of its own.
 *
 * <p>The suite runs on PostgreSQL when the system property {@code rebond.test.database} is
 * {@code postgresql} (the pom's second Failsafe execution). PostgreSQL refuses to run as root, so as root the
 * server runs as the {@code postgres} user that Debian's package creates.
 */
public final class Postgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Postgres instance;

    private final int port;

    private Postgres(int port) {
        this.port = port;
    }

    /** True when the integration tests run on PostgreSQL rather than on the embedded Derby default. */
    public static boolean selected() {
        return Database.postgresql();
    }

    /** The test JVM's PostgreSQL server, started on first use. */
    public static synchronized Postgres server() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** Creates an empty database and returns the portal settings that select it. */
    public Map<String, String> newDatabase(String name) {
        String database = "rebond_" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "_")
                + "_" + DATABASES.incrementAndGet();
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
        return Map.of("REBOND_DB_DRIVER", "org.postgresql.Driver", "REBOND_DB_URL", url(database),
                "REBOND_DB_USER", "rebond", "REBOND_DB_PASSWORD", "rebond");
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "rebond", "rebond");
    }

    private static Postgres start() {
        Path bin = binaries();
        Path home = Database.workFolder().toAbsolutePath()
                .resolve("postgresql-" + ProcessHandle.current().pid());
        Path data = home.resolve("data");
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Files.createDirectories(home);
            if (root) {
                run(List.of("chown", "postgres", home.toString()), false, home.resolve("chown.log"));
            }
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "rebond", "--auth=trust",
                    "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), root, home.resolve("initdb.log"));
            int port = PortalServer.freePort();
            // fsync off: a test database is thrown away; the crash test checks the portal, not PostgreSQL's disk.
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                    "-l", home.resolve("server.log").toString(), "-o",
                    "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
                    "start"), root, home.resolve("pg_ctl.log"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "stop"), root,
                            home.resolve("pg_ctl-stop.log"));
                } catch (RuntimeException e) {
                    // the JVM is ending anyway
                }
            }));
            return new Postgres(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path binaries() {
        Path versions = Path.of("/usr/lib/postgresql");
        try (Stream<Path> found = Files.isDirectory(versions) ? Files.list(versions) : Stream.empty()) {
            return found.map(p -> p.resolve("bin")).filter(p -> Files.isExecutable(p.resolve("initdb")))
                    .max(Comparator.comparingInt(p -> Integer.parseInt(p.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL is not installed: "
                            + "apt-get install postgresql (as .ci/run does)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command, boolean asPostgres, Path log) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile())
                    .directory(log.getParent().toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", full) + " failed: " + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
