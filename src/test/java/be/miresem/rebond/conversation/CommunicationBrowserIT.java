package be.miresem.rebond.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Browser;
import be.miresem.rebond.testing.Cases;
import be.miresem.rebond.testing.Mails;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.Privacy;
import be.miresem.rebond.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The conversation on a case in Chromium, as its three people: Couvin's agent writes and attaches a document; the
 * officer finds it through the header's notification centre (and an e-mail naming no one), answers; the agent sees
 * the answer marked new; Momignies' agent gets 404 on the case and on the document's address. Every page is checked
 * with axe-core; the case page and the notification centre are photographed at 360 and 1280 px.
 */
@ExtendWith(Portal.class)
class CommunicationBrowserIT {

    @Test
    void aMessageOnACouvinCaseReachesTheOfficerWhoAnswersAndMomigniesSeesNothing(PortalServer server) throws Exception {
        String marker = Privacy.marker();
        long id = Cases.refer(Accounts.agent(server, PortalServer.COUVIN_AGENT), marker, "Zoé", "Couvin");
        String casePage = "/espace/dossiers/dossier?id=" + id;
        int officerMails = Mails.to(server, PortalServer.OFFICER_EMAIL, "du nouveau sur un dossier").size();
        Path pdf = Files.createTempFile("attestation-", ".pdf");
        Files.write(pdf, TestFiles.pdf("Attestation").getBytes(StandardCharsets.ISO_8859_1));

        try (Browser couvin = new Browser(server); Browser officer = new Browser(server);
                Browser momignies = new Browser(server)) {
            couvin.signIn(PortalServer.COUVIN_AGENT, PortalServer.DEMO_PASSWORD);
            officer.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
            momignies.signIn(PortalServer.MOMIGNIES_AGENT, PortalServer.DEMO_PASSWORD);

            couvin.open(casePage);
            couvin.type("Nouveau message", "Elle a signé son contrat, l’attestation est jointe.");
            couvin.press("Envoyer le message");
            assertThat(couvin.text()).contains("Votre message est envoyé.");
            couvin.field("Joindre un document").sendKeys(pdf.toString());
            couvin.press("Joindre le document");
            assertThat(couvin.text()).contains("Le document est joint au dossier.").contains(pdf.getFileName().toString());
            String download = couvin.driver().findElement(By.cssSelector("a[href*='/espace/dossiers/document?id=']"))
                    .getDomAttribute("href");

            // The officer: the header's count, the centre, the case; the e-mail names no one.
            officer.open("/espace/");
            assertThat(officer.driver().findElement(By.cssSelector(".notification-link")).getText())
                    .matches("Notifications\\s+(\\d{1,2}|99\\+)\\s+non lues");
            officer.driver().findElement(By.cssSelector(".notification-link")).click();
            officer.checkAccessibility();
            assertThat(officer.heading()).isEqualTo("Notifications");
            photograph(officer, "notification-centre");
            officer.driver().findElements(By.linkText("Nouveau message sur un dossier.")).get(0).click();
            officer.checkAccessibility();
            assertThat(officer.path()).isEqualTo("/espace/dossiers/dossier");
            assertThat(officer.text()).contains("Elle a signé son contrat").contains(pdf.getFileName().toString());
            Mails.Mail mail = Mails.await(server, PortalServer.OFFICER_EMAIL, "du nouveau sur un dossier", officerMails);
            assertThat(mail.text()).doesNotContain(marker).doesNotContain("Zoé").doesNotContain("contrat");
            officer.type("Nouveau message", "Bravo ! Je préviens l’employeur pour le suivi à trois mois.");
            officer.press("Envoyer le message");

            // Couvin's agent sees the answer, marked new.
            couvin.open(casePage);
            assertThat(couvin.driver().findElement(By.cssSelector("li.message-new")).getText())
                    .contains("Bravo ! Je préviens l’employeur").contains("nouveau");
            photograph(couvin, "case-conversation");

            // Momignies' agent: 404 on the case and on the document, whatever id it tries.
            momignies.open(casePage);
            assertThat(momignies.heading()).isEqualTo("Cette page n’existe pas");
            momignies.open(download.replaceFirst("^https?://[^/]+", ""));
            assertThat(momignies.heading()).isEqualTo("Cette page n’existe pas");
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    private static void photograph(Browser browser, String name) {
        for (int width : new int[] {360, 1280}) {
            browser.emulateWidth(width);
            browser.driver().navigate().refresh();
            assertThat(browser.horizontalOverflow()).as(name + " at " + width + " px").isZero();
            assertThat(browser.layoutProblems(width == 360)).as(name + " at " + width + " px").isEmpty();
            browser.pageScreenshot((width == 360 ? "phone-360-" : "desktop-1280-") + name, width, width == 360 ? 780 : 900);
        }
        browser.emulateWidth(0);
    }
}
