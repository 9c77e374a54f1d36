package be.miresem.rebond.account;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.OwnServer;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A first start as the README's command makes it without asking for demo mode: no settings at all (own
 * server: the state of an empty installation, and its restarts, cannot be had on the shared portal). Nobody
 * signs in with a known password; the first officer gets a one-time set-up link in the log; the data survive a
 * restart and are readable by the portal's user only.
 */
@OwnServer
class FirstStartIT {

    private static final Pattern SET_UP = Pattern.compile("one-time link to choose the officer's password .*?: "
            + "http://localhost:\\d+(/invitation\\?jeton=[A-Za-z0-9_-]+)");
    private static final String EMAIL = "chargee.mission@rebond.test";
    private static final String README_PASSWORD = "Rebond-demo-2026";

    @Test
    void aFreshInstallHasNoKnownPasswordAndItsOfficerSetsOneThroughASingleUseLink() throws Exception {
        // A password given by setting must meet the policy: a short one creates no account.
        try (PortalServer server = PortalServer.withEnvironment("first-start", Map.of("REBOND_OFFICER_PASSWORD", "court"))) {
            server.start();
            assertThat(server.log()).contains("REBOND_OFFICER_PASSWORD does not meet the password policy")
                    .doesNotContain("court)").doesNotContain(EMAIL).doesNotContain("generated password");
            String firstLink = setUpLink(server.log());
            WebClient visitor = new WebClient(server);
            assertThat(visitor.signIn(EMAIL, "court").statusCode()).isEqualTo(200);
            assertThat(new WebClient(server).signIn(EMAIL, README_PASSWORD).statusCode()).as("the README's password").isEqualTo(200);
            assertThat(new WebClient(server).signIn("agent.couvin@rebond.test", README_PASSWORD).statusCode())
                    .as("no demo accounts").isEqualTo(200);
            assertThat(visitor.get("/").body()).as("no demo banner").doesNotContain("Démonstration");
            // No session planned yet: the sessions page and the home page offer to ask for one.
            assertThat(visitor.get("/seances").body()).contains("Aucune séance n’est prévue pour le moment")
                    .contains("href=\"/collaborer?seance=1\"").contains("href=\"/collaborer\"");
            assertThat(visitor.get("/").body()).contains("Prochaine séance de présentation")
                    .contains("href=\"/collaborer?seance=1\"").as("no figures without results")
                    .doesNotContain("Rebond en chiffres");
            // The tests' own addresses do not exist in Production (the default stage): a running portal's settings
            // cannot be changed, its tables not counted, no error provoked.
            for (String testOnly : new String[] {"/test/reglages", "/test/lignes", "/test/panne", "/test/contention?fois=1"}) {
                assertThat(visitor.get(testOnly).statusCode()).as(testOnly + " in Production").isEqualTo(404);
            }
            assertThat(visitor.post("/test/reglages", Map.of("REBOND_LOGIN_MAX_FAILURES", "1000")).statusCode())
                    .as("POST /test/reglages in Production").isEqualTo(404);
            // The data folder and the database's files: the portal's user only.
            Path data = server.folder().resolve("data");
            if (!server.onPostgres()) {
                assertThat(Files.getPosixFilePermissions(data)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
                assertThat(Files.isDirectory(data.resolve("rebond"))).as("embedded Derby database folder").isTrue();
                try (Stream<Path> files = Files.walk(data)) {
                    files.forEach(file -> {
                        try {
                            assertThat(Files.getPosixFilePermissions(file)).as(file.toString()).doesNotContain(
                                    PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ,
                                    PosixFilePermission.OTHERS_WRITE, PosixFilePermission.GROUP_WRITE);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                }
            } else {
                assertThat(data.resolve("rebond")).as("no embedded database beside PostgreSQL").doesNotExist();
            }

            // Until an officer exists, each start gives a new link and the previous one stops working.
            server.stop();
            if (!server.onPostgres()) {
                assertThat(Files.readString(data.resolve("derby.log"))).as("Derby shut down cleanly on SIGTERM")
                        .contains("Shutting down instance");
            }
            server.environment().remove("REBOND_OFFICER_PASSWORD");
            server.start();
            String link = setUpLink(server.log());
            assertThat(link).isNotEqualTo(firstLink);
            assertThat(new WebClient(server).get(firstLink).body()).contains("Ce lien d’invitation n’est pas valable");

            String chosen = "Mot-de-passe-choisi-2026";
            assertThat(Accounts.choosePassword(new WebClient(server), link, chosen, chosen).statusCode()).isEqualTo(302);
            assertThat(new WebClient(server).get(link).body()).as("single use").contains("Ce lien d’invitation n’est pas valable");
            WebClient officer = new WebClient(server);
            assertThat(officer.signIn(EMAIL, chosen).statusCode()).isEqualTo(302);
            assertThat(officer.get("/espace/cpas/").body()).contains("Aucun CPAS enregistré.").doesNotContain("CPAS de Couvin");

            server.stop();
            server.start();
            assertThat(server.log()).as("no link once the officer exists").doesNotContain("one-time link")
                    .doesNotContain("First officer account created");
            assertThat(new WebClient(server).signIn(EMAIL, chosen).statusCode()).as("data survive a restart").isEqualTo(302);
        }
    }

    private static String setUpLink(String log) {
        Matcher matcher = SET_UP.matcher(log);
        assertThat(matcher.find()).as("set-up link in the log").isTrue();
        return matcher.group(1);
    }
}
