package be.miresem.rebond.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Browser;
import be.miresem.rebond.testing.HtmlChecker;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.Requests;
import be.miresem.rebond.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The request form in Chromium: errors next to the fields, a focused summary, nothing lost, then the confirmation. */
@ExtendWith(Portal.class)
class CollaborationBrowserIT {

    @Test
    void mistakesAreShownNextToTheFieldsWithNothingLostThenTheRequestIsConfirmed(PortalServer server) {
        try (Browser browser = new Browser(server)) {
            browser.open("/");
            browser.press("Demander une collaboration");
            assertThat(browser.path()).isEqualTo("/collaborer");
            HtmlChecker.assertValid("/collaborer", new WebClient(server).get("/collaborer").body());

            browser.type("Nom du CPAS", "CPAS de Viroinval")
                    .type("Numéro d'entreprise", "0212.345.678")
                    .type("Personne de contact", "Anne Lambert")
                    .type("Adresse e-mail", "anne@")
                    .type("Téléphone", "060 31 12 34")
                    .type("Nombre de contrats article 60 par an", "8")
                    .type("Message", "Bonjour, nous aimerions une présentation.");
            browser.press("Envoyer la demande");

            WebElement summary = browser.driver().findElement(By.id("error-summary"));
            assertThat(browser.driver().switchTo().activeElement()).isEqualTo(summary);
            assertThat(summary.getText()).contains("Le formulaire contient des erreurs")
                    .as("each error named by its field").contains("Commune : ce champ est obligatoire.")
                    .contains("Adresse e-mail : cette adresse e-mail n’est pas valide.");
            assertThat(summary.findElement(By.linkText("Commune : ce champ est obligatoire.")).getAttribute("href"))
                    .endsWith("#commune");
            assertThat(errorOf(browser, "Commune")).isEqualTo("Ce champ est obligatoire.");
            assertThat(errorOf(browser, "Numéro d'entreprise")).startsWith("Ce numéro d’entreprise n’est pas valide");
            assertThat(errorOf(browser, "Adresse e-mail")).isEqualTo("Cette adresse e-mail n’est pas valide.");
            assertThat(browser.driver().findElement(By.id("consent-error")).getText()).startsWith("Cochez cette case");
            assertThat(value(browser, "Nom du CPAS")).isEqualTo("CPAS de Viroinval");
            assertThat(value(browser, "Personne de contact")).isEqualTo("Anne Lambert");
            assertThat(value(browser, "Message")).isEqualTo("Bonjour, nous aimerions une présentation.");
            assertThat(browser.text()).contains("caractères restants");

            browser.type("Commune", "Viroinval").type("Numéro d'entreprise", "BE 0212 345 668")
                    .type("Adresse e-mail", "anne.lambert@viroinval.be");
            WebElement consent = browser.driver().findElement(By.id("consent"));
            WebElement consentLabel = browser.driver().findElement(By.cssSelector("label[for=consent]"));
            assertThat(consentLabel.getText()).startsWith("J'accepte que la Miresem traite ces données");
            assertThat(consentLabel.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("/vie-privee");
            consent.click();
            browser.press("Envoyer la demande");

            assertThat(browser.path()).isEqualTo("/collaborer/merci");
            assertThat(browser.heading()).isEqualTo("Merci, votre demande est enregistrée");
            assertThat(browser.text()).containsPattern("Votre numéro de référence : COL-\\d{4}-\\d{4}");
            browser.driver().navigate().refresh();
            assertThat(browser.heading()).isEqualTo("Merci, votre demande est enregistrée");
        }
    }

    @Test
    void officersPipelinePagesPassAxe(PortalServer server) {
        Requests.Submitted request = Requests.submit(server, "CPAS de Dinant", "Dinant");
        try (Browser browser = new Browser(server)) {
            browser.open("/connexion");
            browser.type("Adresse e-mail", PortalServer.OFFICER_EMAIL).type("Mot de passe", PortalServer.OFFICER_PASSWORD);
            browser.press("Se connecter");
            for (String path : new String[] {"/espace/onboarding/", "/espace/onboarding/tableau",
                    "/espace/onboarding/demande?id=" + request.id(), "/espace/comptes/", "/espace/outbox/",
                    "/espace/contenu/", "/espace/cpas/", "/espace/cpas/nouveau", "/espace/journal/",
                    "/espace/disponibilites/", "/espace/rendez-vous/", "/espace/seances/"}) {
                browser.open(path);
                assertThat(browser.driver().findElement(By.tagName("h1")).getText()).as(path).isNotBlank();
            }
        }
    }

    private static String errorOf(Browser browser, String label) {
        String describedBy = browser.field(label).getDomAttribute("aria-describedby").split(" ")[0];
        return browser.driver().findElement(By.id(describedBy)).getText();
    }

    private static String value(Browser browser, String label) {
        return browser.field(label).getDomProperty("value");
    }
}
