package be.miresem.rebond.testing;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public collaboration request form ({@code /collaborer}) as a visitor fills it: fetch, (wait the minimum
 * time when the portal has one), post.
 */
public final class RequestForm {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private final WebClient web;
    private final String page;

    public RequestForm(WebClient web) {
        this.web = web;
        this.page = web.get("/collaborer").body();
    }

    /** The fields of a complete, valid request from this CPAS (contact: Anne Lambert, directrice). */
    public static Map<String, String> valid(String cpasName, String commune) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cpasName", cpasName);
        fields.put("commune", commune);
        fields.put("enterpriseNumber", "");
        fields.put("contactName", "Anne Lambert");
        fields.put("contactFunction", "Directrice");
        fields.put("email", "anne.lambert@example.be");
        fields.put("phone", "060 31 12 34");
        fields.put("article60PerYear", "12");
        fields.put("message", "Nous aimerions en savoir plus.");
        fields.put("consent", "on");
        fields.put("website", "");
        return fields;
    }

    public String token() {
        Matcher matcher = TOKEN.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no submission token in the form");
        }
        return matcher.group(1);
    }

    /** Posts the form as shown with these fields, its submission token and view state. */
    public HttpResponse<String> post(Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("request", "request");
        form.putAll(fields);
        form.put("token", token());
        form.put("send", "Envoyer la demande");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page));
        return web.post("/collaborer", form);
    }

    /** Waits as a person filling the form would (the real anti-spam minimum; the shared portal has none). */
    public static void waitMinimumTime(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The request's reference (COL-YYYY-NNNN), from the redirect to the confirmation page. */
    public static String reference(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no redirect, status " + response.statusCode() + ": " + response.body()));
        return location.replaceAll(".*ref=", "");
    }
}
