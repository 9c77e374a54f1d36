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
 * Every round races for another slot (the last free one). Before the rounds, a warm-up (BENCH_WARMUP races,
 * default 30, not measured) has all the sessions post for one slot already booked, so that the JIT has compiled
 * the request path as in a portal in service; the first half of the rounds is still counted as warming up, and
 * summary gives, for the second half, the p99 of all its requests together and the worst p99 of a single round
 * (with 50 requests, a round's p99 is its slowest request).
 *
 * HTTP/1.1, as browsers speak to a plain-HTTP server and as a load balancer speaks to the nodes (Java's client
 * would otherwise upgrade to cleartext HTTP/2, which no browser uses); the other benchmark clients do the same.
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
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
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
        int warmup = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP", "30"));
        if (warmup > 0) {
            String page = get(clients.get(0).http(), base + "/espace/rendez-vous/");
            String taken = lastFreeSlot(page);
            if (post(clients.get(0).http(), base + "/espace/rendez-vous/", bookingForm(taken, page)).statusCode() != 302) {
                throw new IllegalStateException("warm-up booking failed");
            }
            long start = System.nanoTime();
            for (int i = 0; i < warmup; i++) {
                List<Client> ready = new ArrayList<>();
                for (Client client : clients) {
                    ready.add(new Client(client.http(), get(client.http(), base + "/espace/rendez-vous/")));
                }
                List<Result> results = fire(base, ready, taken);
                if (results.stream().anyMatch(r -> !r.refused())) {
                    throw new IllegalStateException("warm-up: a request for a booked slot was not refused");
                }
            }
            System.out.printf("warm-up: %d races of %d refused requests for slot %s, %d s (not measured)%n", warmup, n,
                    taken, (System.nanoTime() - start) / 1_000_000_000);
        }
        boolean allGood = true;
        long worstWarmP99 = 0;
        List<Long> warm = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            List<Client> ready = new ArrayList<>();
            for (Client client : clients) {
                ready.add(new Client(client.http(), get(client.http(), base + "/espace/rendez-vous/")));
            }
            System.out.printf("round %d: ", round);
            allGood &= race(base, ready, n);
            if (round > rounds / 2) {
                worstWarmP99 = Math.max(worstWarmP99, lastP99);
                warm.addAll(lastMillis);
            }
        }
        warm.sort(null);
        System.out.printf("summary: every round 1 booked / %d refused / 0 errors: %s; rounds %d-%d (warm), their %d "
                + "requests together: p50 %d ms, p99 %d ms, max %d ms; worst p99 of a single warm round "
                + "(with %d requests, about its slowest one): %d ms%n", n - 1, allGood ? "yes" : "NO", rounds / 2 + 1,
                rounds, warm.size(), pct(warm, 50), pct(warm, 99), warm.get(warm.size() - 1), n, worstWarmP99);
        if (!allGood) {
            System.exit(1);
        }
    }

    private static long lastP99;
    private static long lastWall;
    private static List<Long> lastMillis;

    /** One race for the last free slot; true when exactly one booked and none failed. */
    private static boolean race(String base, List<Client> clients, int n) throws Exception {
        String slot = lastFreeSlot(clients.get(0).page());
        List<Result> results = fire(base, clients, slot);
        long wall = lastWall;

        long booked = results.stream().filter(r -> r.status() == 302).count();
        long refused = results.stream().filter(Result::refused).count();
        long errors = n - booked - refused;
        List<Long> millis = results.stream().map(r -> r.nanos() / 1_000_000).sorted().collect(Collectors.toList());
        System.out.printf("slot %s, %d concurrent requests: booked %d, refused %d, errors %d%n", slot, n, booked,
                refused, errors);
        lastP99 = pct(millis, 99);
        lastMillis = millis;
        System.out.printf("latency ms: p50 %d, p90 %d, p99 %d, max %d; all answered in %d ms%n", pct(millis, 50),
                pct(millis, 90), pct(millis, 99), millis.get(millis.size() - 1), wall / 1_000_000);
        // For comparison: the same refused requests one after another, without contention.
        List<Long> alone = new ArrayList<>();
        for (int i = 0; i < Math.min(n, 20); i++) {
            Client client = clients.get(i);
            String page = get(client.http(), base + "/espace/rendez-vous/");
            long start = System.nanoTime();
            post(client.http(), base + "/espace/rendez-vous/", bookingForm(slot, page));
            alone.add((System.nanoTime() - start) / 1_000_000);
        }
        alone.sort(null);
        System.out.printf("one refused request alone (%d in a row): p50 %d ms, max %d ms%n", alone.size(),
                pct(alone, 50), alone.get(alone.size() - 1));
        return booked == 1 && errors == 0;
    }

    /** The last free slot of a booking page, far from any other booking. */
    private static String lastFreeSlot(String page) {
        Matcher slots = SLOT.matcher(page);
        String slot = null;
        while (slots.find()) {
            slot = slots.group(1);
        }
        if (slot == null) {
            throw new IllegalStateException("no free slot");
        }
        return slot;
    }

    private static Map<String, String> bookingForm(String slot, String page) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("booking", "booking");
        form.put("slot", slot);
        form.put("subject", "FOLLOW_UP");
        form.put("place", "Bureau de la Miresem");
        form.put("message", "");
        form.put("book", "Réserver ce créneau");
        form.put("jakarta.faces.ViewState", viewState(page));
        return form;
    }

    /** Every client posts its page's form for the slot at the same instant; the results in client order. */
    private static List<Result> fire(String base, List<Client> clients, String slot) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Result>> futures = new ArrayList<>();
        for (Client client : clients) {
            Map<String, String> form = bookingForm(slot, client.page());
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
        lastWall = System.nanoTime() - started;
        pool.shutdown();
        return results;
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
