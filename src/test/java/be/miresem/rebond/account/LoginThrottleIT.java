package be.miresem.rebond.account;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Mails;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.RuntimeSettings;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login throttling with the real limits (5 failures per address in 15 minutes, an account slowed down after 5),
 * an expired reset link, and what an unexpected error looks like, on the shared portal: the real limits are set
 * while the test runs (the shared portal relaxes throttling), for an officer account of the test's own, and
 * client addresses of its own (from X-Forwarded-For, as behind nginx).
 */
@ExtendWith(Portal.class)
class LoginThrottleIT {

    private static final String REFUSED = "Trop de tentatives de connexion";
    private static final String OFFICER = "verrou@rebond.test";
    private static final String PASSWORD = "Cadenas-solide-2026!";

    @Test
    void failedSignInsLockTheAddressAndSlowTheAccountDownWithoutKeepingItsHolderOut(PortalServer server) throws Exception {
        Accounts.createOfficer(server, "Chargée verrouillée", OFFICER, PASSWORD);
        // The real limit of failures; a short first delay (30 s in production).
        try (RuntimeSettings real = RuntimeSettings.set(server, "REBOND_LOGIN_MAX_FAILURES", "5",
                "REBOND_TRUSTED_PROXIES", "127.0.0.1", "REBOND_LOGIN_DELAY_SECONDS", "3")) {
            // Four failures, then a success, twice: the success resets the count, so eight failures never block.
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < 4; i++) {
                    assertThat(signIn(server, "203.0.113.1", OFFICER, "mauvais-" + i).body())
                            .contains("Adresse e-mail ou mot de passe incorrect.");
                }
                assertThat(signIn(server, "203.0.113.1", OFFICER, PASSWORD).statusCode()).isEqualTo(302);
            }
            // Five failures from one address lock that address: even the right password is refused, in French.
            for (int i = 0; i < 5; i++) {
                signIn(server, "203.0.113.2", OFFICER, "encore-faux-" + i);
            }
            HttpResponse<String> refused = signIn(server, "203.0.113.2", OFFICER, PASSWORD);
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains(REFUSED).contains("réessayez dans 15 minutes")
                    .doesNotContain("Adresse e-mail ou mot de passe incorrect.");
            // ... for every account: an untouched one with its right password, and one that does not exist, alike.
            String agent = message(signIn(server, "203.0.113.2", PortalServer.COUVIN_AGENT, PortalServer.DEMO_PASSWORD).body());
            String nobody = message(signIn(server, "203.0.113.2", "personne@exemple.be", "peu-importe-2026").body());
            assertThat(agent).contains(REFUSED).isEqualTo(nobody).isEqualTo(message(refused.body()));
            // The account itself is only slowed down: its holder, from their own address, waits the delay and signs in.
            HttpResponse<String> slowed = signIn(server, "198.51.100.7", OFFICER, PASSWORD);
            assertThat(message(slowed.body())).contains("connexions sont ralenties").containsPattern("réessayez dans [1-3] secondes?");
            Thread.sleep(3200);
            assertThat(signIn(server, "198.51.100.7", OFFICER, PASSWORD).statusCode())
                    .as("the right password from another address after the delay").isEqualTo(302);
            // Failures spread over many addresses slow the account down more at each one (3 s, then 6 s, 12 s...).
            for (int i = 0; i < 5; i++) {
                signIn(server, "192.0.2." + (10 + i), OFFICER, "devine-" + i);
            }
            Thread.sleep(3200);
            assertThat(signIn(server, "192.0.2.20", OFFICER, "devine-encore").body())
                    .contains("Adresse e-mail ou mot de passe incorrect.");
            Thread.sleep(3200);
            assertThat(message(signIn(server, "192.0.2.21", OFFICER, PASSWORD).body()))
                    .as("3.2 s after the sixth failure: its delay is 6 s").contains("connexions sont ralenties");
            Thread.sleep(3000);
            assertThat(signIn(server, "192.0.2.21", OFFICER, PASSWORD).statusCode()).isEqualTo(302);
            // The holder was told, each time the account started being slowed down; no address in the mail.
            Mails.Mail warning = Mails.await(server, OFFICER, "tentatives de connexion", 1);
            assertThat(Mails.to(server, OFFICER, "tentatives de connexion")).hasSize(2);
            assertThat(warning.text()).contains("refuser 5 tentatives de connexion").contains(server.baseUrl() + "/mot-de-passe-oublie")
                    .doesNotContain("192.0.2").doesNotContain("198.51");
            // What is stored: hashes, not the addresses.
            assertThat(server.log()).doesNotContain("personne@exemple.be").doesNotContain("203.0.113");
        }
    }

    @Test
    void anUnexpectedErrorShowsAReferenceLoggedOnceWithoutPersonalData(PortalServer server) throws Exception {
        // A reset link that has expired (here at once: links last 0 minutes while the test runs) is refused.
        Accounts.createOfficer(server, "Compte qui expire", "expire@example.be", "Un-mot-de-passe-solide-42");
        try (RuntimeSettings instant = RuntimeSettings.set(server, "REBOND_RESET_MINUTES", "0")) {
            assertThat(new WebClient(server).submit("/mot-de-passe-oublie", "forgotten", "send", java.util.Map.of("email", "expire@example.be"))
                    .statusCode()).isEqualTo(302);
            Matcher link = Pattern.compile("(/mot-de-passe\\?jeton=[A-Za-z0-9_-]+)")
                    .matcher(Mails.await(server, "expire@example.be", "nouveau mot de passe", 0).text());
            assertThat(link.find()).isTrue();
            assertThat(new WebClient(server).get(link.group(1)).body()).contains("Ce lien n’est plus valable");
        }
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
        // (That /test/panne is absent in Production: FirstStartIT.)
    }

    /** Signs in from the given client address (X-Forwarded-For; the test portal trusts its loopback proxy). */
    private static HttpResponse<String> signIn(PortalServer server, String address, String email, String password) {
        return new WebClient(server).withHeader("X-Forwarded-For", address).signIn(email, password);
    }

    /** The page-level message of the sign-in page. */
    private static String message(String page) {
        Matcher matcher = Pattern.compile("(?s)<div class=\"page-messages\"[^>]*>(.*?)</div>").matcher(page);
        return matcher.find() ? matcher.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip() : "";
    }
}
