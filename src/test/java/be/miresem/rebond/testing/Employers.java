package be.miresem.rebond.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** User actions around employers: the officer records an employer, its hiring need, proposes a candidate, hires. */
public final class Employers {

    private Employers() {
    }

    /** The officer records an employer in maintenance at Couvin; returns the address of its page. */
    public static String create(WebClient officer, String name, String contactName, String contactEmail) {
        HttpResponse<String> created = FacesForm.open(officer, "/espace/employeurs/", "employer")
                .fill("Nom de l’employeur", name).choose("Secteur", "Entretien et petits travaux")
                .fill("Commune", "Couvin").fill("Personne de contact", contactName)
                .fill("E-mail du contact", contactEmail).press("Ajouter l’employeur");
        assertThat(created.statusCode()).as("employer " + name + " created").isEqualTo(302);
        return path(created);
    }

    /** The employer's need for one person under a 38-hour CDI in maintenance; returns the need's page address. */
    public static String addNeed(WebClient officer, String employerPath, String title, String skills) {
        HttpResponse<String> created = FacesForm.open(officer, employerPath, "need").fill("Intitulé du poste", title)
                .choose("Secteur", "Entretien et petits travaux").choose("Type de contrat", "CDI")
                .fill("Heures par semaine", "38").fill("Compétences demandées", skills).fill("Nombre de postes", "1")
                .press("Ajouter le besoin");
        assertThat(created.statusCode()).as("need " + title + " created").isEqualTo(302);
        return path(created);
    }

    /** The officer proposes the candidate listed as this name ("Nom Prénom") for the need. */
    public static void propose(WebClient officer, String needPath, String candidate) {
        assertThat(FacesForm.open(officer, needPath, "candidates").press("Proposer : " + candidate).statusCode())
                .as("proposal of " + candidate).isEqualTo(302);
    }

    /**
     * The officer moves the proposal of this person ("Prénom Nom", as the proposals list names them) to a step as
     * shown (e.g. "Embauche"), with a reason for a refusal; returns the portal's answer.
     */
    public static HttpResponse<String> moveProposal(WebClient officer, String needPath, String person, String step,
            String reason) {
        return FacesForm.open(officer, needPath, "proposals").choose("Étape suivante " + person, step)
                .fill("Motif en cas de refus " + person, reason).press("Mettre à jour : " + person);
    }

    private static String path(HttpResponse<String> redirect) {
        return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }
}
