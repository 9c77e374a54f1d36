package be.miresem.rebond.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Retention on a server of its own with a retention period of 0 days (so a case closed today is "closed
 * long ago"): the officer's "Appliquer maintenant" runs the nightly job's code; a second run changes nothing.
 */
class RetentionIT {

    @Test
    void closedCasesPastTheirPeriodAreAnonymisedOnceAndStatisticsStay() {
        try (PortalServer server = PortalServer.withDemoContent("retention")) {
            server.environment().put("REBOND_RETENTION_DAYS", "0");
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

            WebClient officer = new WebClient(server);
            officer.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
            String done = officer.follow(officer.submit("/espace/dossiers/", "retention", "apply-retention", Map.of())
                    .headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElseThrow()).body();
            assertThat(done).contains("Conservation appliquée : 1 dossier(s) anonymisé(s).");

            String page = officer.get("/espace/dossiers/dossier?id=" + closed).body();
            assertThat(page).doesNotContain("Oubli").doesNotContain("Ancien").doesNotContain("Confidences")
                    .contains("Données personnelles effacées le").contains("Couvin").contains("Clôturé")
                    .contains("anonymisation (durée de conservation écoulée)");
            assertThat(officer.get("/espace/dossiers/dossier?id=" + open).body()).contains("Actif").contains("Toujours");

            String again = officer.follow(officer.submit("/espace/dossiers/", "retention", "apply-retention", Map.of())
                    .headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElseThrow()).body();
            assertThat(again).as("idempotent").contains("Conservation appliquée : 0 dossier(s) anonymisé(s).");
        }
    }
}
