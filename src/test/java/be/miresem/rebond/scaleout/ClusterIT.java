package be.miresem.rebond.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Content;
import be.miresem.rebond.testing.ListeningSockets;
import be.miresem.rebond.testing.Mails;
import be.miresem.rebond.testing.Meetings;
import be.miresem.rebond.testing.OwnServer;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.Postgres;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara Micro nodes on loopback (different HTTP and Data Grid ports, TCP/IP discovery), one PostgreSQL
 * database, one SMTP server: the scale-out set-up of docs/operations.md, started by the test. Runs in the
 * suite's PostgreSQL execution only (Derby is embedded: one node).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@OwnServer
class ClusterIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static PortalServer nodeA;
    private static PortalServer nodeB;

    @BeforeAll
    static void startTwoNodes() {
        assertThat(Postgres.selected()).as("the cluster runs on PostgreSQL (failsafe execution 'postgresql')").isTrue();
        int gridA = PortalServer.freePort();
        int gridB = PortalServer.freePort();
        String cluster = "rebond-it-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        nodeA = PortalServer.withDemoContent("cluster-a").clustered(cluster, password, gridA, List.of(gridA, gridB));
        nodeB = nodeA.secondNode("cluster-b").clustered(cluster, password, gridB, List.of(gridA, gridB));
        // The first node creates the schema and the demo data; the second joins an existing database.
        nodeA.start();
        nodeB.start();
        assertThat(nodeB.log()).as("node B joined node A's Data Grid").contains("DG Size: 2");
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.stop();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    @Order(0)
    void eachNodeListensOnItsHttpPortAndOnItsGridPortOnLoopbackOnly() {
        for (PortalServer node : List.of(nodeA, nodeB)) {
            List<ListeningSockets.Socket> sockets = ListeningSockets.of(node.pid());
            assertThat(sockets).as("sockets of " + node.folder().getFileName()).isNotEmpty().allSatisfy(socket -> {
                if (socket.port() != node.port()) {
                    assertThat(socket.loopback()).as("the Data Grid on the given interface: " + socket).isTrue();
                }
            });
            assertThat(sockets).as("a Data Grid port").anyMatch(socket -> socket.port() != node.port());
        }
    }

    @Test
    @Order(0)
    void aClusteredNodeRefusesToStartWithoutItsGridSettings() throws Exception {
        Map<String, String> complete = Map.of("REBOND_CLUSTER_INTERFACE", "127.0.0.1",
                "REBOND_CLUSTER_MEMBERS", "127.0.0.1:6900", "REBOND_CLUSTER_NAME", "rebond-prod",
                "REBOND_CLUSTER_PASSWORD", "a-long-enough-secret");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("REBOND_CLUSTER_INTERFACE", "REBOND_CLUSTER_INTERFACE is not set");
        expected.put("REBOND_CLUSTER_MEMBERS", "REBOND_CLUSTER_MEMBERS is not set");
        expected.put("REBOND_CLUSTER_NAME", "REBOND_CLUSTER_NAME is not set");
        expected.put("REBOND_CLUSTER_PASSWORD", "REBOND_CLUSTER_PASSWORD must be set");
        for (Map.Entry<String, String> missing : expected.entrySet()) {
            Map<String, String> settings = new LinkedHashMap<>(complete);
            settings.remove(missing.getKey());
            assertThat(runNodeScript(settings)).as("without " + missing.getKey()).contains(missing.getValue());
        }
        Map<String, String> wildcard = new LinkedHashMap<>(complete);
        wildcard.put("REBOND_CLUSTER_INTERFACE", "0.0.0.0");
        assertThat(runNodeScript(wildcard)).contains("must be one private address");
        Map<String, String> defaultName = new LinkedHashMap<>(complete);
        defaultName.put("REBOND_CLUSTER_NAME", "development");
        assertThat(runNodeScript(defaultName)).contains("must not be Payara's default");
        Map<String, String> shortPassword = new LinkedHashMap<>(complete);
        shortPassword.put("REBOND_CLUSTER_PASSWORD", "short");
        assertThat(runNodeScript(shortPassword)).contains("at least 16 characters");
    }

    /** Runs rebond-node.sh with these settings only; it must refuse (exit status 2) and says why. */
    private static String runNodeScript(Map<String, String> settings) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "src/main/launcher/rebond-node.sh").redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("REBOND_"));
        builder.environment().putAll(settings);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isEqualTo(2);
        return output;
    }

    @Test
    @Order(1)
    void anEditOnOneNodeIsSeenAtOnceOnTheOther() {
        // Public content: node B has the news list in its page cache; a news item published on A shows at once.
        WebClient visitorB = new WebClient(nodeB);
        String title = "Nouvelle du nœud A " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> first = visitorB.get("/actualites");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Actualités").doesNotContain(title);
        assertThat(visitorB.get("/actualites").headers().firstValue("ETag")).as("served from B's page cache").isPresent();
        WebClient officerA = Accounts.officer(nodeA);
        assertThat(Content.saveNews(officerA, title, "PUBLISHED").statusCode()).isEqualTo(302);
        assertThat(visitorB.get("/actualites").body()).as("B's cached copy is dropped").contains(title);

        // The officer's meeting rules (cached in memory by each node): whole days today and tomorrow, no
        // minimum notice, set on A; B offers a slot within the next 24 hours on the next request.
        WebClient agentB = Accounts.agent(nodeB, PortalServer.COUVIN_AGENT);
        agentB.get("/espace/rendez-vous/"); // B reads and keeps the rules as they were
        Meetings.saveRules(officerA, "30", "0", "0", "2", "0");
        LocalDate today = LocalDate.now(BRUSSELS);
        for (LocalDate day : new LocalDate[] {today, today.plusDays(1)}) {
            Meetings.addWindow(officerA, day.getDayOfWeek().name(), "00:00", "23:59");
        }
        String slot = Meetings.firstSlot(agentB.get("/espace/rendez-vous/").body());
        assertThat(java.time.OffsetDateTime.parse(slot).toInstant())
                .as("B offers the slot the rules changed on A allow").isBefore(java.time.Instant.now().plusSeconds(3600));
    }

    @Test
    @Order(2)
    void twentyBookingsOfOneSlotSpreadOverBothNodesGiveExactlyOne() throws Exception {
        List<WebClient> agents = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            PortalServer node = i % 2 == 0 ? nodeA : nodeB;
            WebClient agent = Accounts.agent(node, i % 4 < 2 ? PortalServer.COUVIN_AGENT
                    : PortalServer.MOMIGNIES_AGENT);
            agents.add(agent);
            pages.add(agent.get("/espace/rendez-vous/").body());
        }
        String slot = Meetings.firstSlot(pages.get(0));
        int[] outcome = Meetings.race(agents, pages, slot);
        assertThat(outcome[0]).as("booked").isEqualTo(1);
        assertThat(outcome[1]).as("refused with the French message").isEqualTo(19);
        try (Connection db = nodeA.openDatabase(); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM booking WHERE status <> 'CANCELLED'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("one active booking in the database").isEqualTo(1);
        }
    }

    @Test
    @Order(3)
    void aReminderDueWhileBothNodesRunIsSentOnceAndTheJobsRunOnOneNode() throws Exception {
        // The meeting booked above starts within 24 h: its reminder is due now, and both nodes' timers fire.
        List<String> agents = List.of(PortalServer.COUVIN_AGENT, PortalServer.MOMIGNIES_AGENT);
        long deadline = System.currentTimeMillis() + 60_000;
        while (remindersTo(agents) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(1_000);
        }
        assertThat(remindersTo(agents)).as("the reminder is sent").isEqualTo(1);
        Thread.sleep(35_000); // at least two more runs of each node's timer
        assertThat(remindersTo(agents)).as("and only once").isEqualTo(1);
        String holder = leaseHolders().get("meeting-jobs");
        assertThat(holder).as("one of the two nodes holds the meeting jobs")
                .containsAnyOf("/" + nodeA.pid() + "/", "/" + nodeB.pid() + "/");
    }

    @Test
    @Order(4)
    void aUserKeepsTheirSessionWhenTheirNodeStops() throws Exception {
        WebClient officerOnA = new WebClient(nodeA);
        assertThat(officerOnA.signIn(PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD).statusCode())
                .isEqualTo(302);
        // A form rendered by node A (its view state lives in the session) ...
        HttpResponse<String> formPage = officerOnA.get("/espace/contenu/actualite");
        assertThat(formPage.statusCode()).as(formPage.headers().map().toString()).isEqualTo(200);
        String form = formPage.body();
        assertThat(form).contains("Se déconnecter");

        nodeA.stop();

        // ... is still signed in and submitted through node B.
        WebClient officerOnB = officerOnA.on(nodeB);
        HttpResponse<String> page = officerOnB.get("/espace/dossiers/");
        assertThat(page.statusCode()).as("still signed in on B, not sent to /connexion").isEqualTo(200);
        assertThat(page.body()).contains("Se déconnecter").contains("Dossiers de suivi");
        String title = "Écrite après l’arrêt du nœud A " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("news", "news");
        fields.put("title", title);
        fields.put("summary", "Résumé");
        fields.put("body", "Texte.");
        fields.put("publishedOn", LocalDate.now(BRUSSELS).minusDays(1).toString());
        fields.put("status", "PUBLISHED");
        fields.put("save", "x");
        fields.put("jakarta.faces.ViewState", WebClient.viewState(form));
        assertThat(officerOnB.post("/espace/contenu/actualite", fields).statusCode())
                .as("the view rendered on A is accepted by B").isEqualTo(302);
        assertThat(new WebClient(nodeB).get("/actualites").body()).contains(title);

        // The jobs go on: B takes the leases over (at once if A gave them back when it stopped, at the latest
        // when they expire, 30 s after A's last run) and sends the reminder of a meeting booked now.
        WebClient agent = Accounts.agent(nodeB, PortalServer.MOMIGNIES_AGENT);
        int before = Mails.to(nodeB, PortalServer.MOMIGNIES_AGENT, "rappel").size();
        String list = agent.get("/espace/rendez-vous/").body();
        assertThat(agent.post("/espace/rendez-vous/", Meetings.bookingFields(list,
                Meetings.firstSlot(list))).statusCode()).isEqualTo(302);
        Mails.await(nodeB, PortalServer.MOMIGNIES_AGENT, "rappel", before, java.time.Duration.ofSeconds(90));
        assertThat(leaseHolders().get("meeting-jobs")).as("node B runs the jobs now").contains("/" + nodeB.pid() + "/");
    }

    private static int remindersTo(List<String> agents) {
        return agents.stream().mapToInt(a -> Mails.to(nodeA, a, "rappel").size()).sum();
    }

    private static Map<String, String> leaseHolders() throws Exception {
        Map<String, String> holders = new LinkedHashMap<>();
        try (Connection db = nodeA.openDatabase(); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT name, holder FROM job_lease WHERE holder IS NOT NULL"
                        + " AND name = 'meeting-jobs'")) {
            while (rows.next()) {
                holders.put(rows.getString(1), rows.getString(2));
            }
        }
        return holders;
    }
}
