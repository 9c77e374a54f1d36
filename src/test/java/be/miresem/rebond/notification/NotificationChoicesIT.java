package be.miresem.rebond.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Cases;
import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.Mails;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.Privacy;
import be.miresem.rebond.testing.RuntimeSettings;
import be.miresem.rebond.testing.Sessions;
import be.miresem.rebond.testing.WebClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notification centre and each person's choices, over HTTP: "Mon compte" keeps a choice per kind; a kind left in
 * the portal sends no e-mail but reaches the centre and the header's count; tasks, registrations and messages feed
 * the centre of the person on the other side; the daily digest (its time come by moving the clock a day) counts
 * what waited, names no one and quotes nothing.
 */
@ExtendWith(Portal.class)
class NotificationChoicesIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    @Test
    void eachKindReachesEachPersonAsTheyChoseAndTheDigestNamesNoOne(PortalServer server) {
        String marker = Privacy.marker();
        WebClient officer = Accounts.officer(server);
        WebClient momignies = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);

        // Mon compte: the defaults, then messages in the portal only and tasks in the digest.
        String account = momignies.get("/espace/compte/").body();
        assertThat(account).contains("Messages et documents").contains("Annonces de la Miresem")
                .doesNotContain("Demandes et inscriptions");
        assertThat(account).containsPattern("id=\"delivery-MESSAGE-IMMEDIATE\" value=\"IMMEDIATE\"[^>]*checked");
        assertThat(FacesForm.open(momignies, "/espace/compte/", "choices").set("delivery-MESSAGE", "PORTAL")
                .set("delivery-TASK", "DIGEST").press("Enregistrer mes choix").statusCode()).isEqualTo(302);
        account = momignies.get("/espace/compte/").body();
        assertThat(account).contains("Vos choix de notifications sont enregistrés.")
                .containsPattern("id=\"delivery-MESSAGE-PORTAL\" value=\"PORTAL\"[^>]*checked");

        // The officer writes on the partnership and adds a task on a Momignies case: the centre has both, no e-mail.
        long caseId = Cases.refer(momignies, marker, "Jules", "Momignies");
        String list = officer.get("/espace/echanges/").body();
        String cpas = list.replaceAll("(?s).*/espace/echanges/\\?cpas=(\\d+)\">CPAS de Momignies<.*", "$1");
        int messageMails = Mails.to(server, PortalServer.MOMIGNIES_AGENT, "message").size();
        assertThat(FacesForm.open(officer, "/espace/echanges/?cpas=" + cpas, "message")
                .fill("Nouveau message", "Le bilan du partenariat " + marker).press("Envoyer le message").statusCode())
                .isEqualTo(302);
        assertThat(FacesForm.open(officer, "/espace/dossiers/dossier?id=" + caseId, "task")
                .fill("Nouvelle tâche", "Rappeler " + marker).fill("Échéance", TODAY.plusDays(3).toString())
                .press("Ajouter la tâche").statusCode()).isEqualTo(302);
        String centre = momignies.get("/espace/nouveautes/").body();
        assertThat(centre).contains("Nouveau message de la Miresem sur le partenariat")
                .contains("Nouvelle tâche sur un dossier du CPAS de Momignies").doesNotContain("Rappeler " + marker);
        assertThat(centre).containsPattern("Notifications</span> <span class=\"nav-count\">\\d+");

        // A CPAS registers for a session: the officer's centre says so.
        String session = Sessions.create(officer, server, "Présentation " + marker, 12, 10);
        WebClient visitor = new WebClient(server);
        Sessions.register(visitor, session, Sessions.open(visitor, session), "CPAS de Doische " + marker, "Anne Hubert",
                "anne." + marker.toLowerCase() + "@doische.test", 1, Map.of());
        assertThat(officer.get("/espace/nouveautes/").body()).contains("Inscription de « CPAS de Doische " + marker);

        // The next morning's digest: one e-mail counting the message-free kinds that waited, naming no one.
        int digests = Mails.to(server, PortalServer.MOMIGNIES_AGENT, "nouveaut").size();
        // A day later than any other test moves the clock, so that this day's round has not run yet.
        try (RuntimeSettings tomorrow = RuntimeSettings.set(server, "REBOND_CLOCK_OFFSET", "P1000D",
                "REBOND_DAILY_ROUND_AT", "00:00")) {
            Mails.Mail digest = Mails.await(server, PortalServer.MOMIGNIES_AGENT, "nouveaut", digests,
                    java.time.Duration.ofSeconds(75));
            assertThat(digest.text()).contains("tâche").contains("/espace/nouveautes/").contains("Mon compte")
                    .doesNotContain(marker).doesNotContain("Jules");
        }
        assertThat(Mails.to(server, PortalServer.MOMIGNIES_AGENT, "message")).as("messages stay in the portal")
                .hasSize(messageMails);
    }
}
