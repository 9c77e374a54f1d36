import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on a running portal, one address after the other, each with C concurrent clients for S seconds: a static
 * file, the home page, a news page, the collaboration request form (a GET of the form and its POST count as one
 * submission), the officer's case list and dashboard (each client signed in once). Prints requests/s, p50, p99 and
 * errors per address.
 *
 * Usage: java src/bench/LoadClient.java http://localhost:18129 <officer e-mail> <password> [clients=32] [seconds=30]
 */
public class LoadClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    interface Work {
        boolean run(HttpClient http) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        String news = first(get(anonymous(), base + "/actualites").body(), "href=\"(/actualites/[a-z0-9-]+)\"");
        System.out.printf("%d clients, %d s per address%n", clients, seconds);
        run("/static/css/site.css (static file)", clients, seconds, () -> anonymous(), http -> ok(get(http, base + "/static/css/site.css")));
        run("/ (home page)", clients, seconds, () -> anonymous(), http -> ok(get(http, base + "/")));
        run(news + " (news page)", clients, seconds, () -> anonymous(), http -> ok(get(http, base + news)));
        AtomicLong n = new AtomicLong();
        run("/collaborer GET + POST (request form)", clients, seconds, () -> anonymous(), http -> {
            String form = get(http, base + "/collaborer").body();
            long i = n.incrementAndGet();
            String body = "request=request&cpasName=" + enc("CPAS de charge " + i) + "&commune=" + enc("Commune " + (i % 500))
                    + "&enterpriseNumber=&contactName=Anne+Lambert&contactFunction=&email=" + enc("charge" + i + "@example.be")
                    + "&phone=&article60PerYear=&message=&consent=on&website=&token=" + enc(first(form, TOKEN.pattern()))
                    + "&send=x&jakarta.faces.ViewState=" + enc(first(form, VIEW_STATE.pattern()).replace("&#58;", ":"));
            HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(base + "/collaborer"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return sent.statusCode() == 302 && sent.headers().firstValue("Location").orElse("").contains("/collaborer/merci");
        });
        run("/espace/dossiers/ (case list, signed in)", clients, seconds, () -> signedIn(base, args[1], args[2]),
                http -> ok(get(http, base + "/espace/dossiers/")));
        run("/espace/tableau-de-bord/ (dashboard, signed in)", clients, seconds, () -> signedIn(base, args[1], args[2]),
                http -> ok(get(http, base + "/espace/tableau-de-bord/")));
    }

    interface ClientFactory {
        HttpClient make() throws Exception;
    }

    private static void run(String label, int clients, int seconds, ClientFactory factory, Work work) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        List<HttpClient> https = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            https.add(factory.make());
        }
        // Warm-up: a few seconds at the same concurrency, not counted.
        phase(https, 5, work, new ArrayList<>(), new AtomicLong());
        long started = System.nanoTime();
        phase(https, seconds, work, latencies, errors);
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%-50s %8.0f req/s  p50 %7.1f ms  p99 %7.1f ms  errors %d of %d%n", label, sorted.size() / elapsed,
                pct(sorted, 0.50), pct(sorted, 0.99), errors.get(), sorted.size());
    }

    private static void phase(List<HttpClient> https, int seconds, Work work, List<Long> latencies, AtomicLong errors)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(https.size());
        for (HttpClient http : https) {
            Thread.ofPlatform().start(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        boolean ok;
                        try {
                            ok = work.run(http);
                        } catch (Exception e) {
                            ok = false;
                        }
                        latencies.add(System.nanoTime() - start);
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p) - 1)) / 1e6;
    }

    private static boolean ok(HttpResponse<String> response) {
        return response.statusCode() == 200;
    }

    private static HttpClient anonymous() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpClient signedIn(String base, String email, String password) throws Exception {
        HttpClient http = anonymous();
        String login = get(http, base + "/connexion").body();
        String form = "login=login&email=" + enc(email) + "&password=" + enc(password) + "&submit=x&jakarta.faces.ViewState="
                + enc(first(login, VIEW_STATE.pattern()).replace("&#58;", ":"));
        int status = http.send(HttpRequest.newBuilder(URI.create(base + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 302) {
            throw new IllegalStateException("sign-in failed: " + status);
        }
        return http;
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String first(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("not found: " + regex);
        }
        return matcher.group(1);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
