package be.miresem.rebond.shared;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.Mails;
import be.miresem.rebond.testing.OwnServer;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.RuntimeSettings;
import be.miresem.rebond.testing.WebClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What the jobs e-mail once goes out once across a restart, on a server of its own because the test restarts it:
 * the daily digest (an agent who chose it for announcements gets one e-mail the next morning, none at once, none
 * again after the restart; an agent with nothing waiting gets none at all) and a hire's survey invitation to the
 * employer (one, before and after the restart).
 */
@OwnServer
class OnceAcrossRestartIT {

    @Test
    void theDigestAndASurveyInvitationGoOutOnceAcrossARestart() throws Exception {
        try (PortalServer server = PortalServer.withDemoContent("digest").inSystemTestStage()) {
            server.environment().put("REBOND_DAILY_ROUND_AT", "00:00");
            server.start();
            // Today's round (at the job's first run) digests what the demo content left; from then on, only ours.
            awaitLog(server, "Daily round of");
            int momigniesDigests = Mails.to(server, PortalServer.MOMIGNIES_AGENT, "nouveaut").size();
            int couvinDigests = Mails.to(server, PortalServer.COUVIN_AGENT, "nouveaut").size();
            WebClient momignies = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
            assertThat(FacesForm.open(momignies, "/espace/compte/", "choices").set("delivery-ANNOUNCEMENT", "DIGEST")
                    .press("Enregistrer mes choix").statusCode()).isEqualTo(302);
            WebClient couvin = Accounts.agent(server, PortalServer.COUVIN_AGENT);
            assertThat(FacesForm.open(couvin, "/espace/compte/", "choices").set("delivery-TASK", "IMMEDIATE")
                    .press("Enregistrer mes choix").statusCode()).isEqualTo(302);

            WebClient officer = Accounts.officer(server);
            String employer = "contact.restart@menuiserie.test";
            be.miresem.rebond.testing.SurveyLinks.hire(server, "Restart", employer);
            Mails.await(server, employer, "Votre avis sur l’embauche", 0, Duration.ofSeconds(75));
            assertThat(FacesForm.open(officer, "/espace/annonces/", "announcement").fill("Titre", "Salon de l’emploi à Chimay")
                    .fill("Texte", "Le 20 janvier, stand de la Miresem.").press("Publier l’annonce").statusCode())
                    .isEqualTo(302);
            Mails.await(server, PortalServer.COUVIN_AGENT, "une annonce de la Miresem", 0);
            assertThat(Mails.to(server, PortalServer.MOMIGNIES_AGENT, "annonce")).as("no e-mail at once").isEmpty();

            try (RuntimeSettings tomorrow = RuntimeSettings.set(server, "REBOND_CLOCK_OFFSET", "P1D")) {
                Mails.Mail digest = Mails.await(server, PortalServer.MOMIGNIES_AGENT, "nouveaut", momigniesDigests,
                        Duration.ofSeconds(75));
                assertThat(digest.text()).contains("1 annonce de la Miresem").contains("/espace/nouveautes/")
                        .doesNotContain("Chimay");
            }

            server.stop();
            server.environment().put("REBOND_CLOCK_OFFSET", "P1D");
            server.start();
            Thread.sleep(35_000); // at least one run of the daily round's job after the restart
            assertThat(Mails.to(server, PortalServer.MOMIGNIES_AGENT, "nouveaut")).hasSize(momigniesDigests + 1);
            assertThat(Mails.to(server, PortalServer.COUVIN_AGENT, "nouveaut")).as("nothing waited for Couvin")
                    .hasSize(couvinDigests);
            assertThat(Mails.to(server, employer, "Votre avis sur l’embauche")).as("one survey invitation per hire")
                    .hasSize(1);
        }
    }

    private static void awaitLog(PortalServer server, String text) throws InterruptedException {
        for (int i = 0; i < 120 && !server.log().contains(text); i++) {
            Thread.sleep(500);
        }
        assertThat(server.log()).contains(text);
    }
}
