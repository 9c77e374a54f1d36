package be.miresem.rebond.account;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.Requests;
import be.miresem.rebond.testing.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** From an accepted request to an insertion agent's account: invitation, first sign-in, deactivation. */
@ExtendWith(Portal.class)
public class AccountsIT {

    private static final Pattern LINK = Pattern.compile("(/invitation\\?jeton=[A-Za-z0-9_-]+)");

    @Test
    void convertedRequestLetsTheOfficerInviteAnAgentWhoSignsInAndCanBeDeactivated(PortalServer server)
            throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String cpas = "CPAS de Vresse " + marker;
        var request = Requests.submit(server, cpas, "Vresse" + marker);
        WebClient officer = Accounts.officer(server);
        for (String stage : new String[] {"CONTACTED", "ACTIVE_PARTNER"}) {
            Requests.move(officer, request.id(), stage, "");
        }
        String detail = officer.get("/espace/onboarding/demande?id=" + request.id()).body();
        String cpasId = detail.replaceAll("(?s).*/espace/comptes/\\?cpas=(\\d+).*", "$1");

        String agentEmail = "agent." + marker + "@example.be";
        HttpResponse<String> page = officer.get("/espace/comptes/?cpas=" + cpasId);
        assertThat(page.body()).contains("value=\"" + cpasId + "\" selected");
        // The CPAS comes chosen from the link; the officer types the rest.
        assertThat(FacesForm.of(officer, "/espace/comptes/?cpas=" + cpasId, page.body(), "invite").fill("Nom", "Agent " + marker)
                .fill("Adresse e-mail", agentEmail).choose("Rôle", "Agent d’insertion professionnelle")
                .press("Envoyer l’invitation").statusCode()).isEqualTo(302);

        String link = Accounts.invitationLink(server, agentEmail);
        WebClient agent = new WebClient(server);
        HttpResponse<String> weak = Accounts.choosePassword(agent, link, "court", "court");
        assertThat(weak.body()).contains("au moins 12 caractères");
        HttpResponse<String> created = Accounts.choosePassword(agent, link, "Un-mot-de-passe-solide-42", "Un-mot-de-passe-solide-42");
        assertThat(created.statusCode()).isEqualTo(302);
        HttpResponse<String> space = agent.get("/espace/");
        assertThat(space.statusCode()).isEqualTo(200);
        assertThat(space.body()).contains("Agent " + marker).contains(cpas);

        assertThat(new WebClient(server).get(link).body()).as("a used link").contains("n’est pas valable");

        // Deactivation: the open session stops at the next request, and signing in is refused.
        String accounts = officer.get("/espace/comptes/").body();
        assertThat(accounts).contains("Désactiver " + agentEmail);
        assertThat(FacesForm.of(officer, "/espace/comptes/", accounts, "users").press("Désactiver " + agentEmail).statusCode())
                .isEqualTo(302);
        assertThat(officer.get("/espace/comptes/").body()).contains("Désactivé");
        HttpResponse<String> after = agent.get("/espace/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/connexion"));
        assertThat(new WebClient(server).signIn(agentEmail, "Un-mot-de-passe-solide-42").body())
                .contains("Adresse e-mail ou mot de passe incorrect.");

        // Every change is in the audit trail, with who did it.
        String journal = officer.get("/espace/journal/").body();
        assertThat(journal).as("in French, people by name").contains("Invitation envoyée").contains("Compte créé")
                .contains("Compte désactivé").contains("CPAS devenu partenaire").contains("Étape d’une demande")
                .contains("Agent " + marker).contains("Chargée de mission Rebond").contains("Agent d’insertion professionnelle")
                .doesNotContain("account.invite").doesNotContain(PortalServer.OFFICER_EMAIL);
        assertThat(new WebClient(server).get("/espace/journal/").statusCode()).isEqualTo(302);
    }

    @Test
    void officersCannotDeactivateTheirOwnAccount(PortalServer server) {
        // No button for one's own account (the service refuses it too, and the last active officer in any case),
        // so the portal never loses the account that runs it by a slip of the hand.
        WebClient officer = Accounts.officer(server);
        String accounts = officer.get("/espace/comptes/").body();
        assertThat(accounts).contains(PortalServer.OFFICER_EMAIL).contains("aria-label=\"Désactiver " + PortalServer.COUVIN_AGENT)
                .doesNotContain("aria-label=\"Désactiver " + PortalServer.OFFICER_EMAIL);
        assertThat(officer.get("/espace/").statusCode()).isEqualTo(200);
    }

    @Test
    void partnersCannotManageAccounts(PortalServer server) {
        WebClient partner = new WebClient(server);
        partner.signIn(PortalServer.MOMIGNIES_AGENT, PortalServer.DEMO_PASSWORD);
        assertThat(partner.get("/espace/comptes/").statusCode()).isEqualTo(403);
        assertThat(new WebClient(server).get("/invitation?jeton=forged-token").body()).contains("n’est pas valable");
    }


    @Test
    void aPersonChangesTheirNameAndPasswordWhichEndsTheirOtherSessions(PortalServer server) {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String email = "compte." + marker + "@miresem.test";
        String password = "Une phrase de passe " + marker;
        Accounts.createOfficer(server, "Claire Henrard", email, password);
        WebClient phone = Accounts.signedIn(server, email, password);
        WebClient desk = Accounts.signedIn(server, email, password);

        HttpResponse<String> renamed = FacesForm.open(desk, "/espace/compte/", "name").fill("Nom", "Claire Henrard-Lambert")
                .press("Enregistrer le nom");
        assertThat(renamed.statusCode()).isEqualTo(302);
        assertThat(desk.get("/espace/compte/").body()).contains("Votre nom est enregistré.").contains("Claire Henrard-Lambert");

        // Refusals next to their fields, nothing changed.
        String wrong = FacesForm.open(desk, "/espace/compte/", "password").fill("Mot de passe actuel", "pas le bon mot de passe")
                .fill("Nouveau mot de passe", "Un nouveau mot de passe " + marker)
                .fill("Nouveau mot de passe, une seconde fois", "Un nouveau mot de passe " + marker)
                .press("Changer le mot de passe").body();
        assertThat(wrong).contains("Ce n’est pas votre mot de passe actuel.");
        String weak = FacesForm.open(desk, "/espace/compte/", "password").fill("Mot de passe actuel", password)
                .fill("Nouveau mot de passe", "court").fill("Nouveau mot de passe, une seconde fois", "court")
                .press("Changer le mot de passe").body();
        assertThat(weak).contains("Le mot de passe doit compter au moins 12 caractères.");
        String mismatch = FacesForm.open(desk, "/espace/compte/", "password").fill("Mot de passe actuel", password)
                .fill("Nouveau mot de passe", "Un nouveau mot de passe " + marker)
                .fill("Nouveau mot de passe, une seconde fois", "Un autre mot de passe " + marker)
                .press("Changer le mot de passe").body();
        assertThat(mismatch).contains("Les deux mots de passe ne sont pas identiques.");
        assertThat(phone.get("/espace/").statusCode()).as("nothing changed yet: the other session goes on").isEqualTo(200);

        String newPassword = "Un nouveau mot de passe " + marker;
        HttpResponse<String> changed = FacesForm.open(desk, "/espace/compte/", "password").fill("Mot de passe actuel", password)
                .fill("Nouveau mot de passe", newPassword).fill("Nouveau mot de passe, une seconde fois", newPassword)
                .press("Changer le mot de passe");
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(desk.get("/espace/compte/").body()).as("this session goes on").contains("Votre mot de passe est changé.");
        HttpResponse<String> other = phone.get("/espace/");
        assertThat(other.statusCode()).as("the other session has ended").isEqualTo(302);
        assertThat(other.headers().firstValue("Location").orElseThrow()).endsWith("/connexion");
        assertThat(new WebClient(server).signIn(email, password).statusCode()).as("the old password no longer works")
                .isNotEqualTo(302);
        assertThat(new WebClient(server).signIn(email, newPassword).statusCode()).isEqualTo(302);
    }
}
