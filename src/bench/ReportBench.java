import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the reporting pages of a running portal filled by ReportData, one request at a time after a warm-up,
 * against the home page in the same run: the home page rendered for a signed-in user (Faces, every request)
 * and as an anonymous visitor gets it (from the page cache); the officer's dashboard (this year; five years;
 * one CPAS), an agent's dashboard, and the public results page. Prints p50, p95, p99 and max, and the ratios
 * of the dashboard's p50 to the home page's.
 *
 * Usage: java src/bench/ReportBench.java http://localhost:18128 <officer e-mail> <password> <agent e-mail> [requests=100]
 */
public class ReportBench {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int n = args.length > 4 ? Integer.parseInt(args[4]) : 100;
        HttpClient officer = signedIn(base, args[1], args[2]);
        HttpClient agent = signedIn(base, args[3], args[2]);
        HttpClient visitor = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        LocalDate today = LocalDate.now();
        String fiveYears = "?du=" + today.minusYears(5).withDayOfYear(1) + "&au=" + today;
        long homeSignedIn = measure(officer, "home page, signed-in officer (rendered)", n, i -> base + "/");
        long homeCached = measure(visitor, "home page, anonymous (page cache)", n, i -> base + "/");
        long dashboard = measure(officer, "officer dashboard, this year, all CPAS", n, i -> base + "/espace/tableau-de-bord/");
        measure(officer, "officer dashboard, five years (60 months), all CPAS", n, i -> base + "/espace/tableau-de-bord/" + fiveYears);
        measure(officer, "officer dashboard, this year, one CPAS", n, i -> base + "/espace/tableau-de-bord/?cpas=" + (1 + i % 2));
        measure(agent, "agent dashboard, this year (own CPAS + region)", n, i -> base + "/espace/tableau-de-bord/");
        measure(officer, "records behind a figure (12-month no news, 5 years)", n,
                i -> base + "/espace/tableau-de-bord/liste" + fiveYears + "&indicateur=m12-NO_NEWS");
        measure(officer, "CSV of the CPAS table, five years", n,
                i -> base + "/espace/tableau-de-bord/export.csv" + fiveYears + "&table=cpas");
        measure(visitor, "public results (/resultats, page cache)", n, i -> base + "/resultats");
        java.util.concurrent.atomic.AtomicLong unique = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
        measure(visitor, "public results computed (cache bypassed: ?v=N)", n, i -> base + "/resultats?v=" + unique.incrementAndGet());
        System.out.printf("dashboard p50 / signed-in home p50: %.2f; / anonymous home p50: %.2f%n",
                (double) dashboard / Math.max(1, homeSignedIn), (double) dashboard / Math.max(1, homeCached));
    }

    private static HttpClient signedIn(String base, String email, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        String login = get(http, base + "/connexion").body();
        Matcher vs = VIEW_STATE.matcher(login);
        vs.find();
        String form = "login=login&email=" + enc(email) + "&password=" + enc(password) + "&submit=x&jakarta.faces.ViewState="
                + enc(vs.group(1).replace("&#58;", ":"));
        int status = http.send(HttpRequest.newBuilder(URI.create(base + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 302) {
            throw new IllegalStateException("sign-in failed for " + email + ": " + status);
        }
        return http;
    }

    /** Returns the p50 in microseconds. */
    private static long measure(HttpClient http, String label, int n, IntFunction<String> url) throws Exception {
        for (int i = 0; i < 20; i++) {
            check(get(http, url.apply(i)), label);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            check(get(http, url.apply(i)), label);
            micros.add((System.nanoTime() - start) / 1_000);
        }
        micros.sort(null);
        System.out.printf("%-55s p50 %7.1f ms, p95 %7.1f ms, p99 %7.1f ms, max %7.1f ms (%d requests)%n", label,
                micros.get(n / 2) / 1000.0, micros.get((int) Math.ceil(n * 0.95) - 1) / 1000.0,
                micros.get((int) Math.ceil(n * 0.99) - 1) / 1000.0, micros.get(n - 1) / 1000.0, n);
        return micros.get(n / 2);
    }

    private static void check(HttpResponse<String> response, String label) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(label + ": HTTP " + response.statusCode() + " for " + response.uri());
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
