package be.miresem.rebond.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * User actions around meetings: an agent (or the officer) booking a slot on {@code /espace/rendez-vous/}, finding a
 * meeting in the list, the officer's meeting rules and weekly availability, and the iCalendar files e-mailed.
 */
public final class Meetings {

    /** A free slot's radio button on the booking page: its value is the slot's start instant. */
    public static final Pattern SLOT = Pattern.compile("name=\"slot\" id=\"slot-\\d+\" value=\"([^\"]+)\"");
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private Meetings() {
    }

    /** Books the first free slot of the booking page and returns it (the booking must succeed). */
    public static String book(WebClient user) {
        String page = user.get("/espace/rendez-vous/").body();
        String slot = firstSlot(page);
        assertThat(user.post("/espace/rendez-vous/", bookingFields(page, slot)).statusCode()).isEqualTo(302);
        return slot;
    }

    /** The first free slot offered on a booking page. */
    public static String firstSlot(String page) {
        Matcher matcher = SLOT.matcher(page);
        assertThat(matcher.find()).as("a free slot").isTrue();
        return matcher.group(1);
    }

    /** The last free slot offered on a booking page. */
    public static String lastSlot(String page) {
        Matcher matcher = SLOT.matcher(page);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        assertThat(last).as("a free slot").isNotNull();
        return last;
    }

    /**
     * The booking form's fields for this slot (a follow-up meeting at the first place offered, the Miresem's office
     * as the officer names it), from the page shown.
     */
    public static Map<String, String> bookingFields(String page, String slot) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("booking", "booking");
        fields.put("slot", slot);
        fields.put("subject", "FOLLOW_UP");
        Matcher place = Pattern.compile("<select id=\"place\"[^>]*>\\s*<option value=\"([^\"]*)\"").matcher(page);
        fields.put("place", place.find() ? place.group(1).replace("&amp;", "&").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">") : "Bureau de la Miresem");
        fields.put("message", "");
        fields.put("book", "Réserver ce créneau");
        fields.put("jakarta.faces.ViewState", WebClient.viewState(page));
        return fields;
    }

    /** The id of the meeting starting at this slot, from a meetings list. */
    public static long bookingId(String list, String slot) {
        Matcher matcher = Pattern.compile("detail\\?id=(\\d+)\"><time datetime=\"" + Pattern.quote(slot) + "\"").matcher(list);
        assertThat(matcher.find()).as("booking at " + slot).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /**
     * Every signed-in agent posts "Réserver ce créneau" for the same slot at the same instant (from the booking
     * page each one loaded). Asserts no error page, and that every refusal is the French message with the slot
     * gone from the refreshed list; returns {booked, refused}.
     */
    public static int[] race(List<WebClient> agents, List<String> pages, String slot) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(agents.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> posts = new ArrayList<>();
        for (int i = 0; i < agents.size(); i++) {
            WebClient agent = agents.get(i);
            Map<String, String> fields = bookingFields(pages.get(i), slot);
            posts.add(pool.submit(() -> {
                start.await();
                return agent.post("/espace/rendez-vous/", fields);
            }));
        }
        start.countDown();
        int booked = 0;
        int refused = 0;
        for (Future<HttpResponse<String>> post : posts) {
            HttpResponse<String> response = post.get();
            assertThat(response.statusCode()).as("never an error page").isIn(200, 302);
            if (response.statusCode() == 302) {
                booked++;
            } else {
                assertThat(response.body()).contains("Ce créneau vient d'être réservé, choisissez-en un autre")
                        .doesNotContain("value=\"" + slot + "\"");
                refused++;
            }
        }
        pool.shutdown();
        return new int[] {booked, refused};
    }

    /** The officer saves the meeting rules (not in "à confirmer" mode, no video link); must succeed. */
    public static void saveRules(WebClient officer, String length, String buffer, String notice, String horizon,
            String cutoff) {
        assertThat(officer.submit("/espace/disponibilites/", "rules", "save-rules",
                rules(length, buffer, notice, horizon, cutoff, false)).statusCode()).isEqualTo(302);
    }

    /** The meeting rules form's fields (length, buffer, notice, horizon, cut-off; "à confirmer" when manual). */
    public static Map<String, String> rules(String length, String buffer, String notice, String horizon, String cutoff,
            boolean manual) {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("meetingMinutes", length);
        rules.put("bufferMinutes", buffer);
        rules.put("noticeHours", notice);
        rules.put("horizonWeeks", horizon);
        rules.put("cutoffHours", cutoff);
        rules.put("videoLink", "");
        if (manual) {
            rules.put("confirmManually", "on");
        }
        return rules;
    }

    /** The officer adds a weekly availability window ({@code day}: MONDAY…, times HH:mm); must succeed. */
    public static void addWindow(WebClient officer, String day, String start, String end) {
        Map<String, String> window = new LinkedHashMap<>();
        window.put("day", day);
        window.put("start", start);
        window.put("end", end);
        assertThat(officer.submit("/espace/disponibilites/", "window", "add-window", window).statusCode()).isEqualTo(302);
    }

    /** The iCalendar file of the given method sent to this address for the meeting starting at slot, waiting 30 s. */
    public static Calendar calendarFor(PortalServer server, String to, String slot, String method) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        String expectedStart = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(Instant.parse(slot).atZone(BRUSSELS));
        while (System.currentTimeMillis() < deadline) {
            for (var message : server.mail().getReceivedMessages()) {
                if (!message.getAllRecipients()[0].toString().equals(to)
                        || !(message.getContent() instanceof jakarta.mail.Multipart parts)) {
                    continue;
                }
                for (int i = 0; i < parts.getCount(); i++) {
                    var part = parts.getBodyPart(i);
                    if (part.getContentType().startsWith("text/calendar")) {
                        String ics = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
                        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
                        Property start = event.<Property>getProperty("DTSTART").orElseThrow();
                        Property calendarMethod = calendar.<Property>getProperty("METHOD").orElseThrow();
                        if (start.getValue().equals(expectedStart) && calendarMethod.getValue().equals(method)) {
                            return calendar;
                        }
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + method + " calendar file for " + to + " at " + slot);
    }
}
