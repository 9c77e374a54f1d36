package be.miresem.rebond.shared;

import static org.assertj.core.api.Assertions.assertThat;

import be.miresem.rebond.testing.Browser;
import be.miresem.rebond.testing.DemoCasesPortal;
import be.miresem.rebond.testing.Employers;
import be.miresem.rebond.testing.Mails;
import be.miresem.rebond.testing.Meetings;
import be.miresem.rebond.testing.PortalServer;
import be.miresem.rebond.testing.Requests;
import be.miresem.rebond.testing.Sessions;
import be.miresem.rebond.testing.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every form of the portal, found by crawling it as an insertion agent, an anonymous visitor and the officer, gets
 * the hostile and odd inputs of {@code src/test/resources/hostile-inputs.tsv}:
 * <ol>
 * <li>each input in every text-like field at once (the validation path);</li>
 * <li>each "text" input in the free-text fields, the other fields plausible (the storage path);</li>
 * <li>for every button: wrong values in selects, radio groups and hidden fields;</li>
 * <li>a tampered view state;</li>
 * <li>a body over the 2 MB limit (a French 413 page).</li>
 * </ol>
 * Every answer must be: no HTTP 500 and no error page; never one of the payloads unescaped in the HTML; when the
 * form is refused with errors, the errors are French, every field keeps what was typed, and no table changed
 * (row counts from the SystemTest-only {@code /test/lignes}; log tables excepted). Query parameters of every page
 * crawled get hostile values too. Finally the browser opens every page crawled as the officer and as the agent,
 * where the stored payloads are shown, and checks that none of them ran.
 * New pages and forms are covered without changing this test, as long as a link leads to them.
 * <p>
 * On the demo portal with case files ({@link DemoCasesPortal}), after DemoCasesIT: its officer forms deactivate
 * accounts and cancel meetings, which no other test of the main shared portal would survive.
 */
@ExtendWith(DemoCasesPortal.class)
class HostileInputIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String OVERSIZED = "a".repeat(2_200_000);
    /**
     * Tables that record reads, attempts and background jobs (the reminder job fills the outbox at any time, the
     * survey job its invitations, the daily round its notifications); a refused form may add to them.
     */
    private static final Set<String> LOG_TABLES = Set.of("case_access", "audit_entry", "login_failure",
            "flyway_schema_history", "signing_key", "outbox_message", "survey_invitation", "notification");
    private static final Pattern MAIL_LINK =
            Pattern.compile("https?://[^/\\s]+(/(?:invitation|mot-de-passe|rendez-vous/gerer)\\?[^\\s\"<>]+)");
    private static final Pattern ENGLISH = Pattern.compile(
            "(?i)\\b(validation error|conversion error|must|required|invalid|value is|should|not a number|expected)\\b");
    private static final Set<String> TEXT_TYPES = Set.of("text", "search", "textarea");
    private static final Set<String> TYPED = Set.of("email", "tel", "number", "date", "time", "datetime-local",
            "url", "password", "month", "week");

    private static PortalServer server;
    private static List<Input> corpus;

    private final List<String> failures = new ArrayList<>();
    private final Set<String> formsDone = new LinkedHashSet<>();
    private int submissions;
    /** The row counts after the last refused submission, while nothing has been stored since (see countsBefore). */
    private Map<String, Long> lastCounts;
    private int stored;
    /**
     * The form as the last refused submission showed it again (its view state and hidden fields are good for the
     * next submission), saving a fresh GET per submission; its key says for whom, on which page, which form.
     */
    private String shownAgainKey;
    private Element shownAgain;

    record Input(String kind, String name, String value) {
    }

    /** A field of a form as the page rendered it. */
    record Field(String name, String type, String value, boolean checked, List<String> options, boolean honeypot) {
    }

    /** Someone using the portal: a cookie jar, and the account to sign in again with when a form signed it out. */
    static final class Visitor {
        final String label;
        final String email;
        final String password;
        WebClient client;

        Visitor(String label, String email, String password) {
            this.label = label;
            this.email = email;
            this.password = password;
            this.client = new WebClient(server);
            signIn();
        }

        void signIn() {
            if (email != null) {
                client = new WebClient(server);
                assertThat(client.signIn(email, password).statusCode()).as("sign-in of " + label).isEqualTo(302);
            }
        }

        HttpResponse<String> get(String path) {
            HttpResponse<String> response = client.get(path);
            if (email != null && redirectsToSignIn(response)) {
                signIn();
                response = client.get(path);
            }
            return response;
        }
    }

    @BeforeAll
    static void start(PortalServer demoCasesPortal) throws IOException {
        corpus = loadCorpus();
        server = demoCasesPortal;
    }

    @Test
    void everyFormRefusesOrSafelyStoresHostileInput() throws InterruptedException {
        Visitor agent = new Visitor("agent", PortalServer.COUVIN_AGENT, PortalServer.DEMO_PASSWORD);
        Visitor anonymous = new Visitor("anonyme", null, null);
        Visitor officer = new Visitor("officier", PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
        // Something of each kind to show: a presentation session, a meeting, a collaboration request, an employer
        // with a job need, and the links e-mails carry (meeting management, invitation, password reset).
        Sessions.create(officer.client, server, "Séance de présentation", 20, 10);
        Meetings.book(agent.client);
        // The agent first and the officer last: the officer's forms may deactivate accounts or cancel meetings.
        // One round per role: a second round found no page address and no form that the
        // first had not (it only revisited records of the same pages created by the first round).
        fuzzPages(agent, crawl(agent, List.of("/espace/"), 1));
        // Two more meetings, for their links by e-mail (the first one's cancel form leaves only the second's
        // reschedule form to try).
        Meetings.book(agent.client);
        Meetings.book(agent.client);
        Requests.submit(server, "CPAS de Philippeville", "Philippeville");
        seedEmployer(officer.client);
        Map<String, String> invite = new LinkedHashMap<>();
        invite.put("fullName", "Compte invité");
        invite.put("email", "invite@rebond.test");
        invite.put("role", "OFFICER");
        invite.put("cpasId", "");
        assertThat(officer.client.submit("/espace/comptes/", "invite", "send-invitation", invite).statusCode())
                .isEqualTo(302);
        assertThat(new WebClient(server).submit("/mot-de-passe-oublie", "forgotten", "send",
                Map.of("email", PortalServer.MOMIGNIES_AGENT)).statusCode()).isEqualTo(302);
        List<String> publicRoots = new ArrayList<>(List.of("/", "/seances", "/mot-de-passe-oublie",
                "/mot-de-passe?jeton=inconnu", "/invitation?jeton=inconnu", "/rendez-vous/gerer?t=inconnu"));
        publicRoots.addAll(mailLinks(3));

        fuzzPages(anonymous, crawl(anonymous, publicRoots, 1));
        List<String> officerPages = crawl(officer, List.of("/espace/"), 1);
        fuzzPages(officer, officerPages);

        // The stored payloads, shown on every page the officer sees, run nowhere. (The agent's account may have
        // been deactivated by the officer's forms by now.)
        officer.signIn();
        for (String page : officerPages) {
            checkAnswer(officer, "GET " + page + " after the run", officer.get(page), null);
        }
        try (Browser browser = new Browser(server)) {
            browserSignIn(browser, PortalServer.OFFICER_EMAIL, PortalServer.OFFICER_PASSWORD);
            for (String page : officerPages) {
                browser.driver().get(server.baseUrl() + page);
                Object ran = browser.driver().executeScript("return window.rebondXss === undefined ? null : 'ran';");
                if (ran != null) {
                    failures.add("a stored payload ran in the browser on " + page);
                }
            }
        }

        writeReport("forms.txt", new ArrayList<>(formsDone));
        writeReport("failures.txt", failures);
        assertThat(formsDone).as("forms found by the crawl")
                .hasSizeGreaterThan(40)
                .contains("/collaborer#request", "/connexion#login", "/espace/dossiers/orienter#referral",
                        "/seances/inscription#registration", "/espace/rendez-vous/#booking",
                        "/espace/employeurs/besoin#candidates", "/espace/employeurs/employeur#need",
                        "/invitation#invitation", "/mot-de-passe#reset", "/rendez-vous/gerer#move");
        assertThat(stored).as("submissions of hostile text that the portal stored").isGreaterThan(50);
        assertThat(failures).as(submissions + " submissions to " + formsDone.size() + " forms").isEmpty();
    }

    /** The portal's links in every e-mail sent so far, waiting up to 30 s for the given number of meeting links. */
    private static Set<String> mailLinks(int meetingLinks) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        Set<String> links = new LinkedHashSet<>();
        while (System.currentTimeMillis() < deadline) {
            links.clear();
            for (String address : List.of(PortalServer.COUVIN_AGENT, PortalServer.MOMIGNIES_AGENT, "invite@rebond.test")) {
                for (Mails.Mail mail : Mails.to(server, address, "")) {
                    Matcher link = MAIL_LINK.matcher(mail.text());
                    while (link.find()) {
                        links.add(link.group(1));
                    }
                }
            }
            if (links.stream().filter(l -> l.startsWith("/rendez-vous/gerer?t=")).count() >= meetingLinks
                    && links.stream().anyMatch(l -> l.startsWith("/invitation?jeton="))
                    && links.stream().anyMatch(l -> l.startsWith("/mot-de-passe?jeton="))) {
                return links;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The e-mails with the portal's links did not all arrive: " + links);
    }

    private static void seedEmployer(WebClient officer) {
        String employer = Employers.create(officer, "Menuiserie Dubois", "Paul Dubois", "paul@menuiserie-dubois.test");
        Employers.addNeed(officer, employer, "Menuisier d’atelier", "Menuiserie, lecture de plans");
    }

    // ---- crawling ----

    private List<String> crawl(Visitor visitor, List<String> roots, int round) {
        Deque<String> queue = new ArrayDeque<>(roots);
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> perPath = new HashMap<>();
        List<String> pages = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        while (!queue.isEmpty() && pages.size() < 250) {
            String page = queue.poll();
            if (visitor.email == null && page.startsWith("/espace/")) {
                continue;
            }
            String path = page.replaceFirst("\\?.*", "");
            String shape = path + "?" + parameterNames(page);
            if (!seen.add(page) || (perPath.merge(shape, 1, Integer::sum) > 2 && !roots.contains(page))) {
                continue;
            }
            HttpResponse<String> response = visitor.get(page);
            checkAnswer(visitor, "GET " + page, response, null);
            if (response.statusCode() != 200 || !isHtml(response)) {
                skipped.add(page + " " + response.statusCode() + " " + response.headers().firstValue("Location").orElse(""));
                continue;
            }
            pages.add(page);
            Document document = Jsoup.parse(response.body(), server.baseUrl() + page);
            for (Element link : document.select("a[href]")) {
                String target = portalPath(link.absUrl("href"));
                if (target != null && !seen.contains(target)) {
                    queue.add(target);
                }
            }
        }
        writeReport("crawl-" + visitor.label + "-" + round + ".txt", pages);
        writeReport("crawl-" + visitor.label + "-" + round + "-skipped.txt", skipped);
        return pages;
    }

    /** Leaves what the test did in target/it for whoever reads a failure. */
    private static void writeReport(String name, List<String> lines) {
        try {
            Files.write(server.folder().resolve(name), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String parameterNames(String page) {
        int question = page.indexOf('?');
        if (question < 0) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (String pair : page.substring(question + 1).split("&")) {
            names.add(pair.replaceFirst("=.*", ""));
        }
        names.sort(null);
        return String.join("&", names);
    }

    /** The path and query of a link inside the portal worth visiting, or null. */
    private static String portalPath(String url) {
        if (url.isEmpty() || !url.startsWith(server.baseUrl())) {
            return null;
        }
        URI uri = URI.create(url);
        String path = uri.getRawPath();
        if (path == null || path.startsWith("/jakarta.faces.resource") || path.startsWith("/resources/")
                || path.startsWith("/test/") || path.contains("deconnexion")
                || path.matches(".*\\.(css|js|png|svg|ico|xml|txt|csv|ics|json|pdf)$")
                || path.contains("/export") || path.contains("/flux") || path.contains("/telecharger")) {
            return null;
        }
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    // ---- fuzzing ----

    private void fuzzPages(Visitor visitor, List<String> pages) {
        lastCounts = null; // the test changed data since (meetings, a request, an employer...)
        for (String page : pages) {
            fuzzQuery(visitor, page);
            HttpResponse<String> response = visitor.get(page);
            if (response.statusCode() != 200 || !isHtml(response)) {
                continue;
            }
            Document document = Jsoup.parse(response.body(), server.baseUrl() + page);
            int index = 0;
            for (Element form : document.select("form")) {
                String key = page.replaceFirst("\\?.*", "") + "#" + (form.id().isEmpty() ? "form" + index : form.id());
                index++;
                if (form.id().startsWith("signout") || !formsDone.add(key)) {
                    continue;
                }
                fuzzForm(visitor, page, form.id(), key);
            }
        }
    }

    private void fuzzQuery(Visitor visitor, String page) {
        int question = page.indexOf('?');
        if (question < 0) {
            return;
        }
        String path = page.substring(0, question);
        for (String name : parameterNames(page).split("&")) {
            for (String value : List.of("-1", "99999999999999999999", "abc", "<script>window.rebondXss=1</script>",
                    "' OR '1'='1", "")) {
                String tampered = path + "?" + name + "=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
                checkAnswer(visitor, "GET " + tampered, visitor.get(tampered), null);
            }
        }
    }

    private void fuzzForm(Visitor visitor, String page, String formId, String key) {
        Element form = freshForm(visitor, page, formId);
        if (form == null) {
            // Gone since the page was read (an earlier form of the page cancelled its record): try it on another
            // page of the same kind, if the crawl found one.
            formsDone.remove(key);
            return;
        }
        List<Field> fields = fields(form);
        List<String> buttons = buttons(form);
        boolean get = "get".equalsIgnoreCase(form.attr("method"));
        boolean hasText = fields.stream().anyMatch(f -> !f.honeypot && (TEXT_TYPES.contains(f.type) || TYPED.contains(f.type)));
        String primary = buttons.isEmpty() ? null : buttons.get(0);
        // With no typed field (e-mail, number, date...), "text fields" would send exactly what "all fields" sent.
        boolean typedFields = fields.stream().anyMatch(f -> !f.honeypot && TYPED.contains(f.type));
        if (hasText) {
            for (Input input : corpus) {
                submit(visitor, page, formId, key + " [all fields: " + input.name + "]", primary,
                        field -> TEXT_TYPES.contains(field.type) || TYPED.contains(field.type) ? input.value : null,
                        get, true);
                if (input.kind.equals("text") && typedFields) {
                    submit(visitor, page, formId, key + " [text fields: " + input.name + "]", primary,
                            field -> TEXT_TYPES.contains(field.type) ? input.value : null, get, true);
                }
            }
        }
        for (String button : buttons.subList(0, Math.min(buttons.size(), 6))) {
            for (String wrong : List.of("PIRATE", "-1", "99999999999")) {
                submit(visitor, page, formId, key + " [wrong choices " + wrong + ", " + button + "]", button,
                        field -> field.type.equals("select") || field.type.equals("radio")
                                || (field.type.equals("hidden") && !field.name.startsWith("jakarta.faces")
                                        && !field.name.equals(formId)) ? wrong : null, get, false);
            }
        }
        if (!get && primary != null) {
            tamperedViewState(visitor, page, formId, key, primary);
        }
        if (!get) {
            oversized(visitor, page, formId, key);
        }
    }

    /** A body over the 2 MB the container parses: a French 413 page, not a server error. */
    private void oversized(Visitor visitor, String page, String formId, String key) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put(formId, formId);
        body.put("jakarta.faces.ViewState", "stale");
        body.put("filler", OVERSIZED);
        HttpResponse<String> response = visitor.client.post(page, body);
        if (response.statusCode() != 413 || !response.body().contains("Votre envoi est trop volumineux")) {
            failures.add(key + " [body over 2 MB]: HTTP " + response.statusCode());
        }
    }

    interface Chooser {
        /** The value to send for this field, or null for a plausible one. */
        String choose(Field field);
    }

    /**
     * Sends the form once. With {@code reuse}, the form as the previous refused submission showed it again stands
     * in for a fresh GET: the chooser gives every text-like field, and the other fields show what was sent before,
     * which was plausible.
     */
    private void submit(Visitor visitor, String page, String formId, String label, String button, Chooser chooser,
            boolean get, boolean reuse) {
        String formKey = visitor.label + " " + page + "#" + formId;
        Element form;
        if (reuse && !get && formKey.equals(shownAgainKey)) {
            form = shownAgain;
        } else {
            if (visitor.email == null) {
                // An accepted invitation or password reset signs the visitor in: stay anonymous.
                visitor.client = new WebClient(server);
            }
            form = freshForm(visitor, page, formId);
        }
        shownAgainKey = null;
        if (form == null) {
            return;
        }
        List<Map.Entry<String, String>> body = new ArrayList<>();
        Map<String, String> typed = new LinkedHashMap<>();
        for (Field field : fields(form)) {
            String chosen = chooser.choose(field);
            String value = chosen != null ? chosen : plausible(field);
            if (value == null) {
                continue;
            }
            body.add(Map.entry(field.name, value));
            if (chosen != null && (TEXT_TYPES.contains(field.type) || TYPED.contains(field.type))
                    && !field.type.equals("password")) {
                typed.put(field.name, chosen);
            }
        }
        if (button != null) {
            body.add(Map.entry(button, "x"));
        }
        String action = form.absUrl("action").isEmpty() ? server.baseUrl() + page : form.absUrl("action");
        String target = action.substring(server.baseUrl().length());
        Map<String, Long> before = get ? null : countsBefore();
        HttpResponse<String> response = get
                ? visitor.get(target.replaceFirst("\\?.*", "") + "?" + encode(body))
                : visitor.client.postPairs(target, body);
        submissions++;
        checkAnswer(visitor, label, response, typed);
        if (!get && refused(response)) {
            Map<String, Long> after = countsAfterRefusal();
            if (!before.equals(after)) {
                failures.add(label + ": refused, but the database changed: " + difference(before, after));
            }
            if (response.statusCode() == 200) {
                Document again = Jsoup.parse(response.body(), server.baseUrl() + page);
                Element shown = formId.isEmpty() ? again.selectFirst("form") : again.getElementById(formId);
                if (shown != null && shown.tagName().equals("form")) {
                    shownAgainKey = formKey;
                    shownAgain = shown;
                }
            }
        } else if (!get) {
            lastCounts = null;
            if (!typed.isEmpty() && response.statusCode() / 100 == 3) {
                stored++;
            }
        }
    }

    private void tamperedViewState(Visitor visitor, String page, String formId, String key, String button) {
        Element form = freshForm(visitor, page, formId);
        if (form == null) {
            return;
        }
        List<Map.Entry<String, String>> body = new ArrayList<>();
        for (Field field : fields(form)) {
            String value = field.name.equals("jakarta.faces.ViewState") ? "-4242424242424242:1234567890123456"
                    : plausible(field);
            if (value != null) {
                body.add(Map.entry(field.name, value));
            }
        }
        body.add(Map.entry(button, "x"));
        String action = form.absUrl("action").isEmpty() ? server.baseUrl() + page : form.absUrl("action");
        Map<String, Long> before = countsBefore();
        HttpResponse<String> response = visitor.client.postPairs(action.substring(server.baseUrl().length()), body);
        submissions++;
        checkAnswer(visitor, key + " [tampered view state]", response, null);
        Map<String, Long> after = countsAfterRefusal();
        if (!before.equals(after)) {
            failures.add(key + " [tampered view state]: the database changed: " + difference(before, after));
        }
    }

    private Element freshForm(Visitor visitor, String page, String formId) {
        HttpResponse<String> response = visitor.get(page);
        if (response.statusCode() != 200 || !isHtml(response)) {
            return null;
        }
        Document document = Jsoup.parse(response.body(), server.baseUrl() + page);
        Element form = formId.isEmpty() ? document.selectFirst("form") : document.getElementById(formId);
        return form != null && form.tagName().equals("form") ? form : null;
    }

    private static List<Field> fields(Element form) {
        List<Field> fields = new ArrayList<>();
        for (Element element : form.select("input[name], textarea[name], select[name]")) {
            String type = switch (element.tagName()) {
                case "textarea" -> "textarea";
                case "select" -> "select";
                default -> element.attr("type").isEmpty() ? "text" : element.attr("type").toLowerCase();
            };
            if (type.equals("submit") || type.equals("button") || type.equals("image") || type.equals("file")) {
                continue;
            }
            List<String> options = new ArrayList<>();
            String value = element.tagName().equals("textarea") ? element.text() : element.attr("value");
            if (type.equals("select")) {
                for (Element option : element.select("option")) {
                    options.add(option.attr("value"));
                    if (option.hasAttr("selected")) {
                        value = option.attr("value");
                    }
                }
                if (value.isEmpty()) {
                    value = options.stream().filter(o -> !o.isEmpty()).findFirst().orElse("");
                }
            }
            boolean honeypot = element.closest(".honeypot") != null;
            fields.add(new Field(element.attr("name"), type, value, element.hasAttr("checked"), options, honeypot));
        }
        return fields;
    }

    private static List<String> buttons(Element form) {
        List<String> buttons = new ArrayList<>();
        for (Element button : form.select("input[type=submit][name], button[name]")) {
            if (!button.attr("type").equals("button") && !button.hasAttr("disabled")) {
                buttons.add(button.attr("name"));
            }
        }
        return buttons;
    }

    /** What a careful person would send for this field, or null to leave it out. */
    private String plausible(Field field) {
        if (field.honeypot) {
            return "";
        }
        LocalDate inTenDays = LocalDate.now(BRUSSELS).plusDays(10);
        return switch (field.type) {
            case "checkbox" -> field.value.isEmpty() ? "on" : field.value;
            case "radio" -> field.checked ? field.value : null;
            case "email" -> "hostile" + submissions + "@exemple.be";
            case "tel" -> "071 12 34 56";
            case "number" -> "2";
            case "date" -> inTenDays.toString();
            case "time" -> "10:00";
            case "datetime-local" -> inTenDays + "T10:00";
            case "url" -> "https://exemple.be/";
            case "password" -> "Pirate-mot-de-passe-2026";
            case "text", "search", "textarea" -> field.value.isEmpty() ? "Texte plausible" : field.value;
            default -> field.value;
        };
    }

    // ---- checks ----

    private void checkAnswer(Visitor visitor, String label, HttpResponse<String> response,
            Map<String, String> typed) {
        String body = response.body();
        if (response.statusCode() >= 500 || body.contains("error-reference")) {
            failures.add(label + " as " + visitor.label + ": HTTP " + response.statusCode());
            return;
        }
        if (isHtml(response)) {
            String live = livePayload(Jsoup.parse(body));
            if (live != null) {
                failures.add(label + " as " + visitor.label + ": a payload became markup: " + abbreviate(live));
            }
        }
        if (typed == null || !refused(response)) {
            return;
        }
        Document document = Jsoup.parse(body);
        String errors = document.select(".field-error, .message-error").text();
        Matcher english = ENGLISH.matcher(errors);
        if (english.find()) {
            failures.add(label + ": an error message is not French: " + abbreviate(errors));
        }
        for (Map.Entry<String, String> sent : typed.entrySet()) {
            String name = sent.getKey().replace("\"", "");
            Element field = document.selectFirst("input[name=\"" + name + "\"], textarea[name=\"" + name + "\"]");
            if (field == null || field.closest(".honeypot") != null) {
                continue;
            }
            String shown = field.tagName().equals("textarea") ? field.wholeText() : field.attr("value");
            if (!kept(sent.getValue()).equals(kept(shown))) {
                failures.add(label + ": field " + sent.getKey() + " did not keep the input: sent "
                        + abbreviate(sent.getValue()) + ", shown " + abbreviate(shown));
            }
        }
    }

    /**
     * The first piece of markup that one of the payloads became, or null: an element with an event-handler
     * attribute, a script with the payload's code, a javascript: address. Text that merely reads like markup (the
     * escaped payload) is not markup and does not count.
     */
    static String livePayload(Document document) {
        for (Element element : document.getAllElements()) {
            for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
                String value = attribute.getValue().toLowerCase(java.util.Locale.ROOT).strip();
                if (name.startsWith("on") && value.contains("rebondxss")) {
                    return element.outerHtml();
                }
                if ((name.equals("href") || name.equals("src") || name.equals("action") || name.equals("formaction"))
                        && value.startsWith("javascript:")) {
                    return element.outerHtml();
                }
            }
            if (element.tagName().equals("script") && element.data().contains("rebondXss")) {
                return element.outerHtml();
            }
        }
        return null;
    }

    /**
     * What a refused form can be expected to show again of an input: line ends as the HTML parser normalises
     * them; no control characters other than tab and line feed (they cannot be written in an HTML page, and the
     * Faces response writer leaves them out); nothing for an input of spaces only (a number field converts it to
     * "no value"); digits of any script as ASCII digits (a number field reads "١٢٣" as 123 and shows 123).
     */
    private static String kept(String value) {
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
        if (normalised.startsWith("\n")) {
            normalised = normalised.substring(1);
        }
        if (normalised.isBlank()) {
            return "";
        }
        StringBuilder digits = new StringBuilder();
        normalised.codePoints().forEach(c -> digits.appendCodePoint(
                Character.isDigit(c) ? '0' + Character.digit(c, 10) : c));
        return digits.toString();
    }

    private static boolean refused(HttpResponse<String> response) {
        if (response.statusCode() != 200 || !isHtml(response)) {
            return response.statusCode() == 400;
        }
        Document document = Jsoup.parse(response.body());
        return !document.select(".field-error:not(:empty), .message-error, [aria-invalid=true]").isEmpty();
    }

    private static boolean redirectsToSignIn(HttpResponse<String> response) {
        return response.statusCode() / 100 == 3
                && response.headers().firstValue("Location").orElse("").contains("/connexion");
    }

    private static boolean isHtml(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    }

    /**
     * The row counts before a submission: those counted after the previous one when it was refused (nothing a
     * refused form or a GET does changes a table outside {@link #LOG_TABLES}; should a background job change one
     * meanwhile, the difference shows as a failure, never as a miss), otherwise counted now.
     */
    private Map<String, Long> countsBefore() {
        return lastCounts != null ? lastCounts : rowCounts();
    }

    /** The row counts after a refused submission, kept as the next submission's "before". */
    private Map<String, Long> countsAfterRefusal() {
        lastCounts = rowCounts();
        return lastCounts;
    }

    private Map<String, Long> rowCounts() {
        HttpResponse<String> response = new WebClient(server).get("/test/lignes");
        assertThat(response.statusCode()).as("row counts").isEqualTo(200);
        Map<String, Long> counts = new TreeMap<>();
        for (String line : response.body().split("\n")) {
            String[] parts = line.split("=");
            if (parts.length == 2 && !LOG_TABLES.contains(parts[0])) {
                counts.put(parts[0], Long.parseLong(parts[1]));
            }
        }
        return counts;
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                changed.add(table + " " + before.get(table) + " -> " + count);
            }
        });
        return String.join(", ", changed);
    }

    private static void browserSignIn(Browser browser, String email, String password) {
        browser.driver().get(server.baseUrl() + "/connexion");
        browser.field("Adresse e-mail").sendKeys(email);
        browser.field("Mot de passe").sendKeys(password);
        browser.driver().findElement(org.openqa.selenium.By.id("submit")).click();
    }

    private static String encode(List<Map.Entry<String, String>> pairs) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> pair : pairs) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(java.net.URLEncoder.encode(pair.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(pair.getValue(), StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static String abbreviate(String text) {
        String visible = text.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 80 ? visible.substring(0, 80) + "…(" + visible.length() + ")" : visible;
    }

    // ---- the corpus ----

    static List<Input> loadCorpus() throws IOException {
        List<Input> inputs = new ArrayList<>();
        Path file = Path.of("src/test/resources/hostile-inputs.tsv");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            inputs.add(new Input(parts[0], parts[1], unescape(parts.length > 2 ? parts[2] : "")));
        }
        if (inputs.size() < 30) {
            throw new UncheckedIOException(new IOException("The hostile-input corpus looks truncated: " + file));
        }
        return inputs;
    }

    private static String unescape(String raw) {
        Matcher repeat = Pattern.compile("\\{repeat:(.*):(\\d+)}").matcher(raw);
        if (repeat.matches()) {
            return repeat.group(1).repeat(Integer.parseInt(repeat.group(2)));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 == raw.length()) {
                out.append(c);
                continue;
            }
            char next = raw.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'n' -> out.append('\n');
                case 'u' -> {
                    out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
