import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Times the case pages of a running portal filled by CaseData: the officer's case list (first page, and a
 * name search), case pages (with the open needs that fit, scored), and job-need pages (with the beneficiaries
 * that fit, scored), one request at a time after a warm-up. Prints p50, p95 and max for each.
 *
 * Usage: java src/bench/CaseBench.java http://localhost:18127 <officer e-mail> <password> [requests=40]
 */
public class CaseBench {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CASE_LINK = Pattern.compile("dossier\\?id=(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
        String login = get(http, base + "/connexion").body();
        Matcher vs = VIEW_STATE.matcher(login);
        vs.find();
        String form = "login=login&email=" + enc(args[1]) + "&password=" + enc(args[2]) + "&submit=x&jakarta.faces.ViewState="
                + enc(vs.group(1).replace("&#58;", ":"));
        int status = http.send(HttpRequest.newBuilder(URI.create(base + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 302) {
            throw new IllegalStateException("sign-in failed: " + status);
        }
        String list = get(http, base + "/espace/dossiers/").body();
        List<String> ids = new ArrayList<>();
        Matcher m = CASE_LINK.matcher(list);
        while (m.find()) {
            ids.add(m.group(1));
        }
        System.out.println(list.replaceAll("(?s).*<p>([^<]*dossiers? · page[^<]*)</p>.*", "$1").strip());
        Random random = new Random(7);
        measure(http, "case list, first page of 50 (officer, all CPAS)", n, i -> base + "/espace/dossiers/");
        measure(http, "case list, name search", n, i -> base + "/espace/dossiers/?nom=" + enc(new String[] {"mar", "dub", "le", "sim"}[i % 4]));
        measure(http, "case list, page 100", n, i -> base + "/espace/dossiers/?page=100");
        measure(http, "case list, \"à traiter\" by next deadline", n, i -> base + "/espace/dossiers/?traiter=true&tri=echeance");
        measure(http, "officer's home page (the work queue)", n, i -> base + "/espace/");
        measure(http, "case page (with the open needs that fit)", n, i -> base + "/espace/dossiers/dossier?id=" + ids.get(random.nextInt(ids.size())));
        measure(http, "job-need page (with the beneficiaries that fit)", n, i -> base + "/espace/employeurs/besoin?id=" + (1 + random.nextInt(1000)));
    }

    private static void measure(HttpClient http, String label, int n, IntFunction<String> url) throws Exception {
        for (int i = 0; i < 10; i++) {
            check(get(http, url.apply(i)), label);
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            check(get(http, url.apply(i)), label);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        millis.sort(null);
        System.out.printf("%-55s p50 %4d ms, p95 %4d ms, max %4d ms (%d requests)%n", label, millis.get(n / 2),
                millis.get((int) Math.ceil(n * 0.95) - 1), millis.get(n - 1), n);
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

    @SuppressWarnings("unused")
    private static String join(List<String> parts) {
        return parts.stream().collect(Collectors.joining(","));
    }
}
