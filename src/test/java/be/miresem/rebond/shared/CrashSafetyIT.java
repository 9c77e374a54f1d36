package be.miresem.rebond.shared;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Meetings;
import be.miresem.rebond.testing.OwnServer;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.RequestForm;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Crash safety: 20 clients send collaboration requests (240 answered) and book meetings (120 answered) while the server is killed with
 * SIGKILL (no shutdown of any kind) half-way through; the portal restarts on the same database, and the database
 * holds every request whose sender saw the confirmation, with its reference, every meeting whose booker saw it
 * booked, no reference twice and no slot booked twice. Derby's durability settings are its defaults (the log is
 * synced at every commit); nothing in the portal changes them.
 */
@OwnServer
class CrashSafetyIT {

    private static final int CLIENTS = 20;
    private static final int REQUESTS = 240;
    private static final int BOOKINGS = 120;
    private static final Pattern SLOT = Pattern.compile("name=\"slot\" id=\"slot-\\d+\" value=\"([^\"]+)\"");

    @Test
    void everythingConfirmedBeforeAKillIsInTheDatabaseAfterTheRestartOnce() throws Exception {
        Set<String> confirmedReferences = Collections.synchronizedSet(new HashSet<>());
        Set<String> confirmedSlots = Collections.synchronizedSet(new HashSet<>());
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger bookingAttempts = new AtomicInteger();
        try (PortalServer server = PortalServer.withDemoContent("crash")) {
            server.environment().put("REBOND_REQUEST_MIN_SECONDS", "0");
            server.start();
            openManySlots(server);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    WebClient agent = null;
                    Random random = new Random(client);
                    while (attempts.get() < REQUESTS || bookingAttempts.get() < BOOKINGS) {
                        try {
                            if (client % 2 == 0 && attempts.get() < REQUESTS) {
                                // Counted once the server answered: attempts while it is down do not count.
                                HttpResponse<String> sent = new RequestForm(new WebClient(server))
                                        .post(RequestForm.valid("CPAS crash " + client + "-" + random.nextInt(), "Couvin"));
                                attempts.incrementAndGet();
                                if (sent.statusCode() == 302) {
                                    confirmedReferences.add(RequestForm.reference(sent));
                                }
                            } else if (bookingAttempts.get() < BOOKINGS) {
                                if (agent == null) {
                                    agent = new WebClient(server);
                                    agent.signIn(client % 4 == 1 ? PortalServer.COUVIN_AGENT : PortalServer.MOMIGNIES_AGENT,
                                            PortalServer.DEMO_PASSWORD);
                                }
                                String page = agent.get("/espace/rendez-vous/").body();
                                List<String> slots = new ArrayList<>();
                                Matcher matcher = SLOT.matcher(page);
                                while (matcher.find() && slots.size() < 60) {
                                    slots.add(matcher.group(1));
                                }
                                if (slots.isEmpty()) {
                                    agent = null; // signed out by the crash, or no slot left
                                    continue;
                                }
                                String slot = slots.get(random.nextInt(slots.size()));
                                HttpResponse<String> booked = agent.post("/espace/rendez-vous/", Meetings.bookingFields(page, slot));
                                bookingAttempts.incrementAndGet();
                                if (booked.statusCode() == 302 && !booked.headers().firstValue("Location").orElse("")
                                        .contains("/connexion")) {
                                    confirmedSlots.add(slot);
                                }
                            } else {
                                Thread.sleep(50);
                            }
                        } catch (RuntimeException | AssertionError e) {
                            // The server is down (killed, restarting): this attempt gets no confirmation.
                            agent = null;
                            sleep(200);
                        }
                    }
                    return null;
                }));
            }
            // Kill it half-way, with clients in flight; then start it again on the same database.
            while (attempts.get() < REQUESTS / 2 || bookingAttempts.get() < BOOKINGS / 2) {
                Thread.sleep(20);
            }
            server.kill();
            int confirmedAtKill = confirmedReferences.size() + confirmedSlots.size();
            server.start();
            for (Future<?> client : clients) {
                client.get(10, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertThat(confirmedAtKill).as("confirmations before the kill").isGreaterThan(40);
            assertThat(server.log()).doesNotContain("Exception while loading the app");
            // The restarted portal works: a request sent now is confirmed.
            HttpResponse<String> after = new RequestForm(new WebClient(server)).post(RequestForm.valid("CPAS après", "Couvin"));
            assertThat(after.statusCode()).isEqualTo(302);
            confirmedReferences.add(RequestForm.reference(after));
            server.stop();

            assertThat(confirmedReferences.size()).as("requests confirmed").isGreaterThan(REQUESTS / 2);
            assertThat(confirmedSlots.size()).as("meetings booked").isGreaterThan(BOOKINGS / 3);
            try (Connection db = server.openDatabase(); Statement sql = db.createStatement()) {
                List<String> references = new ArrayList<>();
                try (ResultSet rows = sql.executeQuery("SELECT reference_number FROM collaboration_request")) {
                    while (rows.next()) {
                        references.add(rows.getString(1));
                    }
                }
                assertThat(references).as("every confirmed reference is stored").containsAll(confirmedReferences);
                assertThat(references).as("no reference twice").doesNotHaveDuplicates();
                List<String> activeSlots = new ArrayList<>();
                try (ResultSet rows = sql.executeQuery("SELECT start_at FROM booking WHERE status <> 'CANCELLED'")) {
                    while (rows.next()) {
                        activeSlots.add(rows.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC).toString());
                    }
                }
                assertThat(activeSlots).as("every confirmed meeting is stored")
                        .containsAll(confirmedSlots.stream().map(s -> Instant.parse(s).toString()).toList());
                assertThat(activeSlots).as("no slot booked twice").doesNotHaveDuplicates();
                System.out.printf("Crash safety: %d confirmations before the kill; %d requests confirmed, %d stored;"
                        + " %d meetings confirmed, %d stored%n", confirmedAtKill, confirmedReferences.size(),
                        references.size(), confirmedSlots.size(), activeSlots.size());
            } finally {
                server.closeDatabase();
            }
        }
    }

    /** Weekday windows from 8:00 to 18:00 with 30-minute meetings: hundreds of free slots for the clients. */
    private static void openManySlots(PortalServer server) {
        WebClient officer = new WebClient(server);
        assertThat(officer.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD).statusCode()).isEqualTo(302);
        Meetings.saveRules(officer, "30", "0", "24", "8", "24");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            Meetings.addWindow(officer, day, "08:00", "18:00");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
