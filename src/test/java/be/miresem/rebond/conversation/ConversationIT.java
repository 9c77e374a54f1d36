package be.miresem.rebond.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Cases;
import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.Forms;
import be.miresem.rebond.testing.Mails;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.Privacy;
import be.miresem.rebond.testing.RuntimeSettings;
import be.miresem.rebond.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The conversations between a CPAS and the Miresem, over HTTP as their users: a message on a case reaches the officer
 * (notification, and an e-mail that names no one and quotes nothing), her answer reaches the agent as new, another
 * CPAS sees nothing, the author changes or withdraws a message within a quarter of an hour only; and the
 * partnership's thread, outside any case.
 */
@ExtendWith(Portal.class)
class ConversationIT {

    @Test
    void aMessageOnACaseReachesTheOfficerWhoAnswersAndNoOtherCpasSeesIt(PortalServer server) {
        String marker = Privacy.marker();
        WebClient agent = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        WebClient officer = Accounts.officer(server);
        WebClient otherCpas = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        long id = Cases.refer(agent, marker, "Zoé", "Couvin");
        String casePage = "/espace/dossiers/dossier?id=" + id;
        int mails = Mails.to(server, PortalServer.OFFICER_EMAIL, "du nouveau sur un dossier").size();

        // Nothing typed: refused next to the field.
        assertThat(FacesForm.open(agent, casePage, "message").fill("Nouveau message", " ").press("Envoyer le message").body())
                .contains("id=\"messageBody-error\"");
        assertThat(FacesForm.open(agent, casePage, "message")
                .fill("Nouveau message", "Elle a un entretien jeudi, voir https://www.leforem.be " + marker + "texte")
                .press("Envoyer le message").statusCode()).isEqualTo(302);
        assertThat(agent.get(casePage).body()).contains("Votre message est envoyé.")
                .contains("href=\"https://www.leforem.be\"").contains("Agent d'insertion de Couvin");

        // The officer hears of it: a notification, and an e-mail without the person's name or the message.
        Mails.Mail mail = Mails.await(server, PortalServer.OFFICER_EMAIL, "du nouveau sur un dossier", mails);
        assertThat(mail.text()).contains("/espace/nouveautes/?voir=").doesNotContain(marker).doesNotContain("Zoé")
                .doesNotContain("entretien");
        assertThat(officer.get("/espace/nouveautes/").body()).contains("Nouveau message sur un dossier.");
        String seenByOfficer = officer.get(casePage).body();
        assertThat(seenByOfficer).contains(marker + "texte").contains("nouveau");
        assertThat(officer.get(casePage).body()).as("seen once opened").doesNotContain("badge badge-late\">nouveau");
        assertThat(FacesForm.open(officer, casePage, "message").fill("Nouveau message", "Merci, je préviens l’employeur.")
                .press("Envoyer le message").statusCode()).isEqualTo(302);

        // The agent sees the answer as new; another CPAS gets 404 on the case and its thread.
        assertThat(agent.get(casePage).body()).contains("Merci, je préviens l’employeur.")
                .contains("badge badge-late\">nouveau");
        assertThat(otherCpas.get(casePage).statusCode()).isEqualTo(404);
    }

    @Test
    void theAuthorChangesOrWithdrawsAMessageWithinAQuarterOfAnHourOnly(PortalServer server) {
        String marker = Privacy.marker();
        WebClient agent = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        long id = Cases.refer(agent, marker, "Léa", "Momignies");
        String casePage = "/espace/dossiers/dossier?id=" + id;
        FacesForm.open(agent, casePage, "message").fill("Nouveau message", marker + "premier").press("Envoyer le message");
        FacesForm.open(agent, casePage, "message").fill("Nouveau message", marker + "second").press("Envoyer le message");

        String page = agent.get(casePage).body();
        assertThat(page).contains("Modifier ou retirer (pendant un quart d’heure)");
        assertThat(Forms.pressRow(agent, casePage, "Retirer le message : " + marker + "second").statusCode())
                .isEqualTo(302);
        assertThat(agent.get(casePage).body()).contains("Message retiré par son auteur le").doesNotContain(marker + "second");

        try (RuntimeSettings later = RuntimeSettings.set(server, "REBOND_CLOCK_OFFSET", "PT16M")) {
            assertThat(agent.get(casePage).body()).as("a quarter of an hour later, the message stays as it is")
                    .contains(marker + "premier").doesNotContain("Modifier ou retirer");
        }

        // Erasure (retention, request, withdrawn consent) takes the messages' texts: casefile.PersonalData lists them,
        // PersonalDataTest checks the list against the migrations, PrivacyIT follows erasure through every listed table.
    }

    @Test
    void thePartnershipHasAThreadOfItsOwn(PortalServer server) {
        String marker = Privacy.marker();
        WebClient agent = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        WebClient officer = Accounts.officer(server);
        WebClient otherCpas = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        java.net.http.HttpResponse<String> sent = FacesForm.open(agent, "/espace/echanges/", "message")
                .fill("Nouveau message", "Bilan du partenariat : quand pouvons-nous nous voir ? " + marker)
                .press("Envoyer le message");
        assertThat(sent.statusCode()).as("%s %s%n%s", sent.uri(), sent.headers().map(), sent.body()).isEqualTo(302);

        String list = officer.get("/espace/echanges/").body();
        assertThat(list).contains("CPAS de Couvin").contains("Nouveaux messages");
        String couvin = list.replaceAll("(?s).*/espace/echanges/\\?cpas=(\\d+)\">CPAS de Couvin<.*", "$1");
        assertThat(officer.get("/espace/echanges/?cpas=" + couvin).body()).contains(marker)
                .contains("Vos échanges avec les agents du CPAS de Couvin sur le partenariat.");
        assertThat(FacesForm.open(officer, "/espace/echanges/?cpas=" + couvin, "message")
                .fill("Nouveau message", "Mardi à 10 h, à Couvin.").press("Envoyer le message").statusCode()).isEqualTo(302);
        assertThat(agent.get("/espace/nouveautes/").body()).contains("Nouveau message de la Miresem sur le partenariat");
        assertThat(agent.get("/espace/echanges/").body()).contains("Mardi à 10 h, à Couvin.");
        assertThat(otherCpas.get("/espace/echanges/?cpas=" + couvin).body()).as("an agent sees their own CPAS's thread only")
                .doesNotContain(marker).doesNotContain("Mardi à 10 h");
        assertThat(otherCpas.get("/espace/echanges/").statusCode()).isEqualTo(200);
    }
}
