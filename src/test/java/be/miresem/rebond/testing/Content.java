package be.miresem.rebond.testing;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The officer's site content: news items written and published from {@code /espace/contenu/}. */
public final class Content {

    private Content() {
    }

    /** The officer saves a new news item with this title and status (DRAFT, PUBLISHED…). */
    public static HttpResponse<String> saveNews(WebClient officer, String title, String status) {
        HttpResponse<String> form = officer.get("/espace/contenu/actualite");
        Map<String, String> fields = newsFields(title, status, "Un texte **important**.");
        fields.put("save", "x");
        fields.put("jakarta.faces.ViewState", WebClient.viewState(form.body()));
        return officer.post("/espace/contenu/actualite", fields);
    }

    /** The news form's fields, published yesterday. */
    public static Map<String, String> newsFields(String title, String status, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("news", "news");
        fields.put("title", title);
        fields.put("summary", "Résumé de " + title);
        fields.put("body", body);
        fields.put("publishedOn", LocalDate.now(ZoneId.of("Europe/Brussels")).minusDays(1).toString());
        fields.put("status", status);
        return fields;
    }
}
