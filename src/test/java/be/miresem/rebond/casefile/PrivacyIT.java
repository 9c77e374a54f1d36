package be.miresem.rebond.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Cases;
import be.miresem.rebond.testing.Employers;
import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.HtmlChecker;
import be.miresem.rebond.testing.Meetings;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.Privacy;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The privacy round trip, on the shared portal: a person referred twice, with a marker in every field a user can
 * fill about them (profile, journal, a task typed by hand, a meeting's message and the officer's notes, a refused
 * proposal's reason, an outcome's employer, the closing reason). Subject access shows every marker; after the
 * erasure no page of the officer or of the agent, no export, no table of the database (outbox and audit trail
 * included), no server log line and, on Derby, no database file holds any of them.
 */
@ExtendWith(Portal.class)
class PrivacyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));
    private static final List<String> FIELDS = List.of("competences", "transport", "langues", "diplomes", "note",
            "journal", "tache", "message", "compterendu", "refus", "employeur", "cloture", "second");

    @Test
    void anErasedPersonLeavesNoTraceAnywhere(PortalServer server) throws Exception {
        String marker = Privacy.marker();
        String phone = "0471 " + (100000 + new Random().nextInt(899999));
        WebClient agent = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        WebClient officer = Accounts.officer(server);

        Map<String, String> referral = Cases.referral(marker, marker + "a", "Couvin");
        referral.put("phone", phone);
        referral.put("email", marker.toLowerCase() + "@exemple.test");
        referral.put("skills", marker + "competences");
        referral.put("transport", marker + "transport");
        referral.put("languages", marker + "langues");
        referral.put("qualifications", marker + "diplomes");
        referral.put("note", marker + "note");
        long id = Cases.refer(agent, referral);
        String casePage = "/espace/dossiers/dossier?id=" + id;
        Cases.writeInJournal(agent, id, "Appel", "Appel avec " + marker + "journal");
        assertThat(FacesForm.open(agent, casePage, "task").fill("Nouvelle tâche", "Rappeler " + marker + "tache")
                .fill("Échéance", TODAY.plusDays(3).toString()).press("Ajouter la tâche").statusCode())
                .isEqualTo(302);
        assertThat(FacesForm.open(agent, casePage, "tasks").press("Marquer comme faite : Rappeler " + marker + "tache")
                .statusCode()).isEqualTo(302);

        String bookingPage = agent.get("/espace/rendez-vous/").body();
        String slot = Meetings.firstSlot(bookingPage);
        Map<String, String> booking = Meetings.bookingFields(bookingPage, slot);
        booking.put("caseId", Long.toString(id));
        booking.put("message", "À propos de " + marker + "message");
        assertThat(agent.post("/espace/rendez-vous/", booking).statusCode()).isEqualTo(302);
        long bookingId = Meetings.bookingId(agent.get("/espace/rendez-vous/").body(), slot);
        assertThat(FacesForm.open(officer, "/espace/rendez-vous/detail?id=" + bookingId, "notes")
                .fill("Compte rendu du rendez-vous", "Vu " + marker + "compterendu").press("Enregistrer le compte rendu")
                .statusCode()).isEqualTo(302);

        String employerPath = Employers.create(officer, "Atelier Lumière " + TODAY, "Anne Lumière", "anne@atelier.test");
        String needPath = Employers.addNeed(officer, employerPath, "Menuisier d’atelier", "Menuiserie");
        Employers.propose(officer, needPath, marker + " " + marker + "a");
        assertThat(Employers.moveProposal(officer, needPath, marker + "a " + marker, "Refusée", marker + "refus")
                .statusCode()).isEqualTo(302);

        assertThat(FacesForm.open(agent, casePage, "outcome").fill("Date", TODAY.toString())
                .choose("Situation", "CDD").fill("Employeur (facultatif)", marker + "employeur")
                .press("Enregistrer la situation").statusCode()).isEqualTo(302);
        Cases.close(agent, id, "Parti " + marker + "cloture");

        // The same person referred again later: one person for their rights.
        Map<String, String> again = Cases.referral(marker, marker + "a", "Couvin");
        again.put("note", marker + "second");
        long second = Cases.refer(agent, again);

        // Subject access: everything, from either case, in French.
        String access = officer.get("/espace/dossiers/acces?id=" + second).body();
        HtmlChecker.assertValid("subject access", access);
        for (String field : FIELDS) {
            assertThat(access).as("subject access holds the " + field).contains(marker + field);
        }
        assertThat(access).contains(phone).contains("Dossier n° " + id).contains("Dossier n° " + second)
                .contains("Propositions à des employeurs").contains("Refusée").contains("Atelier Lumière")
                .contains("Rendez-vous au sujet du dossier").contains("Suivi de bénéficiaires")
                .contains("Formulaire signé").doesNotContain("SIGNED_FORM").doesNotContain("REFERRED");
        String json = officer.get("/espace/dossiers/acces.json?id=" + id).body();
        for (String field : FIELDS) {
            assertThat(json).as("the JSON file holds the " + field).contains(marker + field);
        }
        assertThat(json).contains("\"Motif du refus\"").contains("\"Statut\":\"Clôturé\"");

        // The erasure, asked from the second case, takes both.
        assertThat(officer.submit("/espace/dossiers/acces?id=" + second, "erase", "erase-button",
                Map.of("confirmErase", "on")).statusCode()).isEqualTo(302);

        List<String> pages = List.of("/espace/", "/espace/dossiers/", "/espace/dossiers/?nom=" + marker, casePage,
                "/espace/dossiers/dossier?id=" + second, "/espace/dossiers/export.csv", "/espace/rendez-vous/",
                "/espace/rendez-vous/detail?id=" + bookingId);
        for (String page : pages) {
            assertNoTrace(agent, page, marker, phone);
            assertNoTrace(officer, page, marker, phone);
        }
        for (String page : List.of("/espace/dossiers/acces?id=" + id, "/espace/dossiers/acces.json?id=" + id,
                needPath, employerPath, "/espace/agenda/", "/espace/tableau-de-bord/")) {
            assertNoTrace(officer, page, marker, phone);
        }
        assertThat(officer.get(casePage).body()).contains("Données personnelles effacées le")
                .contains("effacement sur demande de la personne").contains("Clôturé").contains("CDD");
        assertThat(Privacy.databaseHolding(server, marker)).as("tables holding the marker").isEmpty();
        assertThat(Privacy.databaseHolding(server, phone)).as("tables holding the phone").isEmpty();
        assertThat(server.log()).doesNotContain(marker).doesNotContain(phone);
        if (!server.onPostgres()) {
            Privacy.assertNoDerbyFileHolds(server, marker);
        }
    }

    @Test
    void everyPageThatShowsAPersonWritesItsAccessLog(PortalServer server) {
        String name = "Aa" + Privacy.marker().substring(2);
        WebClient agent = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        WebClient officer = Accounts.officer(server);
        long id = Cases.refer(agent, Cases.referral(name, "Lou", "Couvin"));

        long before = accessLines(server);
        agent.get("/espace/dossiers/");
        agent.get("/espace/dossiers/?nom=" + name);
        agent.get("/espace/");
        String employerPath = Employers.create(officer, "Scierie du Viroin " + name, "Marc Bois", "marc@scierie.test");
        String needPath = Employers.addNeed(officer, employerPath, "Menuisier d’atelier", "Menuiserie");
        assertThat(officer.get(needPath).body()).contains(name + " Lou");
        String bookingPage = agent.get("/espace/rendez-vous/").body();
        String slot = Meetings.lastSlot(bookingPage);
        Map<String, String> booking = Meetings.bookingFields(bookingPage, slot);
        booking.put("caseId", Long.toString(id));
        assertThat(agent.post("/espace/rendez-vous/", booking).statusCode()).isEqualTo(302);
        officer.get("/espace/rendez-vous/detail?id=" + Meetings.bookingId(agent.get("/espace/rendez-vous/").body(), slot));
        officer.get("/espace/tableau-de-bord/liste?indicateur=suivis");
        assertThat(accessLines(server)).as("access-log lines written").isGreaterThan(before + 6);

        String log = officer.get("/espace/dossiers/dossier?id=" + id).body();
        for (String where : List.of("liste des dossiers", "recherche par nom", "nom dans une liste",
                "candidats d’une offre d’emploi", "rendez-vous au sujet de la personne", "liste du tableau de bord")) {
            assertThat(log).as("the access log names the page: " + where)
                    .containsPattern("<td data-label=\"Quoi\">Consultation</td><td data-label=\"Détail\">" + where + "</td>");
        }
    }

    @Test
    void freeTextIsGuidedAndANationalNumberOrHealthIsFlaggedWithoutBlocking(PortalServer server) {
        WebClient agent = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        long id = Cases.refer(agent, "Guide" + Privacy.marker().substring(2), "Léa", "Couvin");
        String casePage = "/espace/dossiers/dossier?id=" + id;
        String page = agent.get(casePage).body();
        assertThat(page).containsPattern("<p class=\"field-hint\" id=\"entryNote-hint\">Écrivez seulement ce qui sert"
                + " au retour à l’emploi : ni santé, ni numéro de registre national");
        assertThat(page).contains("aria-describedby=\"taskTitle-error taskTitle-hint\"");

        Cases.writeInJournal(agent, id, "Appel", "Numéro donné : 85.07.30-033.28");
        String saved = agent.get(casePage).body();
        assertThat(saved).contains("Le texte semble contenir un numéro de registre national")
                .contains("Numéro donné : 85.07.30-033.28");
        assertThat(agent.get(casePage).body()).as("said once").doesNotContain("registre national : Rebond");

        assertThat(FacesForm.open(agent, casePage, "task").fill("Nouvelle tâche", "Certificat médical à demander")
                .fill("Échéance", TODAY.plusDays(2).toString()).press("Ajouter la tâche").statusCode())
                .isEqualTo(302);
        assertThat(agent.get(casePage).body()).contains("Le texte semble parler de santé")
                .contains("Certificat médical à demander");

        Cases.writeInJournal(agent, id, "Appel", "Appel au 0470 12 34 56, entretien fixé");
        assertThat(agent.get(casePage).body()).doesNotContain("Le texte semble");
    }

    @Test
    void aWithdrawnConsentClosesAndErasesEveryCaseOfThePerson(PortalServer server) {
        String marker = Privacy.marker();
        WebClient agent = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        Map<String, String> fields = Cases.referral(marker, "Noé", "Momignies");
        fields.put("note", marker + "note");
        long id = Cases.refer(agent, fields);
        String casePage = "/espace/dossiers/dossier?id=" + id;
        assertThat(agent.get(casePage).body()).contains("Texte accepté").contains("J’accepte que mon CPAS transmette");
        assertThat(FacesForm.open(agent, casePage, "withdraw").press("Enregistrer le retrait et effacer").body())
                .contains("id=\"confirmWithdraw-error\">Cochez la case pour confirmer le retrait.");
        assertThat(Privacy.databaseHolding(server, marker)).as("nothing erased without the confirmation").isNotEmpty();
        assertThat(FacesForm.open(agent, casePage, "withdraw").check("La personne retire son consentement", true)
                .press("Enregistrer le retrait et effacer").statusCode()).isEqualTo(302);
        String page = agent.get(casePage).body();
        assertThat(page).contains("Le consentement est retiré").contains("Clôturé").contains("Données personnelles effacées le")
                .doesNotContain(marker);
        assertThat(Privacy.databaseHolding(server, marker)).isEmpty();
        assertThat(Accounts.officer(server).get(casePage).body()).contains("retrait du consentement et effacement");
    }

    private static long accessLines(PortalServer server) {
        String counts = new WebClient(server).get("/test/lignes").body();
        return Long.parseLong(counts.replaceAll("(?s).*\\bcase_access=(\\d+).*", "$1"));
    }

    /** The page shows neither text (a search box may echo what was searched for: that is not a trace). */
    private static void assertNoTrace(WebClient user, String page, String marker, String phone) {
        assertThat(user.get(page).body().replace("value=\"" + marker + "\"", "")).as(page)
                .doesNotContain(marker).doesNotContain(phone);
    }
}
