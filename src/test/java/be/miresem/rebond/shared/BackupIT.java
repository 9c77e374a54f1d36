package be.miresem.rebond.shared;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.RequestForm;
import be.miresem.rebond.testing.RuntimeSettings;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An online backup of the shared portal taken while collaboration requests keep arriving (from CPAS named "CPAS
 * charge …", this test's own), restored into a fresh folder: a new portal starts on it, and it holds every request
 * of this test confirmed before the backup started, each once, and none that was never confirmed. The backup
 * command's secret and the number of backups kept are set on the running portal for the test
 * ({@link RuntimeSettings}). Derby only: the online backup is Derby's (pg_dump on PostgreSQL).
 */
@ExtendWith(Portal.class)
class BackupIT {

    private static final Pattern REFERENCE = Pattern.compile("COL-\\d{4}-\\d{4}");
    private static final String LOAD = "CPAS charge ";

    @Test
    void aBackupTakenUnderLoadRestoresIntoAWorkingPortal(PortalServer server) throws Exception {
        List<String[]> confirmed = Collections.synchronizedList(new ArrayList<>());
        Path backup;
        long backupStarted;
        try (RuntimeSettings settings = RuntimeSettings.set(server, "REBOND_BACKUP_TOKEN", "jeton-de-sauvegarde-de-test",
                "REBOND_BACKUP_KEEP", "2")) {
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService load = Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<Object>> clients = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                clients.add(load.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        // The public form alone, as visitors send it (no officer sign-in per request).
                        String reference = RequestForm.reference(new RequestForm(new WebClient(server))
                                .post(RequestForm.valid(LOAD + thread + "-" + i, "Commune" + thread)));
                        confirmed.add(new String[] {reference, Long.toString(System.nanoTime())});
                    }
                    return null;
                }));
            }
            Thread.sleep(5000);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            assertThat(post(http, server, "mauvais").statusCode()).isEqualTo(403);
            assertThat(http.send(HttpRequest.newBuilder(server.uri("/sauvegarde")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as("never by a link").isEqualTo(405);
            backupStarted = System.nanoTime();
            HttpResponse<String> made = post(http, server, "jeton-de-sauvegarde-de-test");
            assertThat(made.statusCode()).isEqualTo(201);
            String name = made.body().strip();
            assertThat(name).matches("rebond-\\d{4}-\\d{2}-\\d{2}-\\d{6}");
            // Kept aside: the retention check below deletes it from the backup folder.
            backup = server.folder().resolve("kept").resolve(name);
            copy(server.folder().resolve("data/backups").resolve(name), backup);
            Thread.sleep(3000);
            running.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            for (var client : clients) {
                client.get();
            }
            assertThat(confirmed.size()).as("requests confirmed under load").isGreaterThan(8);

            WebClient officer = Accounts.officer(server);
            assertThat(officer.get("/espace/sauvegardes/").body()).contains(name);
            Thread.sleep(1100);
            assertThat(officer.submit("/espace/sauvegardes/", "backup", "backup-now", java.util.Map.of()).statusCode()).isEqualTo(302);
            Thread.sleep(1100);
            assertThat(officer.submit("/espace/sauvegardes/", "backup", "backup-now", java.util.Map.of()).statusCode()).isEqualTo(302);
            String page = officer.follow("/espace/sauvegardes/").body();
            assertThat(page).as("only the two newest are kept").doesNotContain(name);
            assertThat(Pattern.compile("<th scope=\"row\">rebond-").matcher(page).results().count()).isEqualTo(2);
            WebClient agent = new WebClient(server);
            agent.signIn(PortalServer.COUVIN_AGENT, PortalServer.DEMO_PASSWORD);
            assertThat(agent.get("/espace/sauvegardes/").statusCode()).isEqualTo(403);
        }

        try (PortalServer restored = PortalServer.withDemoContent("restored")) {
            Path data = restored.folder().resolve("data");
            Files.createDirectories(data);
            copy(backup.resolve("rebond"), data.resolve("rebond"));
            restored.start();
            WebClient officer = Accounts.officer(restored);
            String csv = officer.get("/espace/onboarding/export.csv").body();
            List<String> all = new ArrayList<>();
            Matcher matcher = REFERENCE.matcher(csv);
            while (matcher.find()) {
                all.add(matcher.group());
            }
            assertThat(new HashSet<>(all)).as("each once").hasSameSizeAs(all);
            // This test's requests: the lines of the CPAS it named (the shared portal holds other tests' too).
            List<String> references = new ArrayList<>();
            for (String line : csv.split("\n")) {
                Matcher reference = REFERENCE.matcher(line);
                if (line.contains(LOAD) && reference.find()) {
                    references.add(reference.group());
                }
            }
            assertThat(references).as("this test's requests in the restored database").isNotEmpty();
            Set<String> sent = new HashSet<>();
            for (String[] c : confirmed) {
                sent.add(c[0]);
                if (Long.parseLong(c[1]) < backupStarted) {
                    assertThat(references).as("confirmed before the backup").contains(c[0]);
                }
            }
            assertThat(sent).as("nothing that was never confirmed").containsAll(references);
        }
    }

    private static HttpResponse<String> post(HttpClient http, PortalServer server, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri("/sauvegarde")).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
