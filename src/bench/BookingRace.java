import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import java.util.stream.Collectors;

/**
 * Fires N concurrent "Réserver ce créneau" requests at one slot of a running portal with demo content, each
 * from its own signed-in session (the two demo insertion agents, alternately), and reports successes
 * (302 to the list), refusals (200 with the French "slot taken" message), errors (anything else) and latency.
 *
 * Every round races for another slot (the last free one). The first half of the rounds warms the JIT up (a
 * portal in service is warm); the summary gives the worst p99 of the second half.
 *
 * HTTP/1.1, as browsers speak to a plain-HTTP server and as a load balancer speaks to the nodes (Java's client
 * would otherwise upgrade to cleartext HTTP/2, which no browser uses); the other benchmark clients do the same.
 * Set BENCH_HTTP2=true to race over cleartext HTTP/2 instead (the runs before this option existed).
 *
 * Usage: java src/bench/BookingRace.java http://localhost:8080 [n=50] [rounds=3] [demo password]
 */
public class BookingRace {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SLOT = Pattern.compile("name=\"slot\" id=\"slot-\\d+\" value=\"([^\"]+)\"");
    private static final String TAKEN = "Ce créneau vient d'être réservé, choisissez-en un autre";

    record Client(HttpClient http, String page) {
    }

    record Result(int status, boolean refused, long nanos) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String password = args.length > 3 ? args[3] : "Rebond-demo-2026";
        String[] agents = {"agent.couvin@rebond.test", "agent.momignies@rebond.test"};

        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpClient http = HttpClient.newBuilder().version(Boolean.parseBoolean(System.getenv("BENCH_HTTP2"))
                    ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String login = get(http, base + "/connexion");
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login", "login");
            form.put("email", agents[i % 2]);
            form.put("password", password);
            form.put("submit", "x");
            form.put("jakarta.faces.ViewState", viewState(login));
            int status = post(http, base + "/connexion", form).statusCode();
            if (status != 302) {
                throw new IllegalStateException("sign-in failed: HTTP " + status);
            }
            clients.add(new Client(http, null));
        }
        boolean allGood = true;
        long worstWarmP99 = 0;
        for (int round = 1; round <= rounds; round++) {
            List<Client> ready = new ArrayList<>();
            for (Client client : clients) {
                ready.add(new Client(client.http(), get(client.http(), base + "/espace/rendez-vous/")));
            }
            System.out.printf("round %d: ", round);
            allGood &= race(base, ready, n);
            if (round > rounds / 2) {
                worstWarmP99 = Math.max(worstWarmP99, lastP99);
            }
        }
        System.out.printf("summary: every round 1 booked / %d refused / 0 errors: %s; worst p99 over rounds %d-%d "
                + "(after JIT warm-up): %d ms%n", n - 1, allGood ? "yes" : "NO", rounds / 2 + 1, rounds, worstWarmP99);
        if (!allGood) {
            System.exit(1);
        }
    }

    private static long lastP99;

    /** One race for the last free slot; true when exactly one booked and none failed. */
    private static boolean race(String base, List<Client> clients, int n) throws Exception {
        Matcher slots = SLOT.matcher(clients.get(0).page());
        String slot = null;
        while (slots.find()) {
            slot = slots.group(1); // the last free slot, far from any other booking
        }
        if (slot == null) {
            throw new IllegalStateException("no free slot");
        }

        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Result>> futures = new ArrayList<>();
        for (Client client : clients) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("booking", "booking");
            form.put("slot", slot);
            form.put("subject", "FOLLOW_UP");
            form.put("place", "Bureau de la Miresem");
            form.put("message", "");
            form.put("book", "Réserver ce créneau");
            form.put("jakarta.faces.ViewState", viewState(client.page()));
            futures.add(pool.submit(() -> {
                go.await();
                long start = System.nanoTime();
                HttpResponse<String> response = post(client.http(), base + "/espace/rendez-vous/", form);
                long took = System.nanoTime() - start;
                return new Result(response.statusCode(), response.statusCode() == 200 && response.body().contains(TAKEN), took);
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        List<Result> results = new ArrayList<>();
        for (Future<Result> future : futures) {
            results.add(future.get());
        }
        long wall = System.nanoTime() - started;
        pool.shutdown();

        long booked = results.stream().filter(r -> r.status() == 302).count();
        long refused = results.stream().filter(Result::refused).count();
        long errors = n - booked - refused;
        List<Long> millis = results.stream().map(r -> r.nanos() / 1_000_000).sorted().collect(Collectors.toList());
        System.out.printf("slot %s, %d concurrent requests: booked %d, refused %d, errors %d%n", slot, n, booked,
                refused, errors);
        lastP99 = pct(millis, 99);
        System.out.printf("latency ms: p50 %d, p90 %d, p99 %d, max %d; all answered in %d ms%n", pct(millis, 50),
                pct(millis, 90), pct(millis, 99), millis.get(millis.size() - 1), wall / 1_000_000);
        // For comparison: the same refused requests one after another, without contention.
        List<Long> alone = new ArrayList<>();
        for (int i = 0; i < Math.min(n, 20); i++) {
            Client client = clients.get(i);
            String page = get(client.http(), base + "/espace/rendez-vous/");
            Map<String, String> form = new LinkedHashMap<>();
            form.put("booking", "booking");
            form.put("slot", slot);
            form.put("subject", "FOLLOW_UP");
            form.put("place", "Bureau de la Miresem");
            form.put("message", "");
            form.put("book", "Réserver ce créneau");
            form.put("jakarta.faces.ViewState", viewState(page));
            long start = System.nanoTime();
            post(client.http(), base + "/espace/rendez-vous/", form);
            alone.add((System.nanoTime() - start) / 1_000_000);
        }
        alone.sort(null);
        System.out.printf("one refused request alone (%d in a row): p50 %d ms, max %d ms%n", alone.size(),
                pct(alone, 50), alone.get(alone.size() - 1));
        return booked == 1 && errors == 0;
    }

    private static long pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no view state");
        }
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private static HttpResponse<String> post(HttpClient http, String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
