package be.miresem.rebond.account;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in, sign-out and role checks over HTTP, against the real server with the demo accounts. */
@ExtendWith(Portal.class)
class SignInIT {

    @Test
    void signedOutVisitorIsSentToTheSignInPage(PortalServer server) {
        WebClient web = new WebClient(server);
        for (String path : new String[] {"/espace/", "/espace/cpas/"}) {
            HttpResponse<String> response = web.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                    l -> assertThat(l).endsWith("/connexion"));
        }
        HttpResponse<String> login = web.get("/connexion");
        assertThat(login.body()).contains("Adresse e-mail").contains("Mot de passe").contains("Se connecter");
    }

    @Test
    void officerSignsInWithANewSessionIdAndSeesEveryCpas(PortalServer server) {
        WebClient web = new WebClient(server);
        web.get("/connexion");
        String before = web.cookie("JSESSIONID").orElseThrow();

        HttpResponse<String> signedIn = web.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/espace/"));
        assertThat(web.cookie("JSESSIONID")).isPresent().get().isNotEqualTo(before);

        HttpResponse<String> space = web.get("/espace/");
        assertThat(space.statusCode()).isEqualTo(200);
        assertThat(space.body()).contains("Chargée de mission Rebond");

        HttpResponse<String> cpas = web.get("/espace/cpas/");
        assertThat(cpas.statusCode()).isEqualTo(200);
        assertThat(cpas.body()).contains("CPAS de Couvin").contains("CPAS de Momignies").contains("Partenaire actif");
    }

    @Test
    void partnerSeesItsOwnCpasAndIsRefusedOfficerPages(PortalServer server) {
        WebClient web = new WebClient(server);
        assertThat(web.signIn(PortalServer.COUVIN_AGENT, PortalServer.DEMO_PASSWORD).statusCode()).isEqualTo(302);

        HttpResponse<String> space = web.get("/espace/");
        assertThat(space.statusCode()).isEqualTo(200);
        assertThat(space.body()).contains("CPAS de Couvin").doesNotContain("CPAS de Momignies");

        HttpResponse<String> officerPage = web.get("/espace/cpas/");
        assertThat(officerPage.statusCode()).isEqualTo(403);
        assertThat(officerPage.body()).contains("Accès refusé").doesNotContain("CPAS de Momignies");
    }

    @Test
    void protectedPageAskedBeforeSignInIsShownAfterIt(PortalServer server) {
        WebClient web = new WebClient(server);
        assertThat(web.get("/espace/cpas/").statusCode()).isEqualTo(302);
        HttpResponse<String> signedIn = web.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/espace/cpas/"));
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameFrenchAnswer(PortalServer server) {
        HttpResponse<String> wrongPassword =
                new WebClient(server).signIn(PortalServer.COUVIN_AGENT, "not-the-password");
        HttpResponse<String> unknownEmail =
                new WebClient(server).signIn("personne@rebond.test", "not-the-password");

        for (HttpResponse<String> response : java.util.List.of(wrongPassword, unknownEmail)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("Adresse e-mail ou mot de passe incorrect.")
                    .doesNotContain("Exception").doesNotContain("at be.miresem");
        }
        assertThat(normalise(wrongPassword.body(), PortalServer.COUVIN_AGENT))
                .isEqualTo(normalise(unknownEmail.body(), "personne@rebond.test"));
    }

    @Test
    void emptyFieldsGetAFrenchErrorNextToEachField(PortalServer server) {
        HttpResponse<String> response = new WebClient(server).signIn("", "");
        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.body();
        assertThat(body).contains("id=\"email-error\">Ce champ est obligatoire.</span>")
                .contains("id=\"password-error\">Ce champ est obligatoire.</span>")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void signOutEndsTheSession(PortalServer server) {
        WebClient web = new WebClient(server);
        web.signIn(PortalServer.MOMIGNIES_AGENT, PortalServer.DEMO_PASSWORD);
        HttpResponse<String> space = web.get("/espace/");
        assertThat(space.statusCode()).isEqualTo(200);

        HttpResponse<String> out = web.post("/espace/", java.util.Map.of("signout", "signout",
                "signout-button", "Se déconnecter", "jakarta.faces.ViewState", WebClient.viewState(space.body())));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/connexion"));
        assertThat(web.get("/espace/").statusCode()).isEqualTo(302);
    }

    /** The page without what legitimately differs between two responses: the view state and the typed e-mail. */
    private static String normalise(String body, String email) {
        return body.replaceAll("name=\"jakarta\\.faces\\.ViewState\"[^>]*>", "")
                .replace(email, "EMAIL");
    }
}
