package be.miresem.rebond.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** User actions around presentation sessions: the officer creates one, a CPAS registers for it. */
public final class Sessions {

    private Sessions() {
    }

    /** The officer creates a session in some days' time; returns its id as the public list links it. */
    public static String create(WebClient officer, PortalServer server, String title, int inDays, int capacity) {
        Map<String, String> session = new LinkedHashMap<>();
        session.put("session", "session");
        session.put("title", title);
        session.put("date", LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(inDays).toString());
        session.put("time", "10:00");
        session.put("minutes", "90");
        session.put("place", "Bureau de la Miresem");
        session.put("capacity", Integer.toString(capacity));
        session.put("description", "Le projet et la convention.");
        java.net.http.HttpResponse<String> created = officer.submit("/espace/seances/", "session", "create", session);
        assertThat(created.statusCode()).as("session created: %s", created.body().replaceAll("(?s).*(<main.*</main>).*", "$1"))
                .isEqualTo(302);
        String list = new WebClient(server).get("/seances").body();
        return list.replaceAll("(?s).*" + title + "</h2>.*?/seances/inscription\\?id=(\\d+).*", "$1");
    }

    /** The registration form of a session, opened now; {@link #register} sends it (later, to pass the time check). */
    public static String open(WebClient visitor, String sessionId) {
        return visitor.get("/seances/inscription?id=" + sessionId).body();
    }

    /** Sends a registration form opened with {@link #open}; {@code extra} adds or replaces fields (e.g. the honeypot). */
    public static HttpResponse<String> register(WebClient visitor, String sessionId, String openedPage, String cpasName,
            String contactName, String email, int participants, Map<String, String> extra) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("registration", "registration");
        fields.put("cpasName", cpasName);
        fields.put("contactName", contactName);
        fields.put("email", email);
        fields.put("participants", Integer.toString(participants));
        fields.put("website", "");
        fields.putAll(extra);
        fields.put("register", "S'inscrire");
        fields.put("jakarta.faces.ViewState", WebClient.viewState(openedPage));
        return visitor.post("/seances/inscription?id=" + sessionId, fields);
    }
}
