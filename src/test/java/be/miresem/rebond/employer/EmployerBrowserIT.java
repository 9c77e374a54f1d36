package be.miresem.rebond.employer;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Browser;
import be.miresem.rebond.testing.Cases;
import be.miresem.rebond.testing.HtmlChecker;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

/** The officer's employer pages and the subject-access page in Chromium, with axe-core and the HTML checker. */
@ExtendWith(Portal.class)
class EmployerBrowserIT {

    @Test
    void theOfficerAddsAnEmployerAndANeedAndSeesWhoFits(PortalServer server) {
        long caseId = Cases.refer(Accounts.agent(server, PortalServer.MOMIGNIES_AGENT), "Colin", "Axel", "Momignies");
        try (Browser browser = new Browser(server)) {
            browser.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
            browser.open("/espace/employeurs/");
            browser.type("Nom de l’employeur", "Atelier du Viroin").type("Commune", "Momignies")
                    .type("Personne de contact", "Anne Collard").type("E-mail du contact", "anne@atelier-viroin.test");
            new Select(browser.field("Secteur")).selectByVisibleText("Entretien et petits travaux");
            browser.press("Ajouter l’employeur");
            assertThat(browser.text()).contains("Atelier du Viroin est ajouté.");
            browser.type("Intitulé du poste", "Menuisier polyvalent").type("Heures par semaine", "30")
                    .type("Compétences demandées", "Menuiserie");
            new Select(browser.field("Type de contrat")).selectByVisibleText("CDD");
            browser.press("Ajouter le besoin");
            assertThat(browser.text()).contains("Le besoin « Menuisier polyvalent » est ajouté.").contains("Colin Axel")
                    .contains("Même commune : Momignies");
            browser.open("/espace/dossiers/dossier?id=" + caseId);
            assertThat(browser.text()).contains("Menuisier polyvalent");
            browser.open("/espace/dossiers/acces?id=" + caseId);
            assertThat(browser.text()).contains("Tout ce que Rebond conserve sur Axel Colin");
        }
        WebClient officer = Accounts.officer(server);
        for (String path : new String[] {"/espace/employeurs/", "/espace/dossiers/dossier?id=" + caseId}) {
            HtmlChecker.assertValid(path, officer.get(path).body());
        }
        String list = officer.get("/espace/employeurs/").body();
        String employerPath = list.replaceAll("(?s).*href=\"(/espace/employeurs/employeur\\?id=\\d+)\">Atelier du Viroin<.*", "$1");
        HtmlChecker.assertValid(employerPath, officer.get(employerPath).body());
    }
}
