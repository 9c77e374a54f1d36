package be.miresem.rebond.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Browser;
import be.miresem.rebond.testing.HtmlChecker;
import be.miresem.rebond.testing.Meetings;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Booking and cancelling a meeting in Chromium with the keyboard only, axe-core on every page. */
@ExtendWith(Portal.class)
class BookingBrowserIT {

    @Test
    void anAgentBooksAndCancelsWithTheKeyboardOnly(PortalServer server) {
        try (Browser browser = new Browser(server)) {
            browser.signIn(PortalServer.MOMIGNIES_AGENT, PortalServer.DEMO_PASSWORD);
            browser.open("/espace/rendez-vous/");
            WebDriver driver = browser.driver();

            WebElement radio = tabUntil(driver, e -> "radio".equals(e.getDomAttribute("type")));
            radio.sendKeys(Keys.SPACE);
            assertThat(radio.isSelected()).isTrue();
            String chosen = radio.getDomAttribute("value");
            WebElement chosenText = driver.findElement(org.openqa.selenium.By.cssSelector(".chosen-slot"));
            assertThat(chosenText.isDisplayed()).as("the chosen time is repeated by the button").isTrue();
            assertThat(chosenText.getText()).startsWith("Créneau choisi :")
                    .contains(driver.findElement(org.openqa.selenium.By.cssSelector("label[for='" + radio.getDomAttribute("id") + "']")).getText());
            WebElement submit = tabUntil(driver, e -> "Réserver ce créneau".equals(e.getDomAttribute("value")));
            submit.sendKeys(Keys.ENTER);
            browser.checkAccessibility();
            assertThat(browser.text()).contains("Le rendez-vous est réservé.").contains("Suivi de bénéficiaires");
            assertThat(driver.getPageSource()).doesNotContain("value=\"" + chosen + "\"");

            WebElement cancel = tabUntil(driver, e -> "Annuler".equals(e.getDomAttribute("value")));
            cancel.sendKeys(Keys.ENTER);
            browser.checkAccessibility();
            assertThat(browser.text()).contains("Le rendez-vous est annulé ; un e-mail prévient chacun.");
            assertThat(driver.getPageSource()).contains("value=\"" + chosen + "\"");
        }
    }

    @Test
    void theMeetingPagesPassAxeAndTheHtmlChecker(PortalServer server) {
        WebClient agent = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        String slot = Meetings.book(agent);
        long id = Meetings.bookingId(agent.get("/espace/rendez-vous/").body(), slot);
        WebClient officer = Accounts.officer(server);
        String[] officerPages = {"/espace/rendez-vous/", "/espace/rendez-vous/detail?id=" + id, "/espace/agenda/",
            "/espace/agenda/jour", "/espace/agenda/rappels", "/espace/disponibilites/", "/espace/compte/"};
        for (String path : officerPages) {
            HtmlChecker.assertValid(path, officer.get(path).body());
        }
        HtmlChecker.assertValid("/rendez-vous/gerer",
                new WebClient(server).get("/rendez-vous/gerer?t=x.1.y").body());
        try (Browser browser = new Browser(server)) {
            browser.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
            for (String path : officerPages) {
                browser.open(path); // axe-core runs on every page opened
            }
            browser.emulateWidth(375);
            browser.open("/espace/rendez-vous/detail?id=" + id);
            browser.open("/rendez-vous/gerer?t=x.1.y");
            assertThat(browser.text()).contains("Ce lien n’est pas valable ou a expiré");
        }
    }

    /** Presses Tab until the focused element matches; fails after 300 presses. */
    private static WebElement tabUntil(WebDriver driver, java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 300; i++) {
            WebElement focused = driver.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("not reachable with the keyboard");
    }
}
