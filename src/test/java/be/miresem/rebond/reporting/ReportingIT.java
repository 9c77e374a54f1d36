package be.miresem.rebond.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Accounts;
import be.miresem.rebond.testing.Browser;
import be.miresem.rebond.testing.Cases;
import be.miresem.rebond.testing.Employers;
import be.miresem.rebond.testing.Forms;
import be.miresem.rebond.testing.HtmlChecker;
import be.miresem.rebond.testing.Meetings;
import be.miresem.rebond.testing.OwnServer;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.Requests;
import be.miresem.rebond.testing.RuntimeSettings;
import be.miresem.rebond.testing.Tables;
import be.miresem.rebond.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboards, the records behind each figure, the CSV exports and the public results, on a server of their
 * own with a small hand-built data set whose right answers are written below.
 * <p>
 * Its own server, because every figure counts everything on it (the shared portal holds every other test's data).
 * Built in two phases: first with the server's clock 28 days back ({@code REBOND_CLOCK_OFFSET}, set while it runs),
 * to book meetings and hold a presentation session that are in the past once the clock is back to today;
 * then today: the case files (fixed dates in 2024–2026), the requests, the no-show and the attendance.
 * <pre>
 * Couvin                           end (actual/planned)  outcomes (date situation [follow-up])
 *  Alpha   start 2024-01-01         2024-12-31 (actual)   2025-03-31 CDI [3], 2025-06-30 CDI [6], 2025-12-31 CDI [12]
 *  Bravo   start 2024-01-01         2024-12-31            2025-03-15 intérim [3], 2025-12-31 revenu d'intégration [12] = day 365: boomerang
 *  Charlie start 2024-01-01         2024-12-30            2025-06-30 sans nouvelles [6], 2025-12-31 revenu d'intégration [12] = day 366: not a boomerang
 *  Delta   start 2024-01-01         2024-06-30            none
 *  Echo    start 2025-03-01         2026-02-28            none
 *  Foxtrot start 2026-01-05         2026-12-31            none
 * Momignies
 *  Mike     start 2024-04-01        2025-03-31            2025-06-30 CDD [3], 2025-09-30 titres-services [6]; hired in 2026 through a proposal
 *  November start 2024-04-01        2025-03-31            2025-08-20 chômage [3, chosen], 2025-08-25 formation [3, chosen]: the latest counts
 * </pre>
 */
@OwnServer
class ReportingIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));
    private static final String Y2025 = "du=2025-01-01&au=2025-12-31";

    private static PortalServer server;
    private static final Map<String, Long> CASES = new LinkedHashMap<>();
    private static long couvin;
    private static long momignies;
    private static long sessionId;

    @BeforeAll
    static void buildTheDataSet() {
        server = PortalServer.withDemoContent("reporting");
        server.environment().put("REBOND_PROJECT_STAGE", "SystemTest");
        server.start();
        RuntimeSettings past = RuntimeSettings.set(server, "REBOND_CLOCK_OFFSET", "-P28D");
        // Phase 1, 28 days ago: meetings, a presentation session with three registrations, two requests.
        WebClient couvinAgent = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        String held = book(couvinAgent);
        String noShow = book(couvinAgent);
        String cancelled = book(couvinAgent);
        long cancelledId = Meetings.bookingId(couvinAgent.get("/espace/rendez-vous/").body(), cancelled);
        assertThat(couvinAgent.submit("/espace/rendez-vous/detail?id=" + cancelledId, "cancel", "cancel-button", Map.of())
                .statusCode()).isEqualTo(302);
        WebClient momigniesAgent = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        book(momigniesAgent);
        WebClient officer = Accounts.officer(server);
        sessionId = createSession(officer, TODAY.minusDays(20));
        for (String cpas : List.of("A", "B", "C")) {
            register(sessionId, "CPAS " + cpas);
        }
        List<Long> requests = new ArrayList<>();
        requests.add(Requests.submit(server, "CPAS de Viroinval", "Viroinval").id());
        requests.add(Requests.submit(server, "CPAS de Doische", "Doische").id());
        long noShowId = Meetings.bookingId(couvinAgent.get("/espace/rendez-vous/").body(), noShow);
        assertThat(held).isNotEqualTo(noShow);

        past.close();
        // Phase 2, today.
        officer = Accounts.officer(server);
        assertThat(officer.submit("/espace/rendez-vous/detail?id=" + noShowId, "attendance", "no-show-button", Map.of())
                .statusCode()).isEqualTo(302);
        String session = officer.get("/espace/seances/seance?id=" + sessionId).body();
        pressRowButton(officer, "/espace/seances/seance?id=" + sessionId, session, "Présent : CPAS A");
        session = officer.get("/espace/seances/seance?id=" + sessionId).body();
        pressRowButton(officer, "/espace/seances/seance?id=" + sessionId, session, "Absent : CPAS B");
        requests.add(Requests.submit(server, "CPAS de Cerfontaine", "Cerfontaine").id());
        requests.add(Requests.submit(server, "CPAS de Walcourt", "Walcourt").id());
        for (long request : requests) {
            assertThat(Requests.move(officer, request, "ACTIVE_PARTNER", "").statusCode()).isEqualTo(302);
        }
        long waiting = Requests.submit(server, "CPAS de Florennes", "Florennes").id();
        Map<String, String> next = new LinkedHashMap<>();
        next.put("nextAction", "Rappeler le président");
        next.put("nextActionDue", TODAY.minusDays(1).toString());
        assertThat(officer.submit("/espace/onboarding/demande?id=" + waiting, "next", "plan", next).statusCode()).isEqualTo(302);

        couvinAgent = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        refer(couvinAgent, "Alpha", "2024-01-01", "2025-02-28");
        actualEnd(couvinAgent, "Alpha", "2024-12-31");
        outcome(couvinAgent, "Alpha", "2025-03-31", "PERMANENT_CONTRACT", "");
        outcome(couvinAgent, "Alpha", "2025-06-30", "PERMANENT_CONTRACT", "");
        outcome(couvinAgent, "Alpha", "2025-12-31", "PERMANENT_CONTRACT", "");
        refer(couvinAgent, "Bravo", "2024-01-01", "2024-12-31");
        outcome(couvinAgent, "Bravo", "2025-03-15", "TEMPORARY_WORK", "");
        outcome(couvinAgent, "Bravo", "2025-12-31", "INTEGRATION_INCOME", "");
        refer(couvinAgent, "Charlie", "2024-01-01", "2024-12-30");
        outcome(couvinAgent, "Charlie", "2025-06-30", "NO_NEWS", "");
        outcome(couvinAgent, "Charlie", "2025-12-31", "INTEGRATION_INCOME", "");
        refer(couvinAgent, "Delta", "2024-01-01", "2024-06-30");
        refer(couvinAgent, "Echo", "2025-03-01", "2026-02-28");
        refer(couvinAgent, "Foxtrot", "2026-01-05", "2026-12-31");
        momigniesAgent = Accounts.agent(server, PortalServer.MOMIGNIES_AGENT);
        refer(momigniesAgent, "Mike", "2024-04-01", "2025-03-31");
        outcome(momigniesAgent, "Mike", "2025-06-30", "FIXED_TERM_CONTRACT", "");
        outcome(momigniesAgent, "Mike", "2025-09-30", "SERVICE_VOUCHERS", "");
        refer(momigniesAgent, "November", "2024-04-01", "2025-03-31");
        outcome(momigniesAgent, "November", "2025-08-20", "UNEMPLOYMENT", "3");
        outcome(momigniesAgent, "November", "2025-08-25", "TRAINING", "3");
        hire(officer, "Mike");

        String dashboard = officer.get("/espace/tableau-de-bord/").body();
        couvin = optionId(dashboard, "CPAS de Couvin");
        momignies = optionId(dashboard, "CPAS de Momignies");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void caseIndicatorsPerCpasSideBySideWithTheRegion() {
        String page = officer().get("/espace/tableau-de-bord/?" + Y2025).body();
        HtmlChecker.assertValid("/espace/tableau-de-bord/", page);
        Map<String, List<String>> cpas = Tables.table(page, "cpas");
        // CPAS | followed | ended | employed 3 | 6 | 12 months | boomerang | proposals | hires
        assertThat(cpas.get("CPAS de Couvin")).containsExactly("5", "0", "67 % (2 / 3)", "33 % (1 / 3)", "25 % (1 / 4)",
                "25 % (1 / 4)", "0", "0");
        assertThat(cpas.get("CPAS de Momignies")).containsExactly("2", "2", "50 % (1 / 2)", "50 % (1 / 2)", "—", "—", "0", "0");
        assertThat(cpas.get("Région (tous les CPAS)")).containsExactly("7", "2", "60 % (3 / 5)", "40 % (2 / 5)", "25 % (1 / 4)",
                "25 % (1 / 4)", "0", "0");
        assertThat(cpas).as("the new partners, without cases, are listed too").containsKey("CPAS de Viroinval");

        Map<String, List<String>> situations = Tables.table(page, "situations");
        // Situation | 3 months | 6 months | 12 months
        assertThat(situations.get("Personnes concernées")).containsExactly("5", "5", "4");
        assertThat(situations.get("En emploi")).containsExactly("3 (60 %)", "2 (40 %)", "1 (25 %)");
        assertThat(situations.get("dont CDI")).containsExactly("1 (20 %)", "1 (20 %)", "1 (25 %)");
        assertThat(situations.get("dont CDD")).containsExactly("1 (20 %)", "0 (0 %)", "0 (0 %)");
        assertThat(situations.get("dont Intérim")).containsExactly("1 (20 %)", "0 (0 %)", "0 (0 %)");
        assertThat(situations.get("dont Titres-services")).containsExactly("0 (0 %)", "1 (20 %)", "0 (0 %)");
        assertThat(situations.get("Formation")).as("November's latest 3-month record").containsExactly("1 (20 %)", "0 (0 %)", "0 (0 %)");
        assertThat(situations.get("Chômage")).as("replaced by a later record").containsExactly("0 (0 %)", "0 (0 %)", "0 (0 %)");
        assertThat(situations.get("Revenu d’intégration (retour au CPAS)")).containsExactly("0 (0 %)", "0 (0 %)", "2 (50 %)");
        assertThat(situations.get("Sans nouvelles")).as("without a record, or recorded as no news")
                .containsExactly("1 (20 %)", "3 (60 %)", "1 (25 %)");
    }

    @Test
    void theBoomerangCountsDay365NotDay366AndFollowsTheActualEnd() {
        WebClient officer = officer();
        String cohort = officer.get("/espace/tableau-de-bord/liste?indicateur=boomerang-cohorte&" + Y2025 + "&cpas=" + couvin).body();
        assertThat(names(cohort)).as("Alpha's window follows its actual end, not the planned one")
                .containsExactlyInAnyOrder("Alpha", "Bravo", "Charlie", "Delta");
        String boomerangs = officer.get("/espace/tableau-de-bord/liste?indicateur=boomerang&" + Y2025).body();
        assertThat(names(boomerangs)).as("Bravo on day 365; Charlie on day 366 is not one").containsExactly("Bravo");
        assertThat(boomerangs).contains("1 enregistrement.");
    }

    @Test
    void eachFigureLinksToTheRecordsBehindIt() {
        WebClient officer = officer();
        String page = officer.get("/espace/tableau-de-bord/?" + Y2025).body();
        String link = Tables.href(page, "situations", "Revenu d’intégration (retour au CPAS)", 3);
        assertThat(link).contains("indicateur=m12-INTEGRATION_INCOME").contains(Y2025);
        String list = officer.get(link).body();
        HtmlChecker.assertValid("/espace/tableau-de-bord/liste", list);
        HtmlChecker.assertValid("/espace/tableau-de-bord/rapport", officer.get("/espace/tableau-de-bord/rapport?" + Y2025).body());
        assertThat(list).contains("À 12 mois : Revenu d’intégration (retour au CPAS)").contains("2 enregistrements.");
        assertThat(names(list)).containsExactlyInAnyOrder("Bravo", "Charlie");
        assertThat(names(officer.get(Tables.href(page, "situations", "Sans nouvelles", 2)).body()))
                .containsExactlyInAnyOrder("Bravo", "Charlie", "November");
        assertThat(names(officer.get(Tables.href(page, "cpas", "CPAS de Couvin", 1)).body()))
                .containsExactlyInAnyOrder("Alpha", "Bravo", "Charlie", "Delta", "Echo");
        assertThat(names(officer.get(Tables.href(page, "cpas", "CPAS de Momignies", 2)).body())).containsExactlyInAnyOrder("Mike", "November");
        String stage = officer.get(Tables.href(officer.get("/espace/tableau-de-bord/").body(), "demandes", "Partenaire actif", 1)).body();
        assertThat(stage).contains("4 enregistrements.").contains("CPAS de Viroinval").contains("CPAS de Walcourt")
                .doesNotContain("CPAS de Florennes");
        assertThat(officer.get("/espace/tableau-de-bord/liste?indicateur=m7-emploi").statusCode()).isEqualTo(404);
        assertThat(officer.get("/espace/tableau-de-bord/liste?indicateur=m6-NOPE").statusCode()).isEqualTo(404);
    }

    @Test
    void thePeriodAndTheCpasFilterEveryFigure() {
        WebClient officer = officer();
        Map<String, List<String>> year2026 = Tables.table(officer.get("/espace/tableau-de-bord/?du=2026-01-01&au=2026-12-31").body(), "cpas");
        assertThat(year2026.get("CPAS de Couvin")).as("Foxtrot starts in 2026; Echo's contract ended in February")
                .containsExactly("6", "1", "0 % (0 / 1)", "0 % (0 / 1)", "—", "—", "0", "0");
        assertThat(year2026.get("CPAS de Momignies")).as("12-month follow-ups without news; a proposal and a hire")
                .containsExactly("2", "0", "—", "—", "0 % (0 / 2)", "0 % (0 / 2)", "1", "1");

        String filtered = officer.get("/espace/tableau-de-bord/?" + Y2025 + "&cpas=" + momignies).body();
        Map<String, List<String>> one = Tables.table(filtered, "cpas");
        assertThat(one.keySet()).containsExactly("CPAS de Momignies");
        assertThat(Tables.table(filtered, "situations").get("Personnes concernées")).containsExactly("2", "2", "0");
        assertThat(Tables.table(filtered, "rendez-vous")).isNotEmpty();
        assertThat(officer.get("/espace/tableau-de-bord/?cpas=999999").statusCode()).isEqualTo(404);

        String november = "du=" + TODAY.minusDays(28).withDayOfMonth(1) + "&au=" + TODAY.minusDays(28).withDayOfMonth(1).plusMonths(1).minusDays(1);
        String month = TODAY.minusDays(28).format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.FRENCH));
        // Month | held | cancelled | no-show
        assertThat(Tables.table(officer.get("/espace/tableau-de-bord/?" + november).body(), "rendez-vous").get(month))
                .containsExactly("2", "1", "1");
        assertThat(Tables.table(officer.get("/espace/tableau-de-bord/?" + november + "&cpas=" + momignies).body(), "rendez-vous").get(month))
                .containsExactly("1", "0", "0");
    }

    @Test
    void theFunnelAndTheSessionsOfThePeriod() {
        String page = officer().get("/espace/tableau-de-bord/").body();
        Map<String, List<String>> funnel = Tables.table(page, "demandes");
        assertThat(funnel.get("Nouvelle")).containsExactly("1");
        assertThat(funnel.get("Partenaire actif")).containsExactly("4");
        assertThat(funnel.get("Sans suite")).containsExactly("0");
        assertThat(funnel.get("Total des demandes")).containsExactly("5");
        assertThat(funnel.get("Devenues partenaires actifs")).containsExactly("80 % (4 / 5)");
        assertThat(funnel.get("Durée médiane jusqu’au partenariat")).as("28, 28, 0 and 0 days").containsExactly("14 jours");
        assertThat(funnel.get("Prochaines actions en retard (aujourd’hui)")).containsExactly("1");
        assertThat(Tables.table(officer().get("/espace/tableau-de-bord/?" + Y2025).body(), "demandes").get("Total des demandes"))
                .containsExactly("0");

        Map<String, List<String>> sessions = Tables.table(page, "seances");
        assertThat(sessions).hasSize(1);
        // Session | date | seats | registered | participants | waitlist | present
        assertThat(sessions.get("Séance bilan")).element(0).asString().contains(String.valueOf(TODAY.minusDays(20).getDayOfMonth()));
        assertThat(sessions.get("Séance bilan").subList(1, 6)).containsExactly("2", "2", "2", "1", "1");
    }

    @Test
    void anAgentSeesTheirCpasBesideTheRegionalAverageAndNothingElse() {
        WebClient agent = Accounts.agent(server, PortalServer.COUVIN_AGENT);
        String page = agent.get("/espace/tableau-de-bord/?" + Y2025 + "&cpas=" + momignies).body();
        Map<String, List<String>> own = Tables.table(page, "cpas");
        // Indicator | own | regional average
        assertThat(own.get("Bénéficiaires suivis")).containsExactly("5", "3,5");
        assertThat(own.get("Contrats terminés")).containsExactly("0", "1");
        assertThat(own.get("En emploi à 3 mois")).containsExactly("67 % (2 / 3)", "60 %");
        assertThat(own.get("En emploi à 6 mois")).containsExactly("33 % (1 / 3)", "40 %");
        assertThat(own.get("En emploi à 12 mois")).containsExactly("25 % (1 / 4)", "25 %");
        assertThat(own.get("Boomerang à 12 mois")).containsExactly("25 % (1 / 4)", "25 %");
        assertThat(Tables.table(page, "situations").get("Personnes concernées")).containsExactly("3", "5", "3", "5", "4", "4");
        assertThat(page).doesNotContain("Momignies").doesNotContain("Mike").doesNotContain("November")
                .doesNotContain("Demandes de collaboration").doesNotContain("Séances de présentation");

        String list = agent.get("/espace/tableau-de-bord/liste?indicateur=m3&" + Y2025 + "&cpas=" + momignies).body();
        assertThat(names(list)).as("their own cases, whatever CPAS is asked for").containsExactlyInAnyOrder("Alpha", "Bravo", "Charlie");
        assertThat(agent.get("/espace/tableau-de-bord/liste?indicateur=demandes").statusCode()).isEqualTo(403);
        assertThat(agent.get("/espace/tableau-de-bord/liste?indicateur=rdv-tenus").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> csv = agent.getBytes("/espace/tableau-de-bord/export.csv?table=cpas&" + Y2025);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Bénéficiaires suivis;;5;;3,5").doesNotContain("Momignies");
        assertThat(agent.get("/espace/tableau-de-bord/export.csv?table=demandes").statusCode()).isEqualTo(404);
    }

    @Test
    void publicResultsSuppressSmallCountsAndShowNoTotals() {
        WebClient visitor = new WebClient(server);
        assertThat(visitor.get("/").body()).contains("href=\"/resultats\"");
        String page = visitor.get("/resultats").body();
        HtmlChecker.assertValid("/resultats", page);
        Map<String, List<String>> years = Tables.table(page, "results");
        // Year | partner CPAS | people followed | employed at 6 | at 12 months | boomerang
        assertThat(years.keySet()).as("one row per year, newest first, and no total row").containsExactly("2026", "2025", "2024");
        assertThat(years.get("2026")).containsExactly("6", "8", "moins de 5", "moins de 5", "moins de 5");
        assertThat(years.get("2025")).containsExactly("2", "7", "moins de 5", "moins de 5", "moins de 5");
        assertThat(years.get("2024")).containsExactly("2", "6", "moins de 5", "moins de 5", "moins de 5");
        String table = page.substring(page.indexOf("<table"), page.indexOf("</table>"));
        assertThat(table).doesNotContainIgnoringCase("total").doesNotContain("%").doesNotContain("(2 / 5)");
    }

    @Test
    void everyTableExportsAsExcelFriendlyCsv() {
        WebClient officer = officer();
        HttpResponse<byte[]> csv = officer.getBytes("/espace/tableau-de-bord/export.csv?table=situations&" + Y2025);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv").contains("UTF-8");
        assertThat(csv.body()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        // Numbers as numbers: each share's rate, part and whole in columns of their own, decimal comma.
        assertThat(lines.get(0)).isEqualTo("Situation;À 3 mois;À 3 mois : nombre;À 3 mois : sur;À 6 mois;À 6 mois : nombre;"
                + "À 6 mois : sur;À 12 mois;À 12 mois : nombre;À 12 mois : sur");
        assertThat(lines).contains("Personnes concernées;;5;;;5;;;4;", "En emploi;60;3;5;40;2;5;25;1;4",
                "Revenu d’intégration (retour au CPAS);0;0;5;0;0;5;50;2;4");
        for (String table : List.of("cpas", "demandes", "rendez-vous", "seances")) {
            HttpResponse<byte[]> other = officer.getBytes("/espace/tableau-de-bord/export.csv?table=" + table + "&" + Y2025);
            assertThat(other.statusCode()).as(table).isEqualTo(200);
            assertThat(other.headers().firstValue("Content-Disposition").orElseThrow()).contains("rebond-" + table + "-2025-01-01-2025-12-31.csv");
        }
        assertThat(new String(officer.getBytes("/espace/tableau-de-bord/export.csv?table=cpas&" + Y2025).body(), StandardCharsets.UTF_8))
                .contains("CPAS de Couvin;5;0;66,7;2;3;33,3;1;3;25;1;4;25;1;4;0;0");
        assertThat(officer.get("/espace/tableau-de-bord/export.csv?table=nope").statusCode()).isEqualTo(404);
        assertThat(officer.get("/espace/tableau-de-bord/export.csv?table=cpas&du=2025-99-01").statusCode()).isEqualTo(400);
        assertThat(new WebClient(server).get("/espace/tableau-de-bord/export.csv?table=cpas").statusCode())
                .as("signed-in users only").isIn(302, 401, 403);
    }

    @Test
    void aWrongPeriodGetsFrenchErrorsNextToTheFieldsAndKeepsWhatWasTyped() {
        String page = officer().get("/espace/tableau-de-bord/?du=2025-02-30&au=2024-01-01").body();
        assertThat(page).contains("id=\"du-error\">Saisissez une date au format JJ/MM/AAAA, par exemple 31/01/2027.")
                .contains("value=\"2025-02-30\"").contains("value=\"2024-01-01\"").doesNotContain("id=\"table-cpas\"");
        String order = officer().get("/espace/tableau-de-bord/?du=2025-06-01&au=2025-01-01").body();
        assertThat(order).contains("id=\"au-error\">La fin de la période doit être le même jour que le début ou après.");
        assertThat(officer().get("/espace/tableau-de-bord/?du=2001-01-01&au=2025-01-01").body())
                .contains("La période ne peut pas dépasser 10 ans.");
    }

    @Test
    void chartsAndTablesInTheBrowserPassAxeAndTheReportFitsOnePage() {
        try (Browser browser = new Browser(server)) {
            browser.open("/connexion");
            browser.type("Adresse e-mail", PortalServer.OFFICER_EMAIL).type("Mot de passe", PortalServer.OFFICER_PASSWORD);
            browser.field("Mot de passe").sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.open("/espace/tableau-de-bord/?" + Y2025);
            List<WebElement> charts = browser.driver().findElements(By.cssSelector("figure.chart"));
            assertThat(charts).as("employment, boomerang, requests, meetings").hasSize(4);
            for (WebElement chart : charts) {
                WebElement caption = chart.findElement(By.tagName("figcaption"));
                assertThat(chart.getDomAttribute("aria-labelledby")).isEqualTo(caption.getDomAttribute("id"));
                assertThat(chart.findElement(By.cssSelector(".hbars")).getDomAttribute("aria-hidden"))
                        .as("the bars are for the eye; the table is read").isEqualTo("true");
                assertThat(chart.findElements(By.cssSelector("table tbody tr"))).as("the chart's data table").isNotEmpty();
            }
            WebElement employment = charts.get(0);
            assertThat(employment.findElement(By.tagName("table")).getText()).contains("À 3 mois 60 % · 3 sur 5")
                    .contains("À 12 mois 25 % · 1 sur 4").doesNotContain("Boomerang");
            assertThat(employment.findElements(By.cssSelector("svg rect"))).as("one bar per value").hasSize(3);
            assertThat(employment.findElements(By.cssSelector(".hbar-value"))).extracting(WebElement::getText)
                    .as("each bar with its sample").contains("60 % · 3 sur 5");
            WebElement boomerang = charts.get(1);
            assertThat(boomerang.getDomAttribute("class")).as("a bad outcome, in its own colour").contains("chart-bad");
            assertThat(boomerang.findElement(By.tagName("table")).getText()).contains("Boomerang à 12 mois 25 % · 1 sur 4");
            // The period form works with the keyboard and keeps the period in the address.
            browser.field("Du");
            new org.openqa.selenium.support.ui.Select(browser.field("CPAS")).selectByVisibleText("CPAS de Momignies");
            browser.press("Afficher");
            assertThat(browser.driver().getCurrentUrl()).contains("cpas=" + momignies).contains("du=2025-01-01");
            assertThat(browser.text()).contains("CPAS de Momignies · du 1er janvier 2025 au 31 décembre 2025");
            browser.open("/espace/tableau-de-bord/liste?indicateur=m12-INTEGRATION_INCOME&" + Y2025);
            browser.open("/espace/tableau-de-bord/rapport?" + Y2025);
            var pdf = browser.driver().print(new org.openqa.selenium.print.PrintOptions());
            byte[] bytes = java.util.Base64.getDecoder().decode(pdf.getContent());
            String raw = new String(bytes, StandardCharsets.ISO_8859_1);
            Matcher count = Pattern.compile("/Type\\s*/Pages[^>]*?/Count\\s+(\\d+)").matcher(raw);
            assertThat(count.find()).as("a PDF page tree").isTrue();
            assertThat(Integer.parseInt(count.group(1))).as("the printable report fits on one page").isEqualTo(1);
            browser.open("/resultats");
        }
        try (Browser browser = new Browser(server)) {
            browser.open("/connexion");
            browser.type("Adresse e-mail", PortalServer.COUVIN_AGENT).type("Mot de passe", PortalServer.DEMO_PASSWORD);
            browser.field("Mot de passe").sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.open("/espace/tableau-de-bord/?" + Y2025);
            assertThat(browser.driver().findElements(By.cssSelector("figure.chart svg rect"))).as("own and regional bars")
                    .hasSize(8);
        }
    }

    // ---- data set ----

    private static WebClient officer() {
        return Accounts.officer(server);
    }

    private static String book(WebClient agent) {
        String page = agent.get("/espace/rendez-vous/").body();
        String slot = Meetings.firstSlot(page);
        assertThat(agent.post("/espace/rendez-vous/", Meetings.bookingFields(page, slot)).statusCode()).isEqualTo(302);
        return slot;
    }

    private static long createSession(WebClient officer, LocalDate day) {
        Map<String, String> session = new LinkedHashMap<>();
        session.put("title", "Séance bilan");
        session.put("date", day.toString());
        session.put("time", "10:00");
        session.put("minutes", "90");
        session.put("place", "Bureau de la Miresem");
        session.put("capacity", "2");
        session.put("description", "Le projet et la convention.");
        assertThat(officer.submit("/espace/seances/", "session", "create", session).statusCode()).isEqualTo(302);
        String list = officer.get("/espace/seances/").body();
        Matcher id = Pattern.compile("seance\\?id=(\\d+)").matcher(list);
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static void register(long session, String cpas) {
        WebClient visitor = new WebClient(server);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cpasName", cpas);
        fields.put("contactName", "Contact " + cpas);
        fields.put("email", "contact@" + cpas.replace(" ", "").toLowerCase() + ".test");
        fields.put("participants", "1");
        assertThat(visitor.submit("/seances/inscription?id=" + session, "registration", "register", fields).statusCode())
                .isEqualTo(302);
    }

    private static void pressRowButton(WebClient client, String path, String page, String label) {
        assertThat(client.post(path, Forms.rowForm(page, label)).statusCode()).as(label).isEqualTo(302);
    }

    private static void refer(WebClient agent, String name, String start, String plannedEnd) {
        Map<String, String> fields = Cases.referral(name, "Test", "Couvin");
        fields.put("contractStart", start);
        fields.put("contractPlannedEnd", plannedEnd);
        fields.put("consentOn", TODAY.toString());
        HttpResponse<String> response = agent.submit("/espace/dossiers/orienter", "referral", "refer", fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        CASES.put(name, Long.parseLong(response.headers().firstValue("Location").orElseThrow().replaceAll(".*id=(\\d+).*", "$1")));
    }

    private static void actualEnd(WebClient agent, String name, String end) {
        assertThat(agent.submit("/espace/dossiers/dossier?id=" + CASES.get(name), "end", "save-end", Map.of("actualEnd", end))
                .statusCode()).isEqualTo(302);
    }

    private static void outcome(WebClient agent, String name, String on, String situation, String milestone) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("outcomeDate", on);
        fields.put("situation", situation);
        fields.put("milestone", milestone);
        fields.put("outcomeEmployer", "");
        fields.put("outcomeHours", "");
        HttpResponse<String> response = agent.submit("/espace/dossiers/dossier?id=" + CASES.get(name), "outcome", "add-outcome", fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    }

    /** The officer proposes a case to a new need and records the hire. */
    private static void hire(WebClient officer, String name) {
        String employer = Employers.create(officer, "Menuiserie du test", "Paul Test", "paul@menuiserie.test");
        String need = Employers.addNeed(officer, employer, "Menuisier d’atelier", "Menuiserie");
        Employers.propose(officer, need, name + " Test");
        assertThat(Employers.moveProposal(officer, need, "Test " + name, "Embauche", "").statusCode()).isEqualTo(302);
    }

    // ---- reading pages ----

    private static long optionId(String page, String name) {
        Matcher matcher = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(name) + "</option>").matcher(page);
        assertThat(matcher.find()).as("option " + name).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** The last names of the cases listed on a records page. */
    private static List<String> names(String page) {
        List<String> names = new ArrayList<>();
        Matcher matcher = Pattern.compile("dossier\\?id=\\d+\">(\\w+) Test</a>").matcher(page);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
