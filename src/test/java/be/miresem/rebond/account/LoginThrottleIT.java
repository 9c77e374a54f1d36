package be.miresem.rebond.account;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Login throttling with the real limits (5 failures per account or address in 15 minutes), an expired reset
 * link, and what an unexpected error looks like, on servers of their own (the shared test server relaxes
 * throttling).
 */
class LoginThrottleIT {

    private static final String REFUSED = "Trop de tentatives de connexion.";

    @Test
    void failedSignInsAreThrottledPerAccountAndAddressAndASuccessResetsTheCount() {
        try (PortalServer server = PortalServer.withDemoContent("login-throttle")) {
            server.environment().remove("REBOND_LOGIN_MAX_FAILURES");
            server.environment().put("REBOND_PROJECT_STAGE", "SystemTest");
            server.start();
            // Four failures, then a success, twice: the success resets the count, so eight failures never block.
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < 4; i++) {
                    assertThat(signIn(server, PortalServer.OFFICER_EMAIL, "mauvais-" + i).body())
                            .contains("Adresse e-mail ou mot de passe incorrect.");
                }
                assertThat(signIn(server, PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD).statusCode()).isEqualTo(302);
            }
            // The fifth failure in a row blocks the account: even the right password is refused, with a French message.
            for (int i = 0; i < 5; i++) {
                signIn(server, PortalServer.OFFICER_EMAIL, "encore-faux-" + i);
            }
            HttpResponse<String> refused = signIn(server, PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains(REFUSED).contains("réessayez dans 15 minutes")
                    .doesNotContain("Adresse e-mail ou mot de passe incorrect.");
            // The address is blocked too: another, untouched account with its right password is refused the same way,
            // and so is an account that does not exist — nothing tells them apart.
            String agent = message(signIn(server, PortalServer.COUVIN_AGENT, PortalServer.DEMO_PASSWORD).body());
            String nobody = message(signIn(server, "personne@exemple.be", "peu-importe-2026").body());
            assertThat(agent).contains(REFUSED).isEqualTo(nobody).isEqualTo(message(refused.body()));
            // What is stored: hashes, not the addresses.
            assertThat(server.log()).doesNotContain("personne@exemple.be");
        }
    }

    @Test
    void anUnexpectedErrorShowsAReferenceLoggedOnceWithoutPersonalData() throws Exception {
        try (PortalServer server = PortalServer.withDemoContent("error-reference")) {
            server.environment().put("REBOND_PROJECT_STAGE", "SystemTest");
            server.environment().put("REBOND_RESET_MINUTES", "0");
            server.start();
            // A reset link that has expired (here at once) is refused.
            PasswordResetIT.createAccount(server, "expire@example.be", "Un-mot-de-passe-solide-42");
            assertThat(new WebClient(server).submit("/mot-de-passe-oublie", "forgotten", "send", java.util.Map.of("email", "expire@example.be"))
                    .statusCode()).isEqualTo(302);
            String link = PasswordResetIT.resetLinks(server, "expire@example.be", 1).get(0);
            assertThat(new WebClient(server).get(link).body()).contains("Ce lien n’est plus valable");
            HttpResponse<String> error = new WebClient(server).get("/test/panne?q=jean.dupont@exemple.be");
            assertThat(error.statusCode()).isEqualTo(500);
            Matcher reference = Pattern.compile("id=\"error-reference\">([0-9A-F]{8})<").matcher(error.body());
            assertThat(reference.find()).as(error.body()).isTrue();
            assertThat(error.body()).contains("Une erreur est survenue").contains("Référence de l’erreur")
                    .doesNotContain("jean.dupont").doesNotContain("IllegalStateException");
            String log = server.log();
            assertThat(log.split("Error " + reference.group(1), -1)).as("logged once").hasSize(2);
            assertThat(log).contains("java.lang.IllegalStateException (message not logged)")
                    .contains("Caused by: java.lang.IllegalArgumentException (message not logged)").doesNotContain("jean.dupont");
            assertThat(new WebClient(server).get("/test/panne").statusCode()).isEqualTo(500);
        }
        try (PortalServer production = PortalServer.withDemoContent("error-production")) {
            production.start();
            assertThat(new WebClient(production).get("/test/panne").statusCode()).as("absent in production").isEqualTo(404);
        }
    }

    private static HttpResponse<String> signIn(PortalServer server, String email, String password) {
        return new WebClient(server).signIn(email, password);
    }

    /** The page-level message of the sign-in page. */
    private static String message(String page) {
        Matcher matcher = Pattern.compile("(?s)<div class=\"page-messages\"[^>]*>(.*?)</div>").matcher(page);
        return matcher.find() ? matcher.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip() : "";
    }
}
