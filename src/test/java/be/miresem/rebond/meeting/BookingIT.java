package be.miresem.rebond.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.FacesForm;
import be.miresem.rebond.testing.Meetings;
import be.miresem.rebond.testing.Portal;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.WebClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Booking the officer's time over HTTP: no double booking under concurrency, and each CPAS sees only its own. */
@ExtendWith(Portal.class)
public class BookingIT {

    private static final Pattern SLOT = Pattern.compile("name=\"slot\" id=\"slot-\\d+\" value=\"([^\"]+)\"");

    @Test
    void twentyPeopleTakingOneSlotAtOnceGiveExactlyOneBooking(PortalServer server) throws Exception {
        List<WebClient> agents = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            WebClient agent = new WebClient(server);
            agent.signIn(i % 2 == 0 ? PortalServer.COUVIN_AGENT : PortalServer.MOMIGNIES_AGENT, PortalServer.DEMO_PASSWORD);
            agents.add(agent);
            pages.add(agent.get("/espace/rendez-vous/").body());
        }
        String slot = Meetings.lastSlot(pages.get(0));
        int[] outcome = Meetings.race(agents, pages, slot);
        int booked = outcome[0];
        int refused = outcome[1];
        assertThat(booked).isEqualTo(1);
        assertThat(refused).isEqualTo(19);
    }

    @Test
    void aCpasSeesAndCancelsOnlyItsOwnMeetings(PortalServer server) {
        WebClient couvin = new WebClient(server);
        couvin.signIn(PortalServer.COUVIN_AGENT, PortalServer.DEMO_PASSWORD);
        String page = couvin.get("/espace/rendez-vous/").body();
        String slot = Meetings.firstSlot(page);
        assertThat(couvin.post("/espace/rendez-vous/", Meetings.bookingFields(page, slot)).statusCode()).isEqualTo(302);
        String booked = couvin.get("/espace/rendez-vous/").body();
        assertThat(booked).contains("Suivi de bénéficiaires").contains("CPAS de Couvin").doesNotContain("value=\"" + slot + "\"");

        WebClient momignies = new WebClient(server);
        momignies.signIn(PortalServer.MOMIGNIES_AGENT, PortalServer.DEMO_PASSWORD);
        String other = momignies.get("/espace/rendez-vous/").body();
        assertThat(other).doesNotContain("CPAS de Couvin");
    }

    @Test
    void theOfficersDaysOffAndNewWindowsChangeTheSlotsPartnersSee(PortalServer server) {
        WebClient officer = new WebClient(server);
        officer.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
        WebClient agent = new WebClient(server);
        agent.signIn(PortalServer.MOMIGNIES_AGENT, PortalServer.DEMO_PASSWORD);
        assertThat(agent.get("/espace/disponibilites/").statusCode()).as("officers only").isEqualTo(403);

        // A Saturday window appears in the partners' slots.
        assertThat(FacesForm.open(officer, "/espace/disponibilites/", "window").choose("Jour", "Samedi")
                .fill("Début (HH:MM)", "10:00").fill("Fin (HH:MM)", "11:00").press("Ajouter la plage").statusCode())
                .isEqualTo(302);
        assertThat(agent.get("/espace/rendez-vous/").body()).contains("samedi");

        // A day off removes that day's slots; the page lists it.
        String page = agent.get("/espace/rendez-vous/").body();
        String firstDay = page.replaceAll("(?s).*?<fieldset class=\"slot-day\">\\s*<legend>([^<]+)</legend>.*", "$1");
        String firstSlot = Meetings.firstSlot(page);
        String date = java.time.Instant.parse(firstSlot).atZone(java.time.ZoneId.of("Europe/Brussels")).toLocalDate().toString();
        assertThat(FacesForm.open(officer, "/espace/disponibilites/", "dayoff").fill("Du", date)
                .fill("Motif", "Formation").press("Ajouter l’absence").statusCode()).isEqualTo(302);
        assertThat(officer.get("/espace/disponibilites/").body()).contains("Formation").contains("Armistice");
        assertThat(agent.get("/espace/rendez-vous/").body()).doesNotContain("<legend>" + firstDay + "</legend>")
                .doesNotContain("value=\"" + firstSlot + "\"");
    }

    @Test
    void bookingAndCancellingSendCalendarFilesWithAStableUidAndARisingSequence(PortalServer server) throws Exception {
        WebClient agent = new WebClient(server);
        agent.signIn(PortalServer.MOMIGNIES_AGENT, PortalServer.DEMO_PASSWORD);
        String page = agent.get("/espace/rendez-vous/").body();
        String slot = Meetings.firstSlot(page);
        assertThat(agent.post("/espace/rendez-vous/", Meetings.bookingFields(page, slot)).statusCode()).isEqualTo(302);

        var booked = Meetings.calendarFor(server, PortalServer.MOMIGNIES_AGENT, slot, "REQUEST");
        assertThat(value(booked, "METHOD")).isEqualTo("REQUEST");
        assertThat(booked.getComponent("VTIMEZONE")).isPresent();
        net.fortuna.ical4j.model.component.VEvent event =
                booked.<net.fortuna.ical4j.model.component.VEvent>getComponent("VEVENT").orElseThrow();
        String uid = value(event, "UID");
        assertThat(value(event, "SEQUENCE")).isEqualTo("0");
        net.fortuna.ical4j.model.Property dtstart = event.<net.fortuna.ical4j.model.Property>getProperty("DTSTART").orElseThrow();
        assertThat(dtstart.<net.fortuna.ical4j.model.Parameter>getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Brussels");
        assertThat(Meetings.calendarFor(server, PortalServer.OFFICER_EMAIL, slot, "REQUEST")).isNotNull();

        String list = agent.get("/espace/rendez-vous/").body();
        String cancelButton = "Annuler " + list.replaceAll(
                "(?s).*<time datetime=\"" + java.util.regex.Pattern.quote(slot) + "\">([^<]+)</time>.*", "$1");
        assertThat(FacesForm.of(agent, "/espace/rendez-vous/", list, "upcoming").press(cancelButton).statusCode()).isEqualTo(302);

        var cancelled = Meetings.calendarFor(server, PortalServer.MOMIGNIES_AGENT, slot, "CANCEL");
        assertThat(value(cancelled, "METHOD")).isEqualTo("CANCEL");
        net.fortuna.ical4j.model.component.VEvent cancelledEvent =
                cancelled.<net.fortuna.ical4j.model.component.VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(value(cancelledEvent, "UID")).isEqualTo(uid);
        assertThat(value(cancelledEvent, "SEQUENCE")).isEqualTo("1");
        assertThat(value(cancelledEvent, "STATUS")).isEqualTo("CANCELLED");
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String property) {
        return container.<net.fortuna.ical4j.model.Property>getProperty(property).orElseThrow().getValue();
    }

}
