package be.miresem.rebond.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Forms;
import be.miresem.rebond.testing.Mails;
import be.miresem.rebond.testing.Meetings;
import be.miresem.rebond.testing.OwnServer;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The officer's meeting rules on a server of its own (they change what every partner sees): validation of
 * the rules form, "à confirmer" mode, booking on behalf of a CPAS, the cut-off, and reminders sent exactly
 * once, even across a restart.
 */
@OwnServer
public class MeetingRulesIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void rulesConfirmationModeBookingOnBehalfCutOffAndRemindersExactlyOnceAcrossARestart() throws Exception {
        try (PortalServer server = PortalServer.withDemoContent("meeting-rules")) {
            server.start();
            WebClient officer = new WebClient(server);
            officer.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);

            // Bad input: French errors next to the fields, what was typed kept, nothing saved.
            Map<String, String> rules = Meetings.rules("abc", "0", "0", "2", "48", true);
            String refused = officer.submit("/espace/disponibilites/", "rules", "save-rules", rules).body();
            assertThat(refused).contains("id=\"meetingMinutes-error\">Indiquez un nombre entier.")
                    .contains("value=\"abc\"");
            rules.put("meetingMinutes", "5");
            assertThat(officer.submit("/espace/disponibilites/", "rules", "save-rules", rules).body())
                    .contains("id=\"meetingMinutes-error\">Indiquez une durée de 15 à 240 minutes.");
            rules.put("meetingMinutes", "30");
            rules.put("videoLink", "javascript:alert(1)");
            assertThat(officer.submit("/espace/disponibilites/", "rules", "save-rules", rules).body())
                    .contains("id=\"videoLink-error\">Indiquez une adresse qui commence par https://");
            rules.put("videoLink", "https://visio.example.org/rebond");
            assertThat(officer.submit("/espace/disponibilites/", "rules", "save-rules", rules).statusCode()).isEqualTo(302);

            // Whole-day windows today and tomorrow, so that the next slot is less than 24 h away.
            LocalDate today = LocalDate.now(BRUSSELS);
            for (LocalDate day : new LocalDate[] {today, today.plusDays(1)}) {
                Meetings.addWindow(officer, day.getDayOfWeek().name(), "00:00", "23:59");
            }

            // "À confirmer": the partner's booking holds the slot but waits for the officer.
            WebClient couvin = Accounts.agent(server, PortalServer.COUVIN_AGENT);
            String page = couvin.get("/espace/rendez-vous/").body();
            assertThat(page).contains("Visioconférence : https://visio.example.org/rebond");
            String slot = Meetings.firstSlot(page);
            var booked = couvin.post("/espace/rendez-vous/", Meetings.bookingFields(page, slot));
            assertThat(booked.statusCode()).isEqualTo(302);
            String list = couvin.get("/espace/rendez-vous/").body();
            assertThat(list).contains("La demande de rendez-vous est enregistrée").contains("À confirmer");
            assertThat(Mails.await(server, PortalServer.COUVIN_AGENT, "(à confirmer)", 0).text()).contains("confirmera");

            // Within the 48 h cut-off the partner can no longer cancel or move it.
            long id = Meetings.bookingId(list, slot);
            assertThat(list).doesNotContain("aria-label=\"Annuler ");
            assertThat(couvin.get("/espace/rendez-vous/detail?id=" + id).body())
                    .contains("ne peut plus être annulé ni déplacé ici").doesNotContain("Annuler le rendez-vous");

            // The officer confirms: a REQUEST with a higher SEQUENCE goes to the partner.
            String officerList = officer.get("/espace/rendez-vous/").body();
            String when = officerList.replaceAll("(?s).*<time datetime=\"" + Pattern.quote(slot) + "\">([^<]+)</time>.*", "$1");
            Map<String, String> confirm = new LinkedHashMap<>();
            confirm.put("upcoming", "upcoming");
            confirm.put(Forms.buttonFor(officerList, "Confirmer " + when), "Confirmer");
            confirm.put("jakarta.faces.ViewState", WebClient.viewState(officerList));
            assertThat(officer.post("/espace/rendez-vous/", confirm).statusCode()).isEqualTo(302);
            assertThat(Mails.await(server, PortalServer.COUVIN_AGENT, "rendez-vous confirmé", 0).subject()).contains("confirmé");
            var confirmed = Meetings.calendarFor(server, PortalServer.COUVIN_AGENT, slot, "REQUEST");
            assertThat(confirmed.toString()).contains("STATUS:");
            assertThat(couvin.get("/espace/rendez-vous/").body()).contains("Confirmé");

            // The officer books for Momignies: its agent is told and sees it.
            String form = officer.get("/espace/rendez-vous/").body();
            Matcher momigniesOption = Pattern.compile("<option value=\"(\\d+)\">CPAS de Momignies</option>").matcher(form);
            assertThat(momigniesOption.find()).isTrue();
            Map<String, String> fields = Meetings.bookingFields(form, Meetings.firstSlot(form));
            fields.put("cpas", momigniesOption.group(1));
            assertThat(officer.post("/espace/rendez-vous/", fields).statusCode()).isEqualTo(302);
            String mail = Mails.await(server, PortalServer.MOMIGNIES_AGENT, "rendez-vous confirmé", 0).text();
            assertThat(mail).contains("CPAS de Momignies");
            // Its link is genuine but already past the 48 h cut-off (the meeting is less than 24 h away): expired.
            java.util.regex.Matcher link = Pattern.compile("(/rendez-vous/gerer\\?t=[A-Za-z0-9_\\-.]+)").matcher(mail);
            assertThat(link.find()).isTrue();
            assertThat(new WebClient(server).get(link.group(1)).body()).contains("Ce lien n’est pas valable ou a expiré")
                    .doesNotContain("Confirmer l’annulation");
            assertThat(Accounts.agent(server, PortalServer.MOMIGNIES_AGENT).get("/espace/rendez-vous/").body())
                    .contains("CPAS de Momignies").contains("Confirmé");

            // Both meetings start within 24 h: one reminder each, sent by the job.
            Mails.await(server, PortalServer.COUVIN_AGENT, "rappel", 0);
            Mails.await(server, PortalServer.MOMIGNIES_AGENT, "rappel", 0);
            assertThat(officer.get("/espace/agenda/rappels").body()).contains("Envoyé").doesNotContain("À envoyer");

            server.stop();
            server.start();
            Thread.sleep(35_000); // at least two runs of the reminder job after the restart
            assertThat(Mails.to(server, PortalServer.COUVIN_AGENT, "rappel")).hasSize(1);
            assertThat(Mails.to(server, PortalServer.MOMIGNIES_AGENT, "rappel")).hasSize(1);
            WebClient again = new WebClient(server);
            again.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
            assertThat(again.get("/espace/agenda/rappels").body()).contains(PortalServer.COUVIN_AGENT).contains("Envoyé");
        }
    }

}
