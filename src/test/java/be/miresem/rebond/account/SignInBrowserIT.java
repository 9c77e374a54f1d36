package be.miresem.rebond.account;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Browser;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Signing in and out in Chromium, as a person would, with axe-core on every page visited. */
@ExtendWith(Portal.class)
class SignInBrowserIT {

    @Test
    void agentSignsInAfterAMistakeAndSignsOut(PortalServer server) {
        try (Browser browser = new Browser(server)) {
            browser.open("/");
            assertThat(browser.heading()).contains("après l’article 60");

            browser.press("Se connecter");
            assertThat(browser.path()).isEqualTo("/connexion");
            assertThat(browser.heading()).isEqualTo("Connexion à l’espace partenaires");

            browser.type("Adresse e-mail", PortalServer.COUVIN_AGENT).type("Mot de passe", "mauvais-mot-de-passe");
            browser.press("Se connecter");
            assertThat(browser.text()).contains("Adresse e-mail ou mot de passe incorrect.");
            assertThat(browser.field("Adresse e-mail").getDomProperty("value")).isEqualTo(PortalServer.COUVIN_AGENT);
            assertThat(browser.field("Mot de passe").getDomProperty("value")).isEmpty();

            browser.type("Mot de passe", PortalServer.DEMO_PASSWORD);
            browser.press("Se connecter");
            assertThat(browser.path()).isEqualTo("/espace/");
            assertThat(browser.text()).contains("Agent d'insertion de Couvin").contains("CPAS de Couvin").doesNotContain("CPAS : CPAS");
            browser.checkAccessibility();

            browser.press("Se déconnecter");
            assertThat(browser.path()).isEqualTo("/connexion");
            assertThat(browser.text()).contains("Vous êtes déconnecté·e.");
            browser.driver().get(server.baseUrl() + "/espace/");
            assertThat(browser.path()).isEqualTo("/connexion");
        }
    }

    @Test
    void emptyFormShowsErrorsNextToTheFields(PortalServer server) {
        try (Browser browser = new Browser(server)) {
            browser.open("/connexion");
            browser.press("Se connecter");
            WebElement email = browser.field("Adresse e-mail");
            assertThat(email.getDomAttribute("aria-invalid")).isEqualTo("true");
            String describedBy = email.getDomAttribute("aria-describedby");
            assertThat(browser.driver().findElement(By.id(describedBy)).getText()).isEqualTo("Ce champ est obligatoire.");
        }
    }

    @Test
    void keyboardAloneReachesTheFormAndSignsIn(PortalServer server) {
        try (Browser browser = new Browser(server)) {
            browser.open("/connexion");
            var driver = browser.driver();
            // The first Tab reaches the skip link; following it moves focus to the main content.
            driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Aller au contenu principal");
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = driver.switchTo().activeElement();
            assertThat(focused.getDomAttribute("id")).isEqualTo("email");
            focused.sendKeys(PortalServer.OFFICER_EMAIL, Keys.TAB);
            driver.switchTo().activeElement().sendKeys(PortalServer.OFFICER_PASSWORD, Keys.ENTER);
            // Enter submits the form: wait for the next page (on a loaded machine it may take a moment).
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                    .until(d -> !browser.path().equals("/connexion"));
            assertThat(browser.path()).isEqualTo("/espace/");
            browser.checkAccessibility();
            browser.open("/espace/cpas/");
            assertThat(browser.text()).contains("CPAS de Momignies");
        }
    }

    @Test
    void pagesVisitedPassAxe(PortalServer server) {
        try (Browser browser = new Browser(server)) {
            for (String path : new String[] {"/", "/connexion", "/accessibilite", "/vie-privee", "/page-inconnue"}) {
                browser.open(path);
                assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
            }
        }
    }
}
