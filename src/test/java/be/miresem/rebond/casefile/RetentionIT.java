package be.miresem.rebond.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Cases;
import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.Privacy;
import be.miresem.rebond.testing.RuntimeSettings;
import be.miresem.rebond.testing.WebClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention with the portal's clock moved, on the shared portal: with its clock five years and two days back
 * ({@code REBOND_CLOCK_OFFSET}, changed while it runs), a case is closed "then" and keeps its data; back on
 * today's clock, the officer's "Appliquer maintenant" (the nightly job's code) anonymises it once, keeps the
 * statistics, and a second run changes nothing. Cases of other tests are closed today: never due.
 */
@ExtendWith(Portal.class)
class RetentionIT {

    @Test
    void aCaseClosedLongAgoIsAnonymisedOnceAndItsStatisticsStay(PortalServer server) throws Exception {
        long closed;
        long open;
        String marker = Privacy.marker();
        try (RuntimeSettings past = RuntimeSettings.set(server, "REBOND_CLOCK_OFFSET", "-P1828D")) {
            WebClient agent = Accounts.agent(server, PortalServer.COUVIN_AGENT);
            closed = referThen(agent, "Oubli", "Ancien");
            open = referThen(agent, "Actif", "Toujours");
            Cases.close(agent, closed, "Emploi durable trouvé");
            Cases.writeInJournal(agent, closed, "Appel", "Confidences de Monsieur Oubli");
            assertThat(FacesForm.open(agent, "/espace/dossiers/dossier?id=" + closed, "task")
                    .fill("Nouvelle tâche", "Rappeler " + marker).fill("Échéance",
                            LocalDate.now(ZoneId.of("Europe/Brussels")).minusDays(1820).toString())
                    .press("Ajouter la tâche").statusCode()).isEqualTo(302);
            assertThat(applyRetention(server)).as("closed that day: kept").contains("Conservation appliquée : aucun dossier à anonymiser");
        }
        // Back on today's clock: five years and two days after the closing.
        assertThat(applyRetention(server)).contains("Conservation appliquée : 1 dossier anonymisé.");
        WebClient officer = new WebClient(server);
        officer.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
        String page = officer.get("/espace/dossiers/dossier?id=" + closed).body();
        assertThat(page).doesNotContain("Oubli").doesNotContain("Ancien").doesNotContain("Confidences")
                .contains("Données personnelles effacées le").contains("Couvin").contains("Clôturé")
                .contains("anonymisation (durée de conservation écoulée)");
        assertThat(officer.get("/espace/dossiers/dossier?id=" + open).body()).as("open cases are kept")
                .contains("Actif").contains("Toujours");
        assertThat(Privacy.databaseHolding(server, marker)).as("tables holding the task typed by hand").isEmpty();
        assertThat(Privacy.databaseHolding(server, "Confidences de Monsieur Oubli")).isEmpty();
        if (!server.onPostgres()) {
            Privacy.assertNoDerbyFileHolds(server, marker);
        }
        assertThat(applyRetention(server)).as("idempotent").contains("Conservation appliquée : aucun dossier à anonymiser.");
    }

    /** Refers a beneficiary with dates as they were on the server's shifted clock. */
    private static long referThen(WebClient agent, String lastName, String firstName) {
        Map<String, String> fields = Cases.referral(lastName, firstName, "Couvin");
        for (String date : new String[] {"contractStart", "contractPlannedEnd", "consentOn"}) {
            fields.put(date, java.time.LocalDate.parse(fields.get(date)).minusDays(1828).toString());
        }
        var response = agent.submit("/espace/dossiers/orienter", "referral", "refer", fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return Long.parseLong(response.headers().firstValue("Location").orElseThrow().replaceAll(".*id=(\\d+).*", "$1"));
    }

    private static String applyRetention(PortalServer server) {
        WebClient officer = new WebClient(server);
        officer.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
        String location = officer.submit("/espace/dossiers/", "retention", "apply-retention", Map.of())
                .headers().firstValue("Location").orElseThrow();
        return officer.follow(location.replaceFirst("^https?://[^/]+", "")).body();
    }
}
