package be.miresem.rebond.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finding what a user presses on a page: buttons by their accessible name. */
public final class Forms {

    private Forms() {
    }

    /** The name of the button whose accessible name ({@code aria-label}) is this, e.g. "Annuler le 3 décembre…". */
    public static String buttonFor(String html, String ariaLabel) {
        Matcher matcher = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*aria-label=\"" + Pattern.quote(ariaLabel) + "\"")
                .matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no button " + ariaLabel);
        }
        return matcher.group(1);
    }

    /**
     * Presses the button with this accessible name in one row of a page (a form per row, named by its button's
     * aria-label): opens the page, posts that row's form; returns the portal's answer.
     */
    public static java.net.http.HttpResponse<String> pressRow(WebClient client, String path, String ariaLabel) {
        return client.post(path, rowForm(client.get(path).body(), ariaLabel));
    }

    /** The fields that press the button with this aria-label: its form's marker, the button, the view state. */
    public static java.util.Map<String, String> rowForm(String page, String ariaLabel) {
        String button = buttonFor(page, ariaLabel);
        int at = page.indexOf("name=\"" + button + "\"");
        Matcher forms = Pattern.compile("<form id=\"([^\"]+)\"").matcher(page.substring(0, at));
        String form = null;
        while (forms.find()) {
            form = forms.group(1);
        }
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put(form, form);
        fields.put(button, "x");
        fields.put("jakarta.faces.ViewState", WebClient.viewState(page));
        return fields;
    }
}
