package be.miresem.rebond.survey;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Browser;
import be.miresem.rebond.testing.Mails;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.SurveyLinks;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * An employer answers the survey on a phone (360 px), with the keyboard only: Tab to a question, arrows to choose,
 * Enter to send. The page fits, axe-core finds nothing, the answers are kept.
 */
@ExtendWith(Portal.class)
class SurveyBrowserIT {

    @Test
    void anEmployerAnswersOnAPhoneWithTheKeyboard(PortalServer server) {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String contact = "anne." + marker + "@menuiserie.test";
        SurveyLinks.hire(server, marker, contact);
        String link = SurveyLinks.in(Mails.await(server, contact, "Votre avis sur l’embauche", 0, Duration.ofSeconds(75)));
        try (Browser browser = new Browser(server)) {
            browser.emulateWidth(360);
            browser.open(link);
            assertThat(browser.horizontalOverflow()).isZero();
            assertThat(browser.layoutProblems(true)).isEmpty();
            browser.pageScreenshot("phone-360-survey", 360, 780);

            // Keyboard only: the first scale question, from its first answer to the fifth with the arrow key.
            WebElement first = browser.driver().findElements(By.cssSelector("input[type=radio]")).get(0);
            first.sendKeys(Keys.SPACE);
            for (int i = 0; i < 4; i++) {
                browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
            }
            String chosen = browser.driver().switchTo().activeElement().getDomAttribute("id");
            assertThat(chosen).endsWith("-5");
            WebElement comment = browser.driver().findElement(By.tagName("textarea"));
            comment.sendKeys("Merci pour le suivi");
            browser.driver().findElement(By.id("save-survey")).sendKeys(Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.getPageSource().contains("Merci, vos réponses sont enregistrées."));
            browser.checkAccessibility();
            assertThat(browser.driver().findElement(By.id(chosen)).isSelected()).isTrue();
            assertThat(browser.driver().findElement(By.tagName("textarea")).getDomProperty("value"))
                    .isEqualTo("Merci pour le suivi");
            assertThat(browser.horizontalOverflow()).isZero();
            browser.pageScreenshot("phone-360-survey-answered", 360, 780);
        }
    }
}
