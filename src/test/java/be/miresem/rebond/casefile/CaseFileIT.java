package be.miresem.rebond.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.shared.time.DateFormats;
import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Cases;
import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.Forms;
import be.miresem.rebond.testing.HtmlChecker;
import be.miresem.rebond.testing.Meetings;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Case files over HTTP: referral with field errors and kept input, status moves, automatic tasks and their
 * recomputation, outcomes and the boomerang flag, the access log, and isolation between CPAS.
 */
@ExtendWith(Portal.class)
public class CaseFileIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    /** A task shown as done on the case page: its title, then "faite le" before the next task. */
    private static final String DONE = "(?s)%s</span>(?:(?!</li>).)*· faite le";

    @Test
    void badInputIsExplainedNextToEachFieldAndNothingTypedIsLost(PortalServer server) {
        WebClient agent = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        Map<String, String> fields = Cases.referral("", "Julie", "Couvin");
        fields.put("birthYear", "mille neuf cent");
        fields.put("email", "pas-une-adresse");
        fields.remove("sector");
        String page = agent.submit("/espace/dossiers/orienter", "referral", "refer", fields).body();
        assertThat(page).contains("id=\"lastName-error\">Ce champ est obligatoire.")
                .contains("id=\"birthYear-error\">Indiquez un nombre entier.")
                .contains("id=\"email-error\">Cette adresse e-mail n’est pas valide.")
                .contains("id=\"sector-error\">Ce champ est obligatoire.")
                .contains("value=\"Julie\"").contains("value=\"mille neuf cent\"").contains("value=\"pas-une-adresse\"")
                .contains("Menuisier d’atelier");

        Map<String, String> dates = Cases.referral("Lambert", "Julie", "Couvin");
        dates.put("contractPlannedEnd", TODAY.minusYears(1).toString());
        assertThat(agent.submit("/espace/dossiers/orienter", "referral", "refer", dates).body())
                .contains("id=\"contractPlannedEnd-error\">La fin prévue doit suivre le début du contrat.")
                .contains("value=\"Lambert\"");
        Map<String, String> consent = Cases.referral("Lambert", "Julie", "Couvin");
        consent.put("consentOn", TODAY.minusMonths(13).toString());
        assertThat(agent.submit("/espace/dossiers/orienter", "referral", "refer", consent).body())
                .contains("id=\"consentOn-error\">Ce consentement date de plus d’un an")
                .contains("J’accepte que mon CPAS transmette à la Miresem");
        dates.put("contractPlannedEnd", "31/02/2027");
        assertThat(agent.submit("/espace/dossiers/orienter", "referral", "refer", dates).body())
                .contains("id=\"contractPlannedEnd-error\">Indiquez une date au format JJ/MM/AAAA, par exemple 31/01/2027.")
                .contains("value=\"31/02/2027\"");
        // The limits typed into the page are the entity's: the last name's column holds 80 characters.
        assertThat(agent.get("/espace/dossiers/orienter").body())
                .containsPattern("<input id=\"lastName\"[^>]*maxlength=\"80\"")
                .containsPattern("<textarea id=\"note\"[^>]*maxlength=\"2000\"");
    }

    @Test
    void aReferralOpensACaseWithItsTasksThatMoveWithTheEndAndOutcomesShowTheBoomerang(PortalServer server) {
        WebClient agent = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        long id = Cases.refer(agent, "Dumont", "Karim", "Couvin");
        String page = agent.get("/espace/dossiers/dossier?id=" + id).body();
        LocalDate plannedEnd = TODAY.plusMonths(2);
        assertThat(page).contains("Karim Dumont").contains("Orienté").contains("Menuisier d’atelier")
                .contains("Premier contact (3 mois avant la fin du contrat)")
                .contains("datetime=\"" + TODAY + "\"").as("a late referral's first contact is due today, not late")
                .doesNotContain("en retard")
                .contains("datetime=\"" + plannedEnd.plusMonths(3) + "\"");
        assertThat(agent.get("/espace/").body()).as("home page: what is due").contains("Karim Dumont");

        // The actual end moves the follow-ups.
        LocalDate actualEnd = TODAY.minusDays(10);
        String casePage = "/espace/dossiers/dossier?id=" + id;
        assertThat(FacesForm.open(agent, casePage, "end").fill("Fin réelle du contrat", actualEnd.toString())
                .press("Enregistrer la fin réelle").statusCode()).isEqualTo(302);
        assertThat(agent.get(casePage).body())
                .contains("datetime=\"" + actualEnd.plusMonths(3) + "\"").contains("datetime=\"" + actualEnd.plusMonths(12) + "\"")
                .doesNotContain("datetime=\"" + plannedEnd.plusMonths(3) + "\"");

        // Closing needs a reason.
        assertThat(FacesForm.open(agent, casePage, "status").choose("Nouveau statut", "Clôturé")
                .press("Changer le statut").body())
                .contains("id=\"closingReason-error\">Indiquez le motif de clôture.");
        assertThat(FacesForm.open(agent, casePage, "status").choose("Nouveau statut", "Suivi après contrat")
                .press("Changer le statut").statusCode()).isEqualTo(302);

        // The agent corrects the contact data: a bad e-mail is refused next to the field, then saved.
        String badProfile = FacesForm.open(agent, casePage, "profile").fill("Téléphone", "0499 99 88 77")
                .fill("Adresse e-mail", "karim@").fill("Commune", "Couvin")
                .fill("Compétences", "Menuiserie, pose de parquet").check("Permis de conduire B", true)
                .press("Enregistrer les corrections").body();
        assertThat(badProfile).contains("id=\"profileEmail-error\">Cette adresse e-mail n’est pas valide.")
                .contains("value=\"0499 99 88 77\"");
        assertThat(FacesForm.of(agent, casePage, badProfile, "profile").fill("Adresse e-mail", "karim@exemple.test")
                .press("Enregistrer les corrections").statusCode()).isEqualTo(302);
        assertThat(agent.get(casePage).body()).contains("<dd>0499 99 88 77</dd>")
                .contains("<dd>karim@exemple.test</dd>").contains("pose de parquet");

        // A manual task, then marked done.
        assertThat(FacesForm.open(agent, casePage, "task").fill("Nouvelle tâche", "Appeler l’agence d’intérim")
                .fill("Échéance", TODAY.plusDays(3).toString()).press("Ajouter la tâche").statusCode())
                .isEqualTo(302);
        assertThat(FacesForm.open(agent, casePage, "tasks").press("Marquer comme faite : Appeler l’agence d’intérim")
                .statusCode()).isEqualTo(302);
        assertThat(agent.get(casePage).body()).containsPattern(DONE.formatted("Appeler l’agence d’intérim"));

        // A journal entry, escaped.
        assertThat(FacesForm.open(agent, casePage, "journal").choose("Type", "Appel")
                .fill("Note", "Appel <b>positif</b> : entretien chez un menuisier.").press("Ajouter au journal")
                .statusCode()).isEqualTo(302);

        // Back on the integration income within 12 months: a boomerang.
        assertThat(FacesForm.open(agent, casePage, "outcome").fill("Date", actualEnd.plusDays(5).toString())
                .choose("Situation", "Revenu d’intégration (retour au CPAS)").press("Enregistrer la situation")
                .statusCode()).isEqualTo(302);
        String after = agent.get("/espace/dossiers/dossier?id=" + id).body();
        assertThat(after).contains("Suivi après contrat").contains("Effet boomerang")
                .contains("Revenu d’intégration (retour au CPAS)")
                .contains("Appel &lt;b&gt;positif&lt;/b&gt; : entretien chez un menuisier.")
                .contains("Statut : Orienté → Suivi après contrat");

        // The situation the 3-month follow-up asks for closes that follow-up.
        assertThat(FacesForm.open(agent, casePage, "outcome").fill("Date", TODAY.toString())
                .choose("Situation", "CDD").choose("Suivi concerné", "Suivi à 3 mois").press("Enregistrer la situation")
                .statusCode()).isEqualTo(302);
        assertThat(agent.get(casePage).body()).containsPattern(DONE.formatted("Suivi à 3 mois après le contrat"))
                .doesNotContainPattern(DONE.formatted("Suivi à 6 mois après le contrat"));
        // Removing that situation (recorded by mistake) opens the follow-up again.
        assertThat(Forms.pressRow(agent, casePage, "Retirer : CDD (" + new DateFormats().date(TODAY) + ")")
                .statusCode()).isEqualTo(302);
        assertThat(agent.get(casePage).body()).doesNotContainPattern(DONE.formatted("Suivi à 3 mois après le contrat"));
    }

    @Test
    void anotherCpasAndAnonymousVisitorsReachNoCaseJournalOrExport(PortalServer server) {
        WebClient couvin = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        long id = Cases.refer(couvin, "Secret", "Couvinois", "Couvin");
        WebClient momignies = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        long own = Cases.refer(momignies, "Martin", "Léa", "Momignies");
        String ownPage = momignies.get("/espace/dossiers/dossier?id=" + own).body();

        for (long guessed : new long[] {id, id + 1000, -1}) {
            HttpResponse<String> page = momignies.get("/espace/dossiers/dossier?id=" + guessed);
            assertThat(page.statusCode()).as("case " + guessed).isEqualTo(404);
            assertThat(page.body()).doesNotContain("Couvinois");
        }
        // Forms of its own case page, posted against the other CPAS's case.
        String[][] forms = {{"journal", "add-entry", "entryNote", "intrusion"}, {"status", "move-status", "newStatus", "CLOSED"},
            {"end", "save-end", "actualEnd", TODAY.toString()}, {"task", "add-task", "taskTitle", "intrusion"},
            {"outcome", "add-outcome", "situation", "NO_NEWS"}};
        for (String[] form : forms) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(form[0], form[0]);
            fields.put(form[2], form[3]);
            fields.put("closingReason", "x");
            fields.put("taskDue", TODAY.toString());
            fields.put("outcomeDate", TODAY.toString());
            fields.put(form[1], "x");
            fields.put("jakarta.faces.ViewState", WebClient.viewState(ownPage));
            assertThat(momignies.post("/espace/dossiers/dossier?id=" + id, fields).statusCode()).as(form[0]).isEqualTo(404);
        }
        assertThat(momignies.get("/espace/dossiers/").body()).contains("Martin").doesNotContain("Couvinois");
        assertThat(momignies.get("/espace/dossiers/?nom=mart").body()).contains("Martin Léa");
        assertThat(momignies.get("/espace/dossiers/?nom=secr").body()).as("search stays in the CPAS").doesNotContain("Couvinois");
        assertThat(momignies.get("/espace/dossiers/?statut=CLOSED").body()).doesNotContain("Martin Léa");
        assertThat(momignies.get("/espace/dossiers/acces?id=" + id).statusCode()).isEqualTo(404);
        assertThat(momignies.get("/espace/dossiers/acces.json?id=" + id).statusCode()).isEqualTo(404);
        assertThat(momignies.get("/espace/dossiers/export.csv?cpas=1").body()).doesNotContain("Couvinois");
        assertThat(momignies.get("/espace/dossiers/export.csv?cpas=2").body()).doesNotContain("Couvinois");
        HttpResponse<String> export = momignies.get("/espace/dossiers/export.csv");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains("Martin").doesNotContain("Couvinois");
        assertThat(couvin.get("/espace/dossiers/dossier?id=" + id).body()).as("nothing changed")
                .doesNotContain("intrusion").contains("Orienté");

        WebClient anonymous = new WebClient(server);
        for (String path : new String[] {"/espace/dossiers/", "/espace/dossiers/dossier?id=" + id, "/espace/dossiers/export.csv",
            "/espace/dossiers/orienter"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/connexion");
        }
    }

    @Test
    void everyReadChangeAndExportIsInTheAccessLogWhichOnlyTheOfficerSees(PortalServer server) {
        WebClient agent = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        long id = Cases.refer(agent, "Petit", "Sam", "Momignies");
        agent.get("/espace/dossiers/dossier?id=" + id);
        agent.get("/espace/dossiers/export.csv");
        assertThat(agent.get("/espace/dossiers/dossier?id=" + id).body()).doesNotContain("Journal d’accès");
        for (String path : new String[] {"/espace/dossiers/", "/espace/dossiers/orienter", "/espace/dossiers/dossier?id=" + id, "/espace/"}) {
            HtmlChecker.assertValid(path, agent.get(path).body());
        }

        WebClient officer = Accounts.officer(server);
        HtmlChecker.assertValid("officer's case page", officer.get("/espace/dossiers/dossier?id=" + id).body());
        assertThat(officer.get("/espace/dossiers/").body()).contains("Petit");
        String log = officer.get("/espace/dossiers/dossier?id=" + id).body();
        assertThat(log).contains("Journal d’accès")
                .as("people by name").contains("<td data-label=\"Qui\">Agent d'insertion de Momignies</td><td data-label=\"Quoi\">Consultation</td>")
                .contains("<td data-label=\"Qui\">Agent d'insertion de Momignies</td><td data-label=\"Quoi\">Export</td>")
                .contains("<td data-label=\"Qui\">Agent d'insertion de Momignies</td><td data-label=\"Quoi\">Modification</td>"
                        + "<td data-label=\"Détail\">orientation</td>")
                .contains("<td data-label=\"Qui\">Chargée de mission Rebond</td><td data-label=\"Quoi\">Consultation</td>")
                .doesNotContain(PortalServer.MOMIGNIES_AGENT);
    }

    @Test
    void theOfficerGivesAPersonAllTheirDataAndErasesItOnRequest(PortalServer server) throws Exception {
        WebClient agent = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        long id = Cases.refer(agent, "Durand", "Mia", "Momignies");
        assertThat(agent.get("/espace/dossiers/acces?id=" + id).statusCode()).as("officers only").isEqualTo(404);
        assertThat(agent.get("/espace/dossiers/acces.json?id=" + id).statusCode()).isEqualTo(404);

        WebClient officer = Accounts.officer(server);
        String page = officer.get("/espace/dossiers/acces?id=" + id).body();
        assertThat(page).contains("Tout ce que Rebond conserve sur Mia Durand").contains("0470 12 34 56")
                .contains("Menuisier d’atelier").contains("Formulaire signé");
        HtmlChecker.assertValid("subject access page", page);
        HttpResponse<String> json = officer.get("/espace/dossiers/acces.json?id=" + id);
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        var parsed = jakarta.json.Json.createReader(new java.io.StringReader(json.body())).readObject();
        assertThat(parsed.getString("personne")).isEqualTo("Mia Durand");
        var sections = parsed.getJsonArray("dossiers").getJsonObject(0).getJsonArray("sections");
        assertThat(sections.getJsonObject(0).getJsonArray("lignes").getJsonObject(0).getString("Nom")).isEqualTo("Durand");
        assertThat(sections.getJsonObject(1).getJsonArray("lignes").getJsonObject(0).getString("CPAS"))
                .isEqualTo("CPAS de Momignies");
        assertThat(sections.getJsonObject(3).getString("titre")).isEqualTo("Échéances et tâches");
        assertThat(sections.getJsonObject(3).getJsonArray("lignes")).hasSize(4);
        assertThat(officer.get("/espace/dossiers/acces.json?id=999999").statusCode()).isEqualTo(404);

        // Erasure: needs the confirmation, then removes the personal data and records only the erasure.
        assertThat(officer.submit("/espace/dossiers/acces?id=" + id, "erase", "erase-button", Map.of()).body())
                .contains("id=\"confirmErase-error\">Cochez la case pour confirmer l’effacement.");
        assertThat(officer.submit("/espace/dossiers/acces?id=" + id, "erase", "erase-button", Map.of("confirmErase", "on"))
                .statusCode()).isEqualTo(302);
        String erased = officer.get("/espace/dossiers/dossier?id=" + id).body();
        assertThat(erased).doesNotContain("Durand").doesNotContain("0470 12 34 56").contains("Données personnelles effacées le")
                .contains("effacement sur demande de la personne");
        assertThat(agent.get("/espace/dossiers/").body()).doesNotContain("Durand");

        // A case closed today keeps its data: the default retention period is five years.
        long closed = Cases.refer(agent, "Garde", "Tom", "Momignies");
        Cases.close(agent, closed, "Déménagement");
        officer.submit("/espace/dossiers/", "retention", "apply-retention", Map.of());
        assertThat(officer.get("/espace/dossiers/dossier?id=" + closed).body()).contains("Garde");
    }

    @Test
    void aMeetingAboutABeneficiaryAndItsNotesAppearInTheCaseJournal(PortalServer server) {
        WebClient agent = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        long id = Cases.refer(agent, "Rousseau", "Éloïse", "Couvin");
        String page = agent.get("/espace/rendez-vous/").body();
        assertThat(page).contains("Rousseau Éloïse");
        String slot = Meetings.firstSlot(page);
        Map<String, String> booking = Meetings.bookingFields(page, slot);
        booking.put("caseId", Long.toString(id));
        assertThat(agent.post("/espace/rendez-vous/", booking).statusCode()).isEqualTo(302);
        assertThat(agent.get("/espace/dossiers/dossier?id=" + id).body()).contains("Rendez-vous avec la chargée de mission le")
                .contains("Suivi de bénéficiaires");

        // Another CPAS cannot attach its meeting to this case.
        WebClient momignies = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        String other = momignies.get("/espace/rendez-vous/").body();
        Map<String, String> intrusion = Meetings.bookingFields(other,
                Meetings.firstSlot(other));
        intrusion.put("caseId", Long.toString(id));
        HttpResponse<String> refused = momignies.post("/espace/rendez-vous/", intrusion);
        assertThat(refused.statusCode()).isIn(200, 404);
        assertThat(refused.body()).doesNotContain("Rousseau");

        // The officer's notes after the meeting reach the journal.
        long bookingId = Meetings.bookingId(agent.get("/espace/rendez-vous/").body(), slot);
        WebClient officer = Accounts.officer(server);
        assertThat(FacesForm.open(officer, "/espace/rendez-vous/detail?id=" + bookingId, "notes")
                .fill("Compte rendu du rendez-vous", "Piste sérieuse chez un traiteur.").press("Enregistrer le compte rendu").statusCode())
                .isEqualTo(302);
        assertThat(agent.get("/espace/dossiers/dossier?id=" + id).body()).contains("Compte rendu du rendez-vous du")
                .contains("Piste sérieuse chez un traiteur.");
    }

    @Test
    void anExpiredViewReloadsTheSameCaseAndAReplayedJournalPostStoresOneEntry(PortalServer server) {
        String marker = java.util.UUID.randomUUID().toString().substring(0, 6);
        WebClient agent = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        long id = Cases.refer(agent, "Rejoue" + marker, "Paul", "Couvin");
        String address = "/espace/dossiers/dossier?id=" + id;
        String page = agent.get(address).body();
        assertThat(page).as("the forms post to the case's own address").contains("action=\"" + address + "\"");
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("journal", "journal");
        entry.put("entryDate", "");
        entry.put("entryType", "INTERVIEW");
        entry.put("entryNote", "Entretien rejoué " + marker);
        entry.put("add-entry", "x");
        entry.put("jakarta.faces.ViewState", WebClient.viewState(page));
        assertThat(agent.post(address, entry).statusCode()).isEqualTo(302);
        assertThat(agent.post(address, entry).statusCode()).as("the same post again (resend, back button)").isEqualTo(302);
        assertThat(agent.get(address).body().split("Entretien rejoué " + marker, -1)).as("stored once").hasSize(2);
        // A form whose view has expired: back on the same case, told why, not on a missing page.
        entry.put("jakarta.faces.ViewState", "-4242424242424242424:-4242424242424242424");
        HttpResponse<String> expired = agent.post(address, entry);
        assertThat(expired.statusCode()).isEqualTo(302);
        assertThat(expired.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(address));

        // A post carrying another page's view state (a form left open in another tab): the page it was sent to
        // comes back with the French explanation, nothing stored, no error page.
        Map<String, String> foreign = new LinkedHashMap<>(Cases.referral("Autreonglet" + marker, "Paul", "Couvin"));
        foreign.put("referral", "referral");
        foreign.put("refer", "x");
        foreign.put("jakarta.faces.ViewState", WebClient.viewState(agent.get(address).body()));
        HttpResponse<String> mixed = agent.post("/espace/dossiers/orienter", foreign);
        assertThat(mixed.statusCode()).isEqualTo(302);
        assertThat(mixed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/espace/dossiers/orienter"));
        assertThat(agent.get("/espace/dossiers/orienter").body())
                .contains("La page avait expiré : elle est rechargée, recommencez votre dernière action.");
        assertThat(agent.get("/espace/dossiers/?nom=Autreonglet" + marker).body()).doesNotContain(">Autreonglet" + marker);
    }

    // ---- helpers ----


}
