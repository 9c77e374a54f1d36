package be.miresem.rebond.testing;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** A CPAS sending a collaboration request, and the officer moving it through the onboarding stages. */
public final class Requests {

    private Requests() {
    }

    /** A stored request: its reference (COL-YYYY-NNNN) and its id in the officer's pages. */
    public record Submitted(String reference, long id) {
    }

    /** A visitor sends a valid request from this CPAS; the officer finds it by its reference. */
    public static Submitted submit(PortalServer server, String cpas, String commune) {
        RequestForm form = new RequestForm(new WebClient(server));
        String reference = RequestForm.reference(form.post(RequestForm.valid(cpas, commune)));
        String list = Accounts.officer(server).get("/espace/onboarding/?q=" + reference).body();
        String id = list.replaceAll("(?s).*demande\\?id=(\\d+)\">" + reference + "<.*", "$1");
        return new Submitted(reference, Long.parseLong(id));
    }

    /** The officer moves a request to another stage (e.g. ACTIVE_PARTNER) with an optional reason. */
    public static HttpResponse<String> move(WebClient officer, long id, String stage, String reason) {
        HttpResponse<String> page = officer.get("/espace/onboarding/demande?id=" + id);
        return officer.post("/espace/onboarding/demande?id=" + id, moveFields(page, stage, reason));
    }

    /** The stage-move form's fields, from the request page shown. */
    public static Map<String, String> moveFields(HttpResponse<String> page, String stage, String reason) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("stage", "stage");
        fields.put("newStage", stage);
        fields.put("reason", reason);
        fields.put("move", "x");
        fields.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
        return fields;
    }
}
