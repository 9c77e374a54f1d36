package be.miresem.rebond.testing;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** User actions around accounts: choosing a password through an invitation (or the first officer's set-up link). */
public final class Accounts {

    private Accounts() {
    }

    /** Opens an invitation link ({@code /invitation?jeton=…}) and chooses a password with its confirmation. */
    public static HttpResponse<String> choosePassword(WebClient web, String link, String password, String confirmation) {
        HttpResponse<String> form = web.get(link);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("invitation", "invitation");
        fields.put("jeton", link.substring(link.indexOf('=') + 1));
        fields.put("password", password);
        fields.put("confirmation", confirmation);
        fields.put("create", "x");
        fields.put("jakarta.faces.ViewState", WebClient.viewState(form.body()));
        return web.post(link, fields);
    }
}
