package be.miresem.rebond.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.Mails;
import be.miresem.rebond.testing.Meetings;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.Requests;
import be.miresem.rebond.testing.Sessions;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Changing meetings after booking: signed e-mail links (confirmation page, tampering, reuse), moving a
 * meeting (same UID, higher SEQUENCE), another CPAS's meeting (404), private calendar feeds, the officer's
 * agenda, and collaboration requests invited to presentation sessions.
 */
@ExtendWith(Portal.class)
public class MeetingChangesIT {

    private static final Pattern MANAGE_LINK = Pattern.compile("(/rendez-vous/gerer\\?t=[A-Za-z0-9_\\-.]+)");

    @Test
    void theEmailedLinkCancelsOnlyAfterTheConfirmationButtonAndIsRefusedWhenTamperedOrUsed(PortalServer server) {
        WebClient agent = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        int before = Mails.to(server, PortalServer.MOMIGNIES_AGENT, "rendez-vous confirmé").size();
        String slot = Meetings.book(agent);
        // The mail of this booking (a notice of an earlier test's booking may arrive after it was counted).
        WebClient visitor = new WebClient(server);
        String link = null;
        String page = null;
        long deadline = System.currentTimeMillis() + 60_000;
        while (link == null && System.currentTimeMillis() < deadline) {
            Mails.await(server, PortalServer.MOMIGNIES_AGENT, "rendez-vous confirmé", before);
            for (Mails.Mail mail : Mails.to(server, PortalServer.MOMIGNIES_AGENT, "rendez-vous confirmé")) {
                Matcher matcher = MANAGE_LINK.matcher(mail.text());
                if (matcher.find()) {
                    // Opening the link (as a mail scanner would) changes nothing.
                    String candidate = visitor.get(matcher.group(1)).body();
                    if (candidate.contains("datetime=\"" + slot + "\"")) {
                        link = matcher.group(1);
                        page = candidate;
                    }
                }
            }
            if (link == null) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        assertThat(link).as("the mail of the booking at " + slot).isNotNull();
        assertThat(page).contains("Confirmer l’annulation").contains("Suivi de bénéficiaires");
        assertThat(agent.get("/espace/rendez-vous/").body()).contains("<time datetime=\"" + slot + "\"");

        // A tampered token is refused, without any button.
        String token = link.substring(link.indexOf("t=") + 2);
        String[] parts = token.split("\\.");
        String forgedExpiry = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2];
        String forgedId = Character.toString(parts[0].charAt(0) == 'Y' ? 'Z' : 'Y') + parts[0].substring(1) + "." + parts[1] + "." + parts[2];
        for (String forged : new String[] {forgedExpiry, forgedId, token.substring(0, token.length() - 2)}) {
            String refused = visitor.get("/rendez-vous/gerer?t=" + forged).body();
            assertThat(refused).contains("Ce lien n’est pas valable ou a expiré").doesNotContain("Confirmer l’annulation");
        }

        // The confirmation button cancels; the other side is told, with a CANCEL calendar file.
        int officerMails = Mails.to(server, PortalServer.OFFICER_EMAIL, "annulé").size();
        HttpResponse<String> done = FacesForm.of(visitor, link, page, "cancel")
                .fill("Motif de l’annulation (facultatif)", "Réunion d’équipe imprévue").press("Confirmer l’annulation");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Le rendez-vous est annulé. Un e-mail de confirmation vous est envoyé");
        String list = agent.get("/espace/rendez-vous/").body();
        assertThat(list).as("the slot is free again").contains("value=\"" + slot + "\"");
        assertThat(agent.get("/espace/rendez-vous/detail?id=" + Meetings.bookingId(list, slot)).body()).contains("<dd>Annulé</dd>");
        Mails.Mail officerCopy = Mails.await(server, PortalServer.OFFICER_EMAIL, "annulé", officerMails);
        assertThat(officerCopy.text()).as("the reason, who booked, for which CPAS, the meeting's page")
                .contains("Motif de l’annulation : Réunion d’équipe imprévue")
                .contains("Réservé par Agent d'insertion de Momignies (CPAS de Momignies).")
                .contains(server.baseUrl() + "/espace/rendez-vous/detail?id=").doesNotContain("CPAS : CPAS");

        // The same link no longer works: the meeting changed since it was sent.
        assertThat(visitor.get(link).body()).contains("Ce lien n’est pas valable ou a expiré");
    }

    @Test
    void movingAMeetingKeepsItsUidRaisesItsSequenceAndFreesTheOldSlot(PortalServer server) throws Exception {
        WebClient agent = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        String slot = Meetings.book(agent);
        var first = Meetings.calendarFor(server, PortalServer.COUVIN_AGENT, slot, "REQUEST");
        String uid = value(first.getComponent("VEVENT").orElseThrow(), "UID");
        long id = Meetings.bookingId(agent.get("/espace/rendez-vous/").body(), slot);

        String detail = agent.get("/espace/rendez-vous/detail?id=" + id).body();
        String target = Meetings.lastSlot(detail);
        Map<String, String> move = new LinkedHashMap<>();
        move.put("move", "move");
        move.put("slot", target);
        move.put("move-button", "Déplacer le rendez-vous");
        move.put("jakarta.faces.ViewState", WebClient.viewState(detail));
        assertThat(agent.post("/espace/rendez-vous/detail?id=" + id, move).statusCode()).isEqualTo(302);

        var moved = Meetings.calendarFor(server, PortalServer.COUVIN_AGENT, target, "REQUEST");
        net.fortuna.ical4j.model.component.VEvent event = moved.<net.fortuna.ical4j.model.component.VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(value(event, "UID")).isEqualTo(uid);
        assertThat(value(event, "SEQUENCE")).isEqualTo("1");
        assertThat(Mails.await(server, PortalServer.COUVIN_AGENT, "rendez-vous déplacé", 0).text())
                .contains("déplacé");
        String list = agent.get("/espace/rendez-vous/").body();
        assertThat(list).contains("<time datetime=\"" + target + "\"").contains("value=\"" + slot + "\"");
    }

    @Test
    void aPartnerCannotSeeOrChangeAnotherCpassMeeting(PortalServer server) {
        WebClient couvin = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        String slot = Meetings.book(couvin);
        long id = Meetings.bookingId(couvin.get("/espace/rendez-vous/").body(), slot);
        assertThat(couvin.get("/espace/rendez-vous/detail?id=" + id).statusCode()).isEqualTo(200);

        WebClient momignies = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        HttpResponse<String> other = momignies.get("/espace/rendez-vous/detail?id=" + id);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("CPAS de Couvin");
        assertThat(momignies.get("/espace/agenda/").statusCode()).as("the agenda is the officer's").isEqualTo(403);
        // Posting the cancel form of one of its own meetings with the other id in the address cannot reach it either.
        String ownSlot = Meetings.book(momignies);
        long own = Meetings.bookingId(momignies.get("/espace/rendez-vous/").body(), ownSlot);
        String ownPage = momignies.get("/espace/rendez-vous/detail?id=" + own).body();
        Map<String, String> cancel = new LinkedHashMap<>();
        cancel.put("cancel", "cancel");
        cancel.put("cancel-button", "Annuler le rendez-vous");
        cancel.put("jakarta.faces.ViewState", WebClient.viewState(ownPage));
        assertThat(momignies.post("/espace/rendez-vous/detail?id=" + id, cancel).statusCode()).isEqualTo(404);
        // A forged view state is not an error page either: the page is reloaded.
        cancel.put("jakarta.faces.ViewState", "forged");
        assertThat(momignies.post("/espace/rendez-vous/detail?id=" + own, cancel).statusCode()).isEqualTo(302);
        assertThat(momignies.get("/espace/rendez-vous/").body()).contains("<time datetime=\"" + ownSlot + "\"");
        assertThat(couvin.get("/espace/rendez-vous/").body()).contains("<time datetime=\"" + slot + "\"");
    }

    @Test
    void aPrivateCalendarFeedListsOnlyTheUsersMeetingsAndCanBeRenewedOrRevoked(PortalServer server) throws Exception {
        WebClient couvin = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        String slot = Meetings.book(couvin);
        long id = Meetings.bookingId(couvin.get("/espace/rendez-vous/").body(), slot);
        WebClient momignies = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        String otherSlot = Meetings.book(momignies);
        long otherId = Meetings.bookingId(momignies.get("/espace/rendez-vous/").body(), otherSlot);

        String feed = createFeed(couvin);
        HttpResponse<String> ics = new WebClient(server).get(feed);
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics.body()));
        var uids = calendar.getComponents("VEVENT").stream()
                .map(c -> value((net.fortuna.ical4j.model.component.VEvent) c, "UID")).toList();
        assertThat(uids).contains("booking-" + id + "@rebond.miresem.be")
                .doesNotContain("booking-" + otherId + "@rebond.miresem.be");
        assertThat(calendar.getComponent("VTIMEZONE")).isPresent();

        String renewed = createFeed(couvin);
        assertThat(renewed).isNotEqualTo(feed);
        assertThat(new WebClient(server).get(feed).statusCode()).as("old address cut off").isEqualTo(404);
        assertThat(new WebClient(server).get(renewed).statusCode()).isEqualTo(200);

        HttpResponse<String> page = couvin.get("/espace/compte/");
        assertThat(FacesForm.of(couvin, "/espace/compte/", page.body(), "feed").press("Désactiver l’adresse").statusCode())
                .isEqualTo(302);
        assertThat(new WebClient(server).get(renewed).statusCode()).isEqualTo(404);
        assertThat(new WebClient(server).get("/agenda/not-a-token.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void theOfficersAgendaShowsTheWeekAPrintableDayAndTheReminderLog(PortalServer server) {
        WebClient agent = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        String slot = Meetings.book(agent);
        long id = Meetings.bookingId(agent.get("/espace/rendez-vous/").body(), slot);
        String day = Instant.parse(slot).atZone(ZoneId.of("Europe/Brussels")).toLocalDate().toString();
        WebClient officer = Accounts.officer(server);

        String week = officer.get("/espace/agenda/?semaine=" + day).body();
        assertThat(week).contains("detail?id=" + id).contains("CPAS de Momignies").contains("Suivi de bénéficiaires");
        String printable = officer.get("/espace/agenda/jour?date=" + day).body();
        assertThat(printable).contains("CPAS de Momignies").contains("<time datetime=\"" + slot + "\"");
        assertThat(officer.get("/espace/agenda/rappels").body()).contains("Journal des rappels")
                .contains(PortalServer.MOMIGNIES_AGENT);

        // Notes after the meeting are shown to the partner.
        String detail = officer.get("/espace/rendez-vous/detail?id=" + id).body();
        assertThat(FacesForm.of(officer, "/espace/rendez-vous/detail?id=" + id, detail, "notes")
                .fill("Compte rendu du rendez-vous", "Deux bénéficiaires à suivre <b>en priorité</b>.")
                .press("Enregistrer le compte rendu").statusCode()).isEqualTo(302);
        assertThat(agent.get("/espace/rendez-vous/detail?id=" + id).body())
                .contains("Deux bénéficiaires à suivre &lt;b&gt;en priorité&lt;/b&gt;.");
    }

    @Test
    void invitingARequestToASessionPlansItsPresentationAndSessionNotesReachItsTimeline(PortalServer server) {
        Requests.Submitted request = Requests.submit(server, "CPAS de Viroinval", "Viroinval");
        WebClient officer = Accounts.officer(server);
        String sessionId = Sessions.create(officer, server, "Présentation pour Viroinval", 9, 10);

        String page = officer.get("/espace/onboarding/demande?id=" + request.id()).body();
        assertThat(FacesForm.of(officer, "/espace/onboarding/demande?id=" + request.id(), page, "invite")
                .choose("Séance", "Présentation pour Viroinval –").press("Inscrire le CPAS").statusCode()).isEqualTo(302);

        String after = officer.get("/espace/onboarding/demande?id=" + request.id()).body();
        assertThat(after).contains("Présentation planifiée").contains("Inscrite à la séance « Présentation pour Viroinval");
        String session = officer.get("/espace/seances/seance?id=" + sessionId).body();
        assertThat(session).contains("CPAS de Viroinval").contains("demande?id=" + request.id());

        assertThat(FacesForm.of(officer, "/espace/seances/seance?id=" + sessionId, session, "notes")
                .fill("Compte rendu de la séance", "Intéressé, convention à préparer.").press("Enregistrer le compte rendu")
                .statusCode()).isEqualTo(302);
        assertThat(officer.get("/espace/onboarding/demande?id=" + request.id()).body())
                .contains("Compte rendu de « Présentation pour Viroinval » : Intéressé, convention à préparer.");
    }

    // ---- helpers ----


    private static String createFeed(WebClient user) {
        HttpResponse<String> page = user.get("/espace/compte/");
        FacesForm feed = FacesForm.of(user, "/espace/compte/", page.body(), "feed");
        String body = (page.body().contains("Créer mon adresse privée") ? feed.press("Créer mon adresse privée")
                : feed.press("Créer une nouvelle adresse (l’ancienne ne fonctionnera plus)")).body();
        Matcher matcher = Pattern.compile("id=\"feed-url\" readonly=\"readonly\" value=\"https?://[^/]+(/agenda/[^\"]+\\.ics)\"").matcher(body);
        assertThat(matcher.find()).as("feed address shown").isTrue();
        return matcher.group(1);
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String property) {
        return container.<net.fortuna.ical4j.model.Property>getProperty(property).orElseThrow().getValue();
    }
}
