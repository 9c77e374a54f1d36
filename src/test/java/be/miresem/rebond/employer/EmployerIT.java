package be.miresem.rebond.employer;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Cases;
import be.miresem.rebond.testing.Employers;
import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.shared.time.DateFormats;
import be.miresem.rebond.testing.HtmlChecker;
import be.miresem.rebond.testing.Mails;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Employers, needs, matching with reasons, and a proposal through to a hire that reaches the case and its agent,
 * over HTTP.
 */
@ExtendWith(Portal.class)
class EmployerIT {

    @Test
    void aNeedFindsItsCandidatesWithReasonsAndAProposalGoesThroughToAHire(PortalServer server) {
        WebClient couvin = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        long joiner = Cases.refer(couvin, "Bernard", "Hugo", "Couvin"); // maintenance, menuiserie, licence
        WebClient momignies = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        Map<String, String> cleaner = Cases.referral("Lemaire", "Inès", "Momignies");
        cleaner.put("sector", "CLEANING");
        cleaner.put("jobFunction", "Technicienne de surface");
        cleaner.put("skills", "Repassage");
        assertThat(momignies.submit("/espace/dossiers/orienter", "referral", "refer", cleaner).statusCode()).isEqualTo(302);

        assertThat(couvin.get("/espace/employeurs/").statusCode()).as("officers only").isEqualTo(403);
        WebClient officer = Accounts.officer(server);

        // Employer: a bad enterprise number is refused next to the field, nothing typed is lost.
        String refused = FacesForm.open(officer, "/espace/employeurs/", "employer").fill("Nom de l’employeur", "Menuiserie Dubois")
                .fill("Numéro d'entreprise", "0212.345.678").choose("Secteur", "Entretien et petits travaux")
                .fill("Commune", "Couvin").fill("Personne de contact", "Paul Dubois")
                .fill("E-mail du contact", "paul@menuiserie-dubois.test").fill("Téléphone du contact", "060 34 56 78")
                .press("Ajouter l’employeur").body();
        assertThat(refused).contains("id=\"enterpriseNumber-error\">Ce numéro d’entreprise n’est pas valide")
                .contains("value=\"Menuiserie Dubois\"");
        // Corrected on the page as it came back: everything else typed is still there.
        HttpResponse<String> created = FacesForm.of(officer, "/espace/employeurs/", refused, "employer")
                .fill("Numéro d'entreprise", "be 0212 345 668").press("Ajouter l’employeur");
        assertThat(created.statusCode()).isEqualTo(302);
        long employerId = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*id=(\\d+).*", "$1"));
        assertThat(officer.get("/espace/employeurs/employeur?id=" + employerId).body()).as("typed any way, shown one way")
                .contains("0212.345.668");

        String needPath = Employers.addNeed(officer, "/espace/employeurs/employeur?id=" + employerId, "Menuisier d’atelier",
                "Menuiserie, lecture de plans");

        String needPage = officer.get(needPath).body();
        assertThat(needPage).contains("Bernard Hugo").contains("Même secteur : Entretien et petits travaux")
                .contains("Compétences en commun : menuiserie").contains("Même commune : Couvin")
                .doesNotContain("Lemaire");
        HtmlChecker.assertValid(needPath, needPage);

        // Propose, then the partner sees the proposal with the employer's contact on the case page.
        assertThat(FacesForm.of(officer, needPath, needPage, "candidates").press("Proposer : Bernard Hugo").statusCode())
                .isEqualTo(302);
        String proposed = couvin.get("/espace/dossiers/dossier?id=" + joiner).body();
        assertThat(proposed).contains("Menuiserie Dubois").contains("paul@menuiserie-dubois.test").contains("Proposée")
                .contains("Proposition pour le poste Menuisier d’atelier chez Menuiserie Dubois.");
        assertThat(momignies.get("/espace/dossiers/").body()).doesNotContain("Menuiserie Dubois");
        assertThat(officer.get(needPath).body()).as("once proposed, listed in the proposals, not among the candidates")
                .doesNotContain("Proposer : Bernard Hugo");
        // Waiting for the employer's answer: the case is "à traiter".
        assertThat(couvin.get("/espace/dossiers/?traiter=true&nom=Bernard").body()).contains("Bernard Hugo")
                .contains("1 proposition en attente");

        // Every step is a journal line; a refusal needs a reason.
        assertThat(Employers.moveProposal(officer, needPath, "Hugo Bernard", "Entretien", "").statusCode()).isEqualTo(302);
        assertThat(Employers.moveProposal(officer, needPath, "Hugo Bernard", "Refusée", "").body())
                .contains("Indiquez le motif du refus.");
        int mailsBefore = Mails.to(server, PortalServer.COUVIN_AGENT, "du nouveau").size();
        assertThat(Employers.moveProposal(officer, needPath, "Hugo Bernard", "Embauche", "").statusCode()).isEqualTo(302);
        assertThat(officer.get(needPath).body()).contains("Embauche").contains("Pourvu").contains("1 embauche sur 1");

        // The hire reaches the case and its agent: status, situation at the contract's end, journal, notification, e-mail.
        String hired = couvin.get("/espace/dossiers/dossier?id=" + joiner).body();
        String contractEnd = new DateFormats().date(LocalDate.now(ZoneId.of("Europe/Brussels")).plusMonths(2));
        assertThat(hired).contains("En emploi").contains("<span class=\"item-title\">CDI</span>")
                .contains("Menuiserie Dubois · 38 h").contains(contractEnd)
                .contains("Entretien d’embauche pour le poste Menuisier d’atelier chez Menuiserie Dubois.")
                .contains("Embauche confirmée : Menuisier d’atelier chez Menuiserie Dubois.");
        assertThat(couvin.get("/espace/dossiers/?traiter=true&nom=Bernard").body()).as("answered: no longer waiting")
                .doesNotContain("proposition en attente");
        String home = couvin.get("/espace/").body();
        assertThat(home).contains("Du nouveau").contains("Embauche confirmée : Menuisier d’atelier chez Menuiserie Dubois.")
                .contains("Entretien d’embauche pour le poste Menuisier d’atelier chez Menuiserie Dubois.")
                .as("the case named at display time").contains("<span class=\"work-subject\">Hugo Bernard</span>");
        Mails.Mail mail = Mails.await(server, PortalServer.COUVIN_AGENT, "du nouveau", mailsBefore);
        assertThat(mail.subject()).isEqualTo("Rebond : du nouveau sur un dossier de votre CPAS");
        assertThat(mail.text()).as("no personal data in e-mails").doesNotContain("Bernard").doesNotContain("Hugo")
                .contains(server.baseUrl() + "/espace/nouveautes/?voir=");
        String link = mail.text().replaceAll("(?s).*" + java.util.regex.Pattern.quote(server.baseUrl()) + "(/espace/nouveautes/\\?voir=\\d+).*", "$1");
        assertThat(momignies.get(link).statusCode()).as("someone else's notification").isEqualTo(404);
        HttpResponse<String> opened = couvin.get(link);
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith("/espace/dossiers/dossier?id=" + joiner);

        // Hired: no longer suggested for any need.
        String other = Employers.addNeed(officer, "/espace/employeurs/employeur?id=" + employerId, "Menuisier poseur",
                "Menuiserie");
        assertThat(officer.get(other).body()).doesNotContain("Bernard Hugo");
    }
}
