package be.miresem.rebond.account;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Production-like first start on an empty database (no demo content, no officer password given):
 * a random officer password is printed once, the database is created on disk, and a restart keeps it.
 */
class FirstStartIT {

    private static final Pattern GENERATED =
            Pattern.compile("First officer account created \\(REBOND_OFFICER_EMAIL or the default address\\) with the generated password (\\S+)");

    @Test
    void generatedOfficerPasswordWorksAndDataSurvivesARestart() {
        try (PortalServer server = PortalServer.withEnvironment("first-start", Map.of("REBOND_DEMO", "false"))) {
            server.start();
            Matcher matcher = GENERATED.matcher(server.log());
            assertThat(matcher.find()).as("generated password in the log").isTrue();
            String email = "chargee.mission@rebond.test";
            String password = matcher.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(server.log()).as("no e-mail address in the log").doesNotContain(email);
            // The data is where the settings say: the embedded database's folder, or none beside PostgreSQL.
            assertThat(Files.isDirectory(server.folder().resolve("data").resolve("rebond")))
                    .as("embedded Derby database folder").isEqualTo(!server.onPostgres());

            WebClient web = new WebClient(server);
            assertThat(web.signIn(email, password).statusCode()).isEqualTo(302);
            assertThat(web.get("/espace/cpas/").body()).contains("Aucun CPAS enregistré.")
                    .doesNotContain("CPAS de Couvin");
            assertThat(new WebClient(server).signIn("agent.couvin@rebond.test", "Rebond-demo-2026").statusCode())
                    .as("no demo accounts when demo content is off").isEqualTo(200);

            server.stop();
            server.start();

            assertThat(server.log()).as("no second officer on restart").doesNotContain("First officer account created");
            assertThat(new WebClient(server).signIn(email, password).statusCode()).isEqualTo(302);
        }
    }
}
