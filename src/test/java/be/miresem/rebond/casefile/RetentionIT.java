package be.miresem.rebond.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Retention with an injected clock, on a server of its own: a case closed today keeps its data; restarted
 * with its clock five years and a day ahead ({@code REBOND_CLOCK_OFFSET}), the officer's "Appliquer
 * maintenant" (the nightly job's code) anonymises it once, keeps the statistics, and a second run changes nothing.
 */
class RetentionIT {

    @Test
    void aCaseClosedLongAgoIsAnonymisedOnceAndItsStatisticsStay() {
        try (PortalServer server = PortalServer.withDemoContent("retention")) {
            server.environment().put("REBOND_PROJECT_STAGE", "SystemTest");
            server.start();
            WebClient agent = CaseFileIT.agent(server, PortalServer.COUVIN_AGENT);
            long closed = CaseFileIT.refer(agent, "Oubli", "Ancien", "Couvin");
            long open = CaseFileIT.refer(agent, "Actif", "Toujours", "Couvin");
            Map<String, String> close = new LinkedHashMap<>();
            close.put("newStatus", "CLOSED");
            close.put("closingReason", "Emploi durable trouvé");
            assertThat(agent.submit("/espace/dossiers/dossier?id=" + closed, "status", "move-status", close).statusCode())
                    .isEqualTo(302);
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("entryDate", "");
            entry.put("entryType", "CALL");
            entry.put("entryNote", "Confidences de Monsieur Oubli");
            assertThat(agent.submit("/espace/dossiers/dossier?id=" + closed, "journal", "add-entry", entry).statusCode())
                    .isEqualTo(302);
            assertThat(applyRetention(server)).as("closed today: kept").contains("Conservation appliquée : 0 dossier(s)");

            server.stop();
            server.environment().put("REBOND_CLOCK_OFFSET", "P1827D");
            server.start();
            assertThat(applyRetention(server)).contains("Conservation appliquée : 1 dossier(s) anonymisé(s).");
            WebClient officer = new WebClient(server);
            officer.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
            String page = officer.get("/espace/dossiers/dossier?id=" + closed).body();
            assertThat(page).doesNotContain("Oubli").doesNotContain("Ancien").doesNotContain("Confidences")
                    .contains("Données personnelles effacées le").contains("Couvin").contains("Clôturé")
                    .contains("anonymisation (durée de conservation écoulée)");
            assertThat(officer.get("/espace/dossiers/dossier?id=" + open).body()).as("open cases are kept")
                    .contains("Actif").contains("Toujours");
            assertThat(applyRetention(server)).as("idempotent").contains("Conservation appliquée : 0 dossier(s) anonymisé(s).");
        }
    }

    private static String applyRetention(PortalServer server) {
        WebClient officer = new WebClient(server);
        officer.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
        String location = officer.submit("/espace/dossiers/", "retention", "apply-retention", Map.of())
                .headers().firstValue("Location").orElseThrow();
        return officer.follow(location.replaceFirst("^https?://[^/]+", "")).body();
    }
}
