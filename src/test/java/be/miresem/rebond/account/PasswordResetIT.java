package be.miresem.rebond.account;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Mot de passe oublié": a single-use e-mailed link, no hint whether an account exists, the policy applied. */
@ExtendWith(Portal.class)
class PasswordResetIT {

    private static final Pattern LINK = Pattern.compile("(/mot-de-passe\\?jeton=[A-Za-z0-9_-]+)");

    @Test
    void aForgottenPasswordIsReplacedThroughASingleUseLink(PortalServer server) throws Exception {
        String email = "reset." + UUID.randomUUID().toString().substring(0, 6) + "@example.be";
        String first = "Premier-mot-de-passe-42";
        String second = "Second-mot-de-passe-43";
        createAccount(server, email, first);

        WebClient visitor = new WebClient(server);
        assertThat(visitor.get("/connexion").body()).contains("href=\"/mot-de-passe-oublie\"");
        HttpResponse<String> blank = visitor.submit("/mot-de-passe-oublie", "forgotten", "send", Map.of("email", " "));
        assertThat(blank.body()).contains("id=\"email-error\">Indiquez l’adresse e-mail de votre compte.");
        String sent = ask(visitor, email);
        assertThat(sent).contains("Si un compte actif existe pour cette adresse");
        assertThat(ask(new WebClient(server), "inconnu." + email)).as("the same answer for an unknown address").isEqualTo(sent);

        String link = resetLinks(server, email, 1).get(0);
        WebClient user = new WebClient(server);
        for (int i = 0; i < 2; i++) {
            assertThat(user.get(link).body()).as("opening the link changes nothing").contains("Choisir un nouveau mot de passe")
                    .contains(email);
        }
        assertThat(choose(user, link, "court", "court").body()).contains("au moins 12 caractères");
        assertThat(choose(user, link, second, "autre-chose-44").body()).contains("Les deux mots de passe ne sont pas identiques.");
        String openedBefore = user.get(link).body();
        // Someone signed in with the old password (an intruder, or another device) loses that session.
        WebClient intruder = new WebClient(server);
        assertThat(intruder.signIn(email, first).statusCode()).isEqualTo(302);
        assertThat(intruder.get("/espace/").statusCode()).isEqualTo(200);
        HttpResponse<String> done = choose(user, link, second, second);
        assertThat(done.statusCode()).isEqualTo(302);
        HttpResponse<String> ended = intruder.get("/espace/");
        assertThat(ended.statusCode()).as("the old session ends with the reset").isEqualTo(302);
        assertThat(ended.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/connexion"));
        assertThat(user.follow("/connexion").body()).contains("Votre mot de passe a été changé.");

        assertThat(new WebClient(server).signIn(email, first).statusCode()).as("the old password").isEqualTo(200);
        assertThat(new WebClient(server).signIn(email, second).statusCode()).isEqualTo(302);
        assertThat(new WebClient(server).get(link).body()).as("used up").contains("Ce lien n’est plus valable");
        // A form opened before the reset cannot use the link afterwards either.
        Map<String, String> late = new LinkedHashMap<>();
        late.put("reset", "reset");
        late.put("jeton", link.substring(link.indexOf('=') + 1));
        late.put("password", "Troisieme-mot-de-passe-45");
        late.put("confirmation", "Troisieme-mot-de-passe-45");
        late.put("save", "x");
        late.put("jakarta.faces.ViewState", WebClient.viewState(openedBefore));
        assertThat(user.post(link, late).body()).contains("Ce lien n’est plus valable");
        assertThat(new WebClient(server).signIn(email, "Troisieme-mot-de-passe-45").statusCode()).isEqualTo(200);

        // At most three links per hour: the fourth request sends nothing, and still says the same.
        assertThat(ask(new WebClient(server), email)).isEqualTo(sent);
        assertThat(ask(new WebClient(server), email)).isEqualTo(sent);
        assertThat(ask(new WebClient(server), email)).isEqualTo(sent);
        Thread.sleep(3000);
        assertThat(resetLinks(server, email, 3)).hasSize(3);
        assertThat(mailsTo(server, "inconnu." + email)).isEmpty();

        // A deactivated account gets no link (and the shared test server is left with its one officer).
        WebClient officer = Accounts.officer(server);
        assertThat(FacesForm.open(officer, "/espace/comptes/", "users").press("Désactiver " + email).statusCode())
                .isEqualTo(302);
        assertThat(new WebClient(server).get(resetLinks(server, email, 3).get(2)).body()).contains("Ce lien n’est plus valable");
    }

    @Test
    void aForgedHostHeaderDoesNotReachTheEmailedLink(PortalServer server) throws Exception {
        String email = "hote." + UUID.randomUUID().toString().substring(0, 6) + "@example.be";
        createAccount(server, email, "Premier-mot-de-passe-42");
        WebClient attacker = new WebClient(server).withHeader("Host", "attacker.example")
                .withHeader("X-Forwarded-Host", "attacker.example").withHeader("X-Forwarded-Proto", "https");
        assertThat(attacker.submit("/mot-de-passe-oublie", "forgotten", "send", Map.of("email", email)).statusCode())
                .isEqualTo(302);
        resetLinks(server, email, 1);
        String mail = mailsTo(server, email).stream().filter(body -> body.contains("/mot-de-passe?jeton=")).findFirst().orElseThrow();
        assertThat(mail).doesNotContain("attacker.example")
                .contains(server.baseUrl() + "/mot-de-passe?jeton=");
        assertThat(attacker.get("/").body()).as("canonical links too")
                .contains("<link rel=\"canonical\" href=\"" + server.baseUrl() + "/\"").doesNotContain("attacker.example");
        assertThat(server.log()).contains("REBOND_PUBLIC_URL is not set: links in e-mails and canonical addresses use "
                + server.baseUrl());
    }

    @Test
    void aVisitorWhoseSessionExpiredIsToldSoOnTheSignInPage(PortalServer server) throws Exception {
        var http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        var expired = http.send(java.net.http.HttpRequest.newBuilder(server.uri("/connexion"))
                .header("Cookie", "JSESSIONID=ended0session0id").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(expired.body()).contains("Votre session a pris fin après une période d’inactivité");
        assertThat(new WebClient(server).get("/connexion").body()).as("a first visit").doesNotContain("Votre session a pris fin");
        assertThat(http.send(java.net.http.HttpRequest.newBuilder(server.uri("/connexion?sortie=1"))
                .header("Cookie", "JSESSIONID=ended0session0id").build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body())
                .as("after signing out").doesNotContain("Votre session a pris fin");
    }

    static void createAccount(PortalServer server, String email, String password) throws Exception {
        WebClient officer = Accounts.officer(server);
        Map<String, String> invite = new LinkedHashMap<>();
        invite.put("fullName", "Compte de test");
        invite.put("email", email);
        invite.put("role", "OFFICER");
        invite.put("cpasId", "");
        assertThat(officer.submit("/espace/comptes/", "invite", "send-invitation", invite).statusCode()).isEqualTo(302);
        String invitation = Accounts.invitationLink(server, email);
        assertThat(Accounts.choosePassword(new WebClient(server), invitation, password, password).statusCode()).isEqualTo(302);
    }

    private static String ask(WebClient visitor, String email) {
        HttpResponse<String> response = visitor.submit("/mot-de-passe-oublie", "forgotten", "send", Map.of("email", email));
        assertThat(response.statusCode()).isEqualTo(302);
        String page = visitor.follow("/mot-de-passe-oublie").body();
        return page.replaceAll("(?s).*<div class=\"page-messages\"[^>]*>(.*?)</div>.*", "$1").replaceAll("<[^>]+>", "").strip();
    }

    private static HttpResponse<String> choose(WebClient web, String link, String password, String confirmation) {
        HttpResponse<String> form = web.get(link);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reset", "reset");
        fields.put("jeton", link.substring(link.indexOf('=') + 1));
        fields.put("password", password);
        fields.put("confirmation", confirmation);
        fields.put("save", "x");
        fields.put("jakarta.faces.ViewState", form.body().contains("ViewState") ? WebClient.viewState(form.body()) : "none");
        return web.post(link, fields);
    }

    /** The reset links mailed to an address, waiting until there are at least {@code expected}. */
    static List<String> resetLinks(PortalServer server, String email, int expected) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        List<String> links = List.of();
        while (System.currentTimeMillis() < deadline) {
            links = mailsTo(server, email).stream().map(body -> {
                Matcher matcher = LINK.matcher(body);
                return matcher.find() ? matcher.group(1) : null;
            }).filter(l -> l != null).toList();
            if (links.size() >= expected) {
                return links;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(expected + " reset mail(s) expected for " + email + ", found " + links.size());
    }

    private static List<String> mailsTo(PortalServer server, String email) {
        return Arrays.stream(server.mail().getReceivedMessages()).filter(m -> recipient(m).equals(email)).map(m -> {
            try {
                return (String) m.getContent();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
