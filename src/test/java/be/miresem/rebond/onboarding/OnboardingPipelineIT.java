package be.miresem.rebond.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.Forms;
import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.Requests;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The officer's onboarding pipeline over HTTP: stages, timeline, next actions, duplicates, export, access. */
@ExtendWith(Portal.class)
public class OnboardingPipelineIT {

    @Test
    void everyStageMoveIsRecordedAndActivePartnerCreatesThePartner(PortalServer server) {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String cpas = "CPAS de Sivry-Rance " + marker;
        Requests.Submitted request = Requests.submit(server, cpas, "Sivry-Rance " + marker);
        WebClient officer = Accounts.officer(server);

        HttpResponse<String> refused = Requests.move(officer, request.id(), "DROPPED", "");
        assertThat(refused.body()).contains("Indiquez la raison pour classer la demande sans suite.");
        for (String stage : new String[] {"CONTACTED", "PRESENTATION_PLANNED", "CONTACTED", "PRESENTATION_PLANNED",
                "AGREEMENT_IN_PREPARATION", "ACTIVE_PARTNER"}) {
            assertThat(Requests.move(officer, request.id(), stage, "").statusCode()).as(stage).isEqualTo(302);
        }
        String detail = officer.get("/espace/onboarding/demande?id=" + request.id()).body();
        assertThat(detail).contains("Étape : Nouvelle → Contactée")
                .contains("Étape : Présentation planifiée → Contactée")
                .contains("Étape : Convention en préparation → Partenaire actif")
                .contains("Partenaire actif : " + cpas)
                .as("people by name").contains("Chargée de mission Rebond").contains("formulaire public")
                .doesNotContain(PortalServer.OFFICER_EMAIL)
                .contains("Demande reçue").contains("E-mail de confirmation envoyé à anne.lambert@example.be");
        // A new partner is on the public page once the officer publishes it.
        assertThat(new WebClient(server).get("/partenaires").body()).doesNotContain(cpas);
        assertThat(officer.get("/espace/cpas/").body()).contains(cpas).contains("Pas encore publié");
        assertThat(Forms.pressRow(officer, "/espace/cpas/", "Publier : " + cpas).statusCode()).isEqualTo(302);
        assertThat(new WebClient(server).get("/partenaires").body()).contains(cpas);
    }

    @Test
    void droppingNeedsAReasonWhichIsShown(PortalServer server) {
        Requests.Submitted request = Requests.submit(server, "CPAS de Gedinne", "Gedinne");
        WebClient officer = Accounts.officer(server);
        assertThat(Requests.move(officer, request.id(), "DROPPED", "Pas de contrats article 60 cette année").statusCode())
                .isEqualTo(302);
        assertThat(officer.get("/espace/onboarding/demande?id=" + request.id()).body())
                .contains("Pas de contrats article 60 cette année").contains("Sans suite");
    }

    @Test
    void overdueNextActionsStandOutOnTheListAndTheOfficersHome(PortalServer server) {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        Requests.Submitted request = Requests.submit(server, "CPAS de Beauraing " + marker, "Beauraing");
        WebClient officer = Accounts.officer(server);
        String yesterday = LocalDate.now(ZoneId.of("Europe/Brussels")).minusDays(1).toString();
        HttpResponse<String> page = officer.get("/espace/onboarding/demande?id=" + request.id());
        assertThat(FacesForm.of(officer, "/espace/onboarding/demande?id=" + request.id(), page.body(), "next")
                .fill("Action à faire", "Rappeler la directrice " + marker).fill("Échéance", yesterday)
                .press("Enregistrer la prochaine action").statusCode()).isEqualTo(302);

        String overdue = officer.get("/espace/onboarding/?retard=true").body();
        assertThat(overdue).contains("CPAS de Beauraing " + marker).contains("En retard");
        assertThat(officer.get("/espace/onboarding/?retard=true&q=nothing-matches-" + marker).body())
                .doesNotContain("CPAS de Beauraing " + marker);
        assertThat(officer.get("/espace/").body()).contains("Actions en retard sur les demandes de collaboration");

        // Once the CPAS is a partner, its request keeps no stale next action.
        assertThat(Requests.move(officer, request.id(), "ACTIVE_PARTNER", "").statusCode()).isEqualTo(302);
        assertThat(officer.get("/espace/onboarding/?retard=true&q=" + marker).body())
                .doesNotContain("CPAS de Beauraing " + marker);
        assertThat(officer.get("/espace/onboarding/demande?id=" + request.id()).body())
                .contains("Prochaine action close avec la demande : Rappeler la directrice " + marker);
    }

    @Test
    void listFiltersByStageCommuneAndText(PortalServer server) {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        Requests.submit(server, "CPAS de Onhaye " + marker, "Onhaye" + marker);
        WebClient officer = Accounts.officer(server);
        assertThat(officer.get("/espace/onboarding/?commune=onhaye" + marker).body()).contains("CPAS de Onhaye " + marker);
        assertThat(officer.get("/espace/onboarding/?q=" + marker).body()).contains("CPAS de Onhaye " + marker);
        assertThat(officer.get("/espace/onboarding/?q=" + marker + "&etape=DROPPED").body())
                .doesNotContain("CPAS de Onhaye " + marker);
        assertThat(officer.get("/espace/onboarding/tableau").body()).contains("Nouvelle").containsPattern("\\d+ demandes?|aucune demande");
    }

    @Test
    void duplicateIsAcceptedFlaggedAndCanBeMerged(PortalServer server) {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String commune = "Anhée" + marker;
        Requests.Submitted first = Requests.submit(server, "CPAS d'Anhée", commune);
        Requests.Submitted second = Requests.submit(server, "CPAS d’Anhée (bis)", commune);
        WebClient officer = Accounts.officer(server);
        String detail = officer.get("/espace/onboarding/demande?id=" + second.id()).body();
        assertThat(detail).contains("Cette demande semble doubler une demande existante.")
                .contains("demande?id=" + first.id());
        assertThat(officer.get("/espace/onboarding/demande?id=" + first.id()).body())
                .doesNotContain("Cette demande semble doubler");

        HttpResponse<String> merged = officer.post("/espace/onboarding/demande?id=" + second.id(), Map.of(
                "merge", "merge", "merge-button", "x", "jakarta.faces.ViewState", WebClient.viewState(detail)));
        assertThat(merged.statusCode()).isEqualTo(302);
        String survivor = officer.get("/espace/onboarding/demande?id=" + first.id()).body();
        assertThat(survivor).contains("Demande " + second.reference() + " fusionnée ici")
                .contains("E-mail de confirmation envoyé"); // the duplicate's timeline moved here
        assertThat(officer.get("/espace/onboarding/?commune=" + commune.toLowerCase()).body())
                .contains(first.reference()).doesNotContain(second.reference());
    }

    @Test
    void requestForAKnownPartnerIsFlagged(PortalServer server) {
        Requests.Submitted request = Requests.submit(server, "CPAS de Couvin", "Couvin");
        assertThat(Accounts.officer(server).get("/espace/onboarding/demande?id=" + request.id()).body())
                .contains("Ce CPAS est déjà connu de la Miresem.");
    }

    @Test
    void secondOfficerSavingAnOldVersionGetsAConflict(PortalServer server) {
        Requests.Submitted request = Requests.submit(server, "CPAS de Mettet", "Mettet");
        WebClient first = Accounts.officer(server);
        WebClient second = Accounts.officer(server);
        HttpResponse<String> pageA = first.get("/espace/onboarding/demande?id=" + request.id());
        HttpResponse<String> pageB = second.get("/espace/onboarding/demande?id=" + request.id());
        assertThat(first.post("/espace/onboarding/demande?id=" + request.id(), Requests.moveFields(pageA, "CONTACTED", ""))
                .statusCode()).isEqualTo(302);
        HttpResponse<String> conflict = second.post("/espace/onboarding/demande?id=" + request.id(),
                Requests.moveFields(pageB, "DROPPED", "Autre raison"));
        assertThat(conflict.statusCode()).isEqualTo(200);
        assertThat(conflict.body()).contains("Quelqu’un d’autre a modifié cette demande");
        assertThat(first.get("/espace/onboarding/demande?id=" + request.id()).body()).doesNotContain("Autre raison")
                .contains("Contactée");
    }

    @Test
    void csvExportOpensInExcelWithTheRightColumnsAndAccents(PortalServer server) throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        Requests.submit(server, "CPAS de Florennes-Émile " + marker, "Florennes");
        WebClient officer = Accounts.officer(server);
        HttpResponse<String> csv = officer.get("/espace/onboarding/export.csv?q=" + marker);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String body = csv.body();
        assertThat(body.charAt(0)).as("UTF-8 byte-order mark").isEqualTo('\uFEFF');
        String[] lines = body.substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("Référence;Date;CPAS;Commune;Numéro d’entreprise;Personne de contact;Fonction;"
                + "Adresse e-mail;Téléphone;Contrats article 60 par an;Étape;Prochaine action;Échéance");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(";CPAS de Florennes-Émile " + marker + ";Florennes;").contains(";Nouvelle;");
    }

    @Test
    void partnersAndVisitorsAreRefusedEveryOnboardingAddress(PortalServer server) {
        Requests.Submitted request = Requests.submit(server, "CPAS de Rochefort", "Rochefort");
        WebClient partner = new WebClient(server);
        partner.signIn(PortalServer.COUVIN_AGENT, PortalServer.DEMO_PASSWORD);
        WebClient visitor = new WebClient(server);
        for (String path : new String[] {"/espace/onboarding/", "/espace/onboarding/tableau",
                "/espace/onboarding/demande?id=" + request.id(), "/espace/onboarding/demande?id=999999",
                "/espace/onboarding/export.csv", "/espace/outbox/"}) {
            HttpResponse<String> refused = partner.get(path);
            assertThat(refused.statusCode()).as(path).isIn(403, 404);
            assertThat(refused.body()).as(path).doesNotContain("CPAS de Rochefort");
            assertThat(visitor.get(path).statusCode()).as(path).isEqualTo(302);
        }
    }


}
