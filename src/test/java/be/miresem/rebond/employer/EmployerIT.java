package be.miresem.rebond.employer;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Cases;
import be.miresem.rebond.testing.Employers;
import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.HtmlChecker;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Employers, needs, matching with reasons, and a proposal through to a hire, over HTTP. */
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
        assertThat(couvin.get("/espace/dossiers/dossier?id=" + joiner).body()).contains("Menuiserie Dubois")
                .contains("paul@menuiserie-dubois.test").contains("Proposée").contains("Offre transmise");
        assertThat(momignies.get("/espace/dossiers/").body()).doesNotContain("Menuiserie Dubois");

        // A refusal needs a reason; a hire records the outcome and fills the need.
        assertThat(Employers.moveProposal(officer, needPath, "Hugo Bernard", "Refusée", "").body())
                .contains("Indiquez le motif du refus.");
        assertThat(Employers.moveProposal(officer, needPath, "Hugo Bernard", "Embauché", "").statusCode()).isEqualTo(302);
        assertThat(officer.get(needPath).body()).contains("Embauché").contains("Pourvu").contains("1 embauche(s) sur 1");
        assertThat(couvin.get("/espace/dossiers/dossier?id=" + joiner).body()).contains("CDI · Menuiserie Dubois · 38 h");
    }
}
