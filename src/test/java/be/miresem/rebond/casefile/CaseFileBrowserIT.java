package be.miresem.rebond.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Browser;
import be.miresem.rebond.testing.Cases;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Referring a beneficiary in Chromium: errors next to the fields, nothing lost, then the case page; axe on every page. */
@ExtendWith(Portal.class)
class CaseFileBrowserIT {

    @Test
    void anAgentRefersABeneficiaryAfterFixingAMistake(PortalServer server) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        try (Browser browser = new Browser(server)) {
            browser.signIn(PortalServer.COUVIN_AGENT, PortalServer.DEMO_PASSWORD);
            browser.open("/espace/dossiers/");
            browser.press("Orienter un bénéficiaire");
            browser.type("Prénom", "Nadia").type("Année de naissance", "1979").type("Commune", "Couvin")
                    .pickDate("Début du contrat", today.minusMonths(9))
                    .pickDate("Fin prévue du contrat", today.plusMonths(3))
                    .type("Employeur utilisateur", "Maison de repos du CPAS").type("Fonction", "Aide-cuisinière")
                    .type("Heures par semaine", "30").type("Compétences", "Cuisine de collectivité")
                    .pickDate("Date du consentement", today);
            new Select(browser.field("Secteur")).selectByVisibleText("Horeca et cuisine de collectivité");
            new Select(browser.field("Forme du consentement")).selectByVisibleText("Formulaire signé");
            browser.press("Orienter");

            assertThat(browser.driver().findElement(By.id("lastName-error")).getText()).isEqualTo("Ce champ est obligatoire.");
            assertThat(browser.field("Prénom").getDomProperty("value")).isEqualTo("Nadia");
            assertThat(browser.field("Compétences").getDomProperty("value")).isEqualTo("Cuisine de collectivité");
            assertThat(browser.field("Nom").getDomAttribute("aria-invalid")).isEqualTo("true");

            browser.type("Nom", "Renard");
            browser.press("Orienter");
            assertThat(browser.text()).contains("Le dossier de Nadia Renard est ouvert.").contains("Orienté")
                    .contains("Premier contact (3 mois avant la fin du contrat)");
            // The case page, every section of it, fits a phone and a desktop screen.
            String casePage = browser.path() + "?" + java.net.URI.create(browser.driver().getCurrentUrl()).getRawQuery();
            for (int width : new int[] {360, 1280}) {
                browser.emulateWidth(width);
                browser.open(casePage);
                assertThat(browser.horizontalOverflow()).as("overflow at " + width + " px").isZero();
                browser.screenshot((width == 360 ? "phone-360" : "desktop-1280") + "-espace-dossier");
            }
            browser.emulateWidth(0);
            browser.open("/espace/dossiers/");
            assertThat(browser.text()).contains("Renard Nadia");
            browser.open("/espace/");
            assertThat(browser.text()).contains("Nadia Renard");
        }
    }

    @Test
    void theOfficerReadsEverythingHeldAboutAPersonOnAPhoneAndADesktop(PortalServer server) {
        long id = Cases.refer(Accounts.agent(server, PortalServer.COUVIN_AGENT), "Dewez", "Amélie", "Couvin");
        try (Browser browser = new Browser(server)) {
            browser.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
            for (int width : new int[] {360, 1280}) {
                browser.emulateWidth(width);
                browser.open("/espace/dossiers/acces?id=" + id);
                assertThat(browser.text()).contains("Tout ce que Rebond conserve sur Amélie Dewez")
                        .contains("Texte du consentement accepté").contains("Journal d’accès");
                assertThat(browser.horizontalOverflow()).as("overflow at " + width + " px").isZero();
                browser.screenshot((width == 360 ? "phone-360" : "desktop-1280") + "-espace-dossier-acces");
            }
        }
    }
}
