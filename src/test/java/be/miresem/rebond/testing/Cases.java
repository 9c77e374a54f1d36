package be.miresem.rebond.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** User actions around case files: an insertion agent referring a beneficiary of their CPAS. */
public final class Cases {

    private Cases() {
    }

    /**
     * The referral form's fields for a beneficiary whose contract started ten months ago and ends in two,
     * consent given three days ago on a signed form.
     */
    public static Map<String, String> referral(String lastName, String firstName, String commune) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("lastName", lastName);
        fields.put("firstName", firstName);
        fields.put("birthYear", "1988");
        fields.put("phone", "0470 12 34 56");
        fields.put("email", "");
        fields.put("commune", commune);
        fields.put("contractStart", today.minusMonths(10).toString());
        fields.put("contractPlannedEnd", today.plusMonths(2).toString());
        fields.put("placementEmployer", "Service travaux du CPAS");
        fields.put("jobFunction", "Menuisier d’atelier");
        fields.put("sector", "MAINTENANCE");
        fields.put("hoursPerWeek", "38");
        fields.put("skills", "Menuiserie, lecture de plans");
        fields.put("drivingLicence", "on");
        fields.put("transport", "Voiture");
        fields.put("languages", "Français");
        fields.put("qualifications", "CQ6 menuiserie");
        fields.put("note", "");
        fields.put("consentOn", today.minusDays(3).toString());
        fields.put("consentMethod", "SIGNED_FORM");
        return fields;
    }

    /** An agent refers a beneficiary ({@link #referral}); returns the new case's id. */
    public static long refer(WebClient agent, String lastName, String firstName, String commune) {
        return refer(agent, referral(lastName, firstName, commune), false);
    }

    /**
     * An agent refers a beneficiary with these fields (from {@link #referral}, changed); returns the new case's
     * id. Like a browser, follows the redirect to the case, so its confirmation is shown there and nowhere else.
     */
    public static long refer(WebClient agent, Map<String, String> fields) {
        return refer(agent, fields, true);
    }

    private static long refer(WebClient agent, Map<String, String> fields, boolean follow) {
        HttpResponse<String> response = agent.submit("/espace/dossiers/orienter", "referral", "refer", fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        if (follow) {
            agent.follow(location.replaceFirst("^https?://[^/]+", ""));
        }
        return Long.parseLong(location.replaceAll(".*id=(\\d+).*", "$1"));
    }

    /** Closes the case with this reason, as its agent or the officer does on the case's page. */
    public static void close(WebClient user, long id, String reason) {
        HttpResponse<String> closed = FacesForm.open(user, "/espace/dossiers/dossier?id=" + id, "status")
                .choose("Nouveau statut", "Clôturé").fill("Motif de clôture (obligatoire pour clôturer)", reason)
                .press("Changer le statut");
        if (closed.statusCode() != 302) {
            throw new AssertionError("case " + id + " not closed: HTTP " + closed.statusCode());
        }
    }

    /** Writes a journal entry of this type (as shown, e.g. "Appel") on the case, dated today. */
    public static void writeInJournal(WebClient user, long id, String type, String note) {
        HttpResponse<String> written = FacesForm.open(user, "/espace/dossiers/dossier?id=" + id, "journal")
                .choose("Type", type).fill("Note", note).press("Ajouter au journal");
        if (written.statusCode() != 302) {
            throw new AssertionError("journal entry on case " + id + " not written: HTTP " + written.statusCode());
        }
    }
}
