package be.miresem.rebond.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real portal: the built WAR on the real Payara Micro (target/payara-micro.jar), in a child JVM
 * started with the same Java as the tests (21+), on a free port, with its own Derby database folder.
 */
public final class PortalServer implements AutoCloseable {

    public static final String OFFICER_EMAIL = "officier.test@rebond.test";
    public static final String OFFICER_PASSWORD = "Officier-test-2026!";
    public static final String DEMO_PASSWORD = "Demo-test-2026!";
    public static final String COUVIN_AGENT = "agent.couvin@rebond.test";
    public static final String MOMIGNIES_AGENT = "agent.momignies@rebond.test";

    private final Path folder;
    private com.icegreen.greenmail.util.GreenMail mail;
    private final Map<String, String> environment;
    private final int port;
    private Process process;
    private int starts;
    /** The log of the latest start (a start made again after a hung boot has a log of its own). */
    private Path currentLog;
    private boolean ownsMail = true;
    /** Set by {@link #clustered}: the node is then launched by src/main/launcher/rebond-node.sh. */
    private Map<String, String> clusterSettings;
    private List<String> clusterOptions = List.of();
    /** Whether the JVM compiles with C1 only (see {@link #longLived}). */
    private boolean shortLived = true;

    private PortalServer(Path folder, Map<String, String> environment) {
        this.folder = folder;
        this.environment = environment;
        this.port = freePort();
        if (Postgres.selected() && !environment.containsKey("REBOND_DB_URL")) {
            environment.putAll(Postgres.server().newDatabase(folder.getFileName().toString()));
        }
    }

    /** True when this portal runs on PostgreSQL (the suite's second run) rather than on embedded Derby. */
    public boolean onPostgres() {
        return environment.getOrDefault("REBOND_DB_URL", "").startsWith("jdbc:postgresql:");
    }

    /**
     * A JDBC connection to this portal's database, for tests that check what is stored: PostgreSQL at any
     * time; the embedded Derby database only while the server is stopped (Derby allows one process).
     */
    public java.sql.Connection openDatabase() throws java.sql.SQLException {
        // (Derby: close it with closeDatabase() before the server or another process opens it again.)
        if (onPostgres()) {
            return java.sql.DriverManager.getConnection(environment.get("REBOND_DB_URL"),
                    environment.get("REBOND_DB_USER"), environment.get("REBOND_DB_PASSWORD"));
        }
        System.setProperty("derby.system.home", folder.toString());
        return java.sql.DriverManager.getConnection("jdbc:derby:" + folder.resolve("data/rebond")
                + ";user=rebond;password=rebond");
    }

    /**
     * Closes the embedded Derby database this JVM opened with {@link #openDatabase} (only that database: a
     * whole-system shutdown would also unregister Derby's driver for every later test in this JVM).
     */
    public void closeDatabase() {
        if (!onPostgres()) {
            try {
                java.sql.DriverManager.getConnection("jdbc:derby:" + folder.resolve("data/rebond") + ";shutdown=true");
            } catch (java.sql.SQLException expected) {
                // Derby reports a successful shutdown as an exception (08006).
            }
        }
    }

    /**
     * A server with demo content and a known officer account, on a fresh database, sending its mail to a
     * real SMTP server (GreenMail) in this JVM. The public forms' anti-spam limits are relaxed for tests
     * (no minimum time, 1000 per hour), and so is login throttling; {@code CollaborationSpamIT} and {@code LoginThrottleIT} check them with the real settings.
     */
    public static PortalServer withDemoContent(String name) {
        int smtpPort = freePort();
        var greenMail = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        greenMail.start();
        Map<String, String> env = new HashMap<>();
        env.put("REBOND_SMTP_HOST", "127.0.0.1");
        env.put("REBOND_SMTP_PORT", Integer.toString(smtpPort));
        env.put("REBOND_REQUEST_MIN_SECONDS", "0");
        env.put("REBOND_REQUEST_RATE_LIMIT", "1000");
        env.put("REBOND_LOGIN_MAX_FAILURES", "1000");
        env.put("REBOND_DEMO", "true");
        env.put("REBOND_DEMO_CASES", "false");
        env.put("REBOND_DEMO_PASSWORD", DEMO_PASSWORD);
        env.put("REBOND_OFFICER_EMAIL", OFFICER_EMAIL);
        env.put("REBOND_OFFICER_PASSWORD", OFFICER_PASSWORD);
        PortalServer server = new PortalServer(freshFolder(name), env);
        server.mail = greenMail;
        return server;
    }

    /**
     * The SystemTest stage: served as in Production, plus the tests' own addresses ({@code /test/lignes},
     * {@code /test/panne}, {@code /test/reglages} for {@link RuntimeSettings}).
     */
    public PortalServer inSystemTestStage() {
        environment.put("REBOND_PROJECT_STAGE", "SystemTest");
        return this;
    }

    /**
     * A portal that serves the whole run (the shared portals): compiled with C2 as well, which pays off over
     * thousands of requests. Every other test portal lives for a test and starts with the quick compiler only.
     */
    public PortalServer longLived() {
        shortLived = false;
        return this;
    }

    /** The environment the next start passes to the server (tests may add settings before starting). */
    public Map<String, String> environment() {
        return environment;
    }

    /**
     * Another node of the same portal: same database, same settings, same SMTP server, its own port and
     * folder. Both nodes must be made {@link #clustered} before they start.
     */
    public PortalServer secondNode(String name) {
        PortalServer node = new PortalServer(freshFolder(name), new HashMap<>(environment));
        node.mail = mail;
        node.ownsMail = false;
        return node;
    }

    /**
     * Joins this node to a Payara Data Grid on loopback, launched as production launches a node of a cluster
     * (src/main/launcher/rebond-node.sh): TCP/IP discovery of the given member ports (no multicast), this
     * node's grid port {@code gridPort}, the grid on 127.0.0.1 only. Host-aware partitioning is off, since every
     * member has the same address here (otherwise no member would keep a backup of another's sessions).
     */
    public PortalServer clustered(String clusterName, String clusterPassword, int gridPort, List<Integer> memberPorts) {
        String members = String.join(",", memberPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        clusterSettings = Map.of("REBOND_CLUSTER_INTERFACE", "127.0.0.1", "REBOND_CLUSTER_MEMBERS", members,
                "REBOND_CLUSTER_NAME", clusterName, "REBOND_CLUSTER_PASSWORD", clusterPassword,
                "REBOND_CLUSTER_PORT", Integer.toString(gridPort));
        clusterOptions = List.of("--nohostaware", "--name", folder.getFileName().toString());
        return this;
    }

    /** The SMTP server this portal sends to, when it has one. */
    public com.icegreen.greenmail.util.GreenMail mail() {
        return mail;
    }

    /** A server configured only by the given environment, on a fresh database. */
    public static PortalServer withEnvironment(String name, Map<String, String> environment) {
        return new PortalServer(freshFolder(name), new HashMap<>(environment));
    }

    public PortalServer start() {
        starts++;
        Path log = folder.resolve("server-" + starts + ".log");
        List<String> jvm = new ArrayList<>(List.of("-Xmx512m", "-XX:+UseSerialGC",
                "-Dderby.system.home=" + folder.resolve("data")));
        if (shortLived) {
            // The quick compiler only, as the fast production launch runs (rebond-fast.sh): C2's compilations took
            // about 40 % of a start's CPU (37-43 s against 22-24 s, measured). Not for the shared portals, which
            // serve thousands of requests: there C1's code made request-heavy tests slower (BookingIT 18.6 s
            // against 3.3 s).
            jvm.add("-XX:TieredStopAtLevel=1");
        }
        String rootDir = folder.resolve("payara-root-" + starts).toString();
        List<String> command = new ArrayList<>();
        if (clusterSettings == null) {
            command.add(javaBinary());
            command.addAll(jvm);
            command.addAll(List.of("-Duser.timezone=UTC",
                    // No product name in the "Server" header (also on responses the application never sees).
                    "-Dproduct.name=",
                    "-jar", System.getProperty("rebond.payaraJar", "target/payara-micro.jar"),
                    "--deploy", System.getProperty("rebond.war", "target/rebond.war"),
                    "--contextroot", "/", "--port", Integer.toString(port),
                    // One node, as launched in production: no Metrics or OpenAPI endpoints, no Data Grid,
                    // sessions in memory only.
                    "--prebootcommandfile", Path.of("src/main/launcher/payara.asadmin").toAbsolutePath().toString(),
                    "--nocluster", "--postbootcommandfile",
                    Path.of("src/main/launcher/one-node.asadmin").toAbsolutePath().toString()));
        } else {
            command.addAll(List.of("bash", Path.of("src/main/launcher/rebond-node.sh").toAbsolutePath().toString()));
        }
        // A fresh root folder each start: a reused one redeploys its remembered application.
        command.addAll(List.of("--rootDir", rootDir));
        command.addAll(clusterOptions);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("REBOND_"));
        builder.environment().putAll(environment);
        // The port links in e-mails point to when REBOND_PUBLIC_URL is unset (as the README's launches set it).
        builder.environment().put("REBOND_PORT", Integer.toString(port));
        if (clusterSettings != null) {
            builder.environment().putAll(clusterSettings);
            builder.environment().put("JAVA_BIN", javaBinary());
            builder.environment().put("REBOND_JVM_OPTIONS", String.join(" ", jvm));
            builder.environment().put("REBOND_PAYARA_JAR", System.getProperty("rebond.payaraJar", "target/payara-micro.jar"));
            builder.environment().put("REBOND_WAR", System.getProperty("rebond.war", "target/rebond.war"));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            currentLog = log;
            if (awaitHomePage(log)) {
                return this;
            }
            // Payara Micro's boot can hang for good in its HK2 run-level threads on a busy machine (a known
            // Payara issue, seen about once in thirty starts when two suites start servers at once): the log
            // stops before the application is deployed. Such a start is killed and made again, once.
            process.destroyForcibly();
            waitFor(process);
            if (attempt == 2) {
                throw new IllegalStateException("Payara Micro's boot hung twice; see " + log);
            }
            System.err.println("Payara Micro's boot hung (no log line for " + STALL_SECONDS + " s); starting it again: " + log);
            builder.redirectOutput(log.resolveSibling(log.getFileName() + ".retry").toFile());
            log = log.resolveSibling(log.getFileName() + ".retry");
        }
    }

    /** A start whose log has not grown for this long, without the portal answering, has hung. */
    private static final int STALL_SECONDS = 60;

    private static void waitFor(Process process) {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True once the home page answers; false when the boot has hung (its log stalled). */
    private boolean awaitHomePage(Path log) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        long logSize = -1;
        long lastGrowth = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long size = log.toFile().length();
            if (size != logSize) {
                logSize = size;
                lastGrowth = System.nanoTime();
            } else if (System.nanoTime() - lastGrowth > TimeUnit.SECONDS.toNanos(STALL_SECONDS)) {
                return false;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped during start-up; see " + log);
            }
            if (deploymentFailed(log)) {
                process.destroyForcibly();
                throw new IllegalStateException("The portal failed to deploy; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri("/"))
                        // The first page of a cold portal can take several seconds on a busy machine.
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(300);
        }
        throw new IllegalStateException("The portal did not answer within 180 s; see " + log);
    }

    private static boolean deploymentFailed(Path log) {
        try {
            return Files.exists(log) && Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains("Exception while loading the app");
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the server (the database folder is kept, so a later start sees the same data). */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Kills the server at once, as a power cut would (SIGKILL: no shutdown hooks, nothing flushed). */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
        if (mail != null && ownsMail) {
            mail.stop();
        }
    }

    /** Everything the server has logged since its latest start. */
    public String log() {
        try {
            return Files.readString(currentLog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's process id (node names in the job leases carry it). */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    public Path folder() {
        return folder;
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static Path freshFolder(String name) {
        try {
            Path root = Database.workFolder();
            Files.createDirectories(root);
            return Files.createTempDirectory(root, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
