package be.miresem.rebond.home;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Browser;
import be.miresem.rebond.testing.Employers;
import be.miresem.rebond.testing.Mails;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.RuntimeSettings;
import be.miresem.rebond.testing.Sessions;
import be.miresem.rebond.testing.WebClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole chain in Chromium, as its three users: a CPAS asks to collaborate, the officer invites it to a
 * presentation session and records that it came, makes it a partner and invites its agent; the agent refers a
 * beneficiary; the officer proposes them to an employer, records the interview and the hire. At each step the
 * next person sees the work on their own screen: the home page's queue, the news, the journal, the task, the case's
 * status, the need that no longer suggests the person. Every page visited is checked with axe-core; the home pages
 * are photographed at phone and desktop widths.
 */
@ExtendWith(Portal.class)
class FollowThroughBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    @Test
    void fromACollaborationRequestToAHireEachStepReachesTheNextPerson(PortalServer server) {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String cpas = "CPAS de Viroinval " + marker;
        String contact = "anne." + marker + "@viroinval.test";
        String agentEmail = "marc." + marker + "@viroinval.test";
        String session = "Présentation " + marker;
        String password = "Un mot de passe " + marker + " solide";
        WebClient officerHttp = Accounts.officer(server);

        try (Browser visitor = new Browser(server); Browser officer = new Browser(server);
                Browser agent = new Browser(server)) {
            officer.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);

            // Ten days ago: the request, and the officer's invitation to a session two days later.
            try (RuntimeSettings past = RuntimeSettings.set(server, "REBOND_CLOCK_OFFSET", "-P10D")) {
                Sessions.create(officerHttp, server, session, -8, 12);
                visitor.open("/collaborer");
                visitor.type("Nom du CPAS", cpas).type("Commune", "Viroinval").type("Personne de contact", "Anne Lambert")
                        .type("Adresse e-mail", contact).type("Téléphone", "060 31 12 34");
                visitor.driver().findElement(By.id("consent")).click();
                visitor.press("Envoyer la demande");
                assertThat(visitor.heading()).isEqualTo("Merci, votre demande est enregistrée");

                officer.open("/espace/");
                assertThat(officer.text()).contains("Nouvelles demandes de collaboration").contains(cpas)
                        .contains("demande d’Anne Lambert");
                officer.press(cpas + " · demande d’Anne Lambert");
                Select sessions = new Select(officer.field("Séance"));
                sessions.getOptions().stream().filter(o -> o.getText().startsWith(session)).findFirst().orElseThrow()
                        .click();
                officer.press("Inscrire le CPAS");
                assertThat(officer.text()).contains("Séance de présentation").contains(session)
                        .contains("Présentation planifiée");
            }
            String requestPage = officer.path() + "?" + java.net.URI.create(officer.driver().getCurrentUrl()).getRawQuery();

            // After the session: the officer's home asks for the attendance; the CPAS came; it becomes a partner.
            officer.open("/espace/");
            assertThat(officer.text()).contains("Séances passées : présences à noter");
            officer.press(session + " · noter qui est venu");
            officer.press("Présent : " + cpas);
            assertThat(officer.text()).contains("Présence enregistrée.");
            photograph(officer, "officer-session");
            officer.open(requestPage);
            new Select(officer.field("Nouvelle étape")).selectByVisibleText("Partenaire actif");
            officer.press("Changer d’étape");
            assertThat(officer.text()).contains("Partenaire actif : " + cpas);

            // The officer invites the CPAS's agent, who chooses a password and lands on first steps.
            officer.open("/espace/comptes/");
            officer.type("Nom", "Marc Dubois").type("Adresse e-mail", agentEmail);
            new Select(officer.field("Rôle")).selectByVisibleText("Agent d’insertion professionnelle");
            new Select(officer.field("CPAS (pour un agent d’insertion)")).selectByVisibleText(cpas);
            officer.press("Envoyer l’invitation");
            assertThat(officer.text()).contains("L’invitation est envoyée.");
            agent.open(Accounts.invitationLink(server, agentEmail));
            agent.type("Mot de passe", password).type("Confirmer le mot de passe", password);
            agent.press("Créer mon mot de passe");
            assertThat(agent.path()).isEqualTo("/espace/");
            assertThat(agent.text()).contains("Premiers pas").contains("Orienter un bénéficiaire")
                    .contains("Prendre rendez-vous avec la chargée de mission").contains("Abonner votre agenda");
            photograph(agent, "agent-first-steps");

            // The agent refers a beneficiary; the first contact is due at once, on the home page.
            agent.press("Orienter un bénéficiaire");
            agent.type("Nom", "Lambotte").type("Prénom", "Élise").type("Année de naissance", "1990")
                    .type("Commune", "Viroinval").pickDate("Début du contrat", TODAY.minusMonths(11))
                    .pickDate("Fin prévue du contrat", TODAY.plusMonths(1))
                    .type("Employeur utilisateur", "Service travaux du CPAS").type("Fonction", "Ouvrière polyvalente")
                    .type("Heures par semaine", "38").type("Compétences", "Menuiserie, peinture")
                    .pickDate("Date du consentement", TODAY);
            new Select(agent.field("Secteur")).selectByVisibleText("Entretien et petits travaux");
            new Select(agent.field("Forme du consentement")).selectByVisibleText("Formulaire signé");
            int officerMails = Mails.to(server, PortalServer.OFFICER_EMAIL, "nouveau dossier").size();
            agent.press("Orienter");
            assertThat(agent.text()).contains("Le dossier d’Élise Lambotte est ouvert.");
            // The referral reaches the officer: on the home page, and by an e-mail that names no one.
            officer.open("/espace/");
            assertThat(officer.text()).contains("Élise Lambotte · Nouveau dossier orienté par le " + cpas + ".");
            assertThat(Mails.await(server, PortalServer.OFFICER_EMAIL, "nouveau dossier", officerMails).text())
                    .doesNotContain("Lambotte").doesNotContain("Élise").contains(server.baseUrl() + "/espace/nouveautes/?voir=");
            String casePage = agent.path() + "?" + java.net.URI.create(agent.driver().getCurrentUrl()).getRawQuery();
            agent.open("/espace/");
            assertThat(agent.text()).doesNotContain("Premiers pas").contains("Tâches des dossiers")
                    .contains("Élise Lambotte · Premier contact");

            // The officer proposes her for a need; the agent's case says so and is "à traiter".
            String employer = Employers.create(officerHttp, "Menuiserie " + marker, "Paul Dupuis",
                    "paul." + marker + "@menuiserie.test");
            String need = Employers.addNeed(officerHttp, employer, "Menuisière d’atelier", "Menuiserie");
            officer.open(need);
            officer.press("Proposer : Lambotte Élise");
            assertThat(officer.text()).contains("La proposition est enregistrée");
            agent.open("/espace/dossiers/?traiter=true");
            assertThat(agent.text()).contains("Lambotte Élise").contains("1 proposition en attente");
            photograph(agent, "agent-cases-to-deal-with");
            agent.open(casePage);
            assertThat(agent.text()).contains("Proposition pour le poste Menuisière d’atelier chez Menuiserie " + marker);

            // Interview, then hire: each step is in the journal; the hire reaches the agent.
            officer.open(need);
            // One proposal on this need: its step menu.
            new Select(officer.driver().findElement(By.cssSelector("select[id^=proposal-status-]")))
                    .selectByVisibleText("Entretien");
            officer.press("Mettre à jour : Élise Lambotte");
            new Select(officer.driver().findElement(By.cssSelector("select[id^=proposal-status-]")))
                    .selectByVisibleText("Embauche");
            int mails = Mails.to(server, agentEmail, "du nouveau").size();
            officer.press("Mettre à jour : Élise Lambotte");
            assertThat(officer.text()).contains("1 embauche sur 1").doesNotContain("Proposer : Lambotte Élise");
            assertThat(Mails.await(server, agentEmail, "du nouveau", mails).text()).doesNotContain("Lambotte");

            agent.open("/espace/");
            assertThat(agent.text()).contains("Du nouveau")
                    .contains("Embauche confirmée : Menuisière d’atelier chez Menuiserie " + marker);
            photograph(agent, "agent-home");
            agent.press("Élise Lambotte · Embauche confirmée : Menuisière d’atelier chez Menuiserie " + marker + ".");
            assertThat(agent.text()).contains("En emploi")
                    .contains("Entretien d’embauche pour le poste Menuisière d’atelier")
                    .contains("Embauche confirmée : Menuisière d’atelier chez Menuiserie " + marker);

            // The agent closes the first contact: it leaves the home page's tasks.
            agent.press("Marquer comme faite : Premier contact (3 mois avant la fin du contrat)");
            agent.open("/espace/");
            assertThat(agent.text()).doesNotContain("Élise Lambotte · Premier contact");

            // Hired: no longer suggested for a new need.
            String other = Employers.addNeed(officerHttp, employer, "Menuisière de chantier", "Menuiserie");
            officer.open(other);
            assertThat(officer.text()).doesNotContain("Lambotte Élise");
            officer.open("/espace/");
            photograph(officer, "officer-home");
            agent.open("/espace/nouveautes/");
            assertThat(agent.text()).contains("Embauche confirmée");
            assertThat(agent.driver().findElement(By.id("mark-all-seen")).getDomAttribute("value"))
                    .isEqualTo("Tout marquer comme lu");
            photograph(agent, "agent-notifications");
        }
    }

    private static void photograph(Browser browser, String name) {
        for (int width : new int[] {360, 1280}) {
            browser.emulateWidth(width);
            browser.driver().navigate().refresh();
            assertThat(browser.horizontalOverflow()).as(name + " at " + width + " px").isZero();
            browser.screenshot((width == 360 ? "phone-360-" : "desktop-1280-") + name);
        }
        browser.emulateWidth(0);
    }
}
