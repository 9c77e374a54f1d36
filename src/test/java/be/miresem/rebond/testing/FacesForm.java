package be.miresem.rebond.testing;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form of a page as a user fills it: fields found by their label, options by the text shown, buttons by what
 * they say. What the user leaves alone is sent as the page shows it (values, selected options, checked boxes,
 * hidden fields, the view state), as a browser would.
 * <pre>
 * FacesForm.open(agent, "/espace/dossiers/dossier?id=" + id, "task")
 *         .fill("Tâche", "Appeler l’agence d’intérim")
 *         .fill("Échéance", "2026-12-10")
 *         .press("Ajouter la tâche");
 * </pre>
 */
public final class FacesForm {

    private final WebClient client;
    private final String path;
    private final Element form;
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    /** Files chosen for the form's file inputs: name → (file name, bytes). */
    private final Map<String, Map.Entry<String, byte[]>> files = new LinkedHashMap<>();

    private FacesForm(WebClient client, String path, Element form) {
        this.client = client;
        this.path = path;
        this.form = form;
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String type = field.attr("type").toLowerCase();
            if (type.equals("submit") || type.equals("button") || type.equals("image") || type.equals("file")) {
                continue;
            }
            String name = field.attr("name");
            if (field.tagName().equals("select")) {
                Element selected = field.selectFirst("option[selected]");
                Element shown = selected != null ? selected : field.selectFirst("option");
                put(name, shown == null ? "" : shown.attr("value"));
            } else if (field.tagName().equals("textarea")) {
                put(name, field.wholeText().replaceFirst("^\n", ""));
            } else if (type.equals("checkbox") || type.equals("radio")) {
                if (field.hasAttr("checked")) {
                    add(name, field.hasAttr("value") ? field.attr("value") : "on");
                }
            } else {
                put(name, field.attr("value"));
            }
        }
    }

    /** The form with this id on the page at this address, as the client sees it now. */
    public static FacesForm open(WebClient client, String path, String formId) {
        HttpResponse<String> page = client.get(path);
        if (page.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": HTTP " + page.statusCode());
        }
        return of(client, path, page.body(), formId);
    }

    /** The form with this id in a page the client already has (posted back to the page's address). */
    public static FacesForm of(WebClient client, String path, String html, String formId) {
        Document document = Jsoup.parse(html);
        Element form = document.getElementById(formId);
        if (form == null || !form.tagName().equals("form")) {
            throw new AssertionError("no form " + formId + " on " + path);
        }
        return new FacesForm(client, path, form);
    }

    /** Types into the text field, area or date field with this label (its text without the required mark). */
    public FacesForm fill(String label, String value) {
        put(field(label).attr("name"), value);
        return this;
    }

    /**
     * Chooses, in the list or the group of radio buttons with this label (a {@code legend} for a group), the
     * option showing this text (or, in a list, the one option whose text begins with it).
     */
    public FacesForm choose(String label, String optionText) {
        Element field = labelled(label);
        if (field.tagName().equals("select")) {
            for (Element option : field.select("option")) {
                if (option.text().strip().equals(optionText)) {
                    put(field.attr("name"), option.attr("value"));
                    return this;
                }
            }
            // Options that say more than their name (a date after a title): the one option beginning so.
            List<Element> beginning = field.select("option").stream()
                    .filter(o -> o.text().strip().startsWith(optionText)).toList();
            if (beginning.size() == 1) {
                put(field.attr("name"), beginning.get(0).attr("value"));
                return this;
            }
            throw new AssertionError("no option " + optionText + " in " + label + ": " + field.select("option").eachText());
        }
        for (Element radio : field.select("input[type=radio]")) {
            Element radioLabel = form.selectFirst("label[for=" + radio.id() + "]");
            if (radioLabel != null && radioLabel.text().strip().equals(optionText)) {
                put(radio.attr("name"), radio.attr("value"));
                return this;
            }
        }
        throw new AssertionError("no choice " + optionText + " in " + label);
    }

    /**
     * Sets a field by its name, for a fixture that keeps a whole form's fields by name (e.g. {@code
     * Cases.referral}); a test of one field uses its label ({@link #fill}, {@link #choose}, {@link #check}).
     */
    public FacesForm set(String name, String value) {
        if (form.selectFirst("[name=\"" + name + "\"]") == null) {
            throw new AssertionError("no field named " + name + " in form " + form.id());
        }
        put(name, value);
        return this;
    }

    /** Ticks or clears the check box with this label. */
    public FacesForm check(String label, boolean checked) {
        Element box = field(label);
        String value = box.hasAttr("value") ? box.attr("value") : "on";
        List<String> list = values.computeIfAbsent(box.attr("name"), name -> new ArrayList<>());
        if (checked && !list.contains(value)) {
            list.add(value); // a group of boxes sharing a name sends each ticked one
        } else if (!checked) {
            list.remove(value);
        }
        return this;
    }

    /** Chooses a file for the file input with this label; the form is then sent as multipart/form-data. */
    public FacesForm attach(String label, String fileName, byte[] content) {
        Element field = field(label);
        if (!"file".equals(field.attr("type"))) {
            throw new AssertionError(label + " is not a file input");
        }
        files.put(field.attr("name"), Map.entry(fileName, content));
        return this;
    }

    /** Presses the button that says this (its text, value or accessible name) and returns the portal's answer. */
    public HttpResponse<String> press(String buttonText) {
        Element button = null;
        for (Element candidate : form.select("input[type=submit], button")) {
            String said = candidate.tagName().equals("button") ? candidate.text() : candidate.attr("value");
            if (buttonText.equals(said.strip()) || buttonText.equals(candidate.attr("aria-label"))) {
                button = candidate;
                break;
            }
        }
        if (button == null) {
            throw new AssertionError("no button " + buttonText + " in form " + form.id());
        }
        List<Map.Entry<String, String>> body = new ArrayList<>();
        values.forEach((name, list) -> list.forEach(value -> body.add(Map.entry(name, value))));
        body.add(Map.entry(button.attr("name"), button.hasAttr("value") ? button.attr("value") : "x"));
        String action = form.attr("action");
        String target = action.isEmpty() ? path : action.replaceFirst("^https?://[^/]+", "");
        if (form.attr("enctype").equals("multipart/form-data")) {
            return client.postMultipart(target, body, files);
        }
        return client.postPairs(target, body);
    }

    /** The value the form will send for this field name (to check what the page prefilled). */
    public String value(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    private Element field(String label) {
        Element field = labelled(label);
        if (!field.hasAttr("name")) {
            throw new AssertionError("the field " + label + " has no name");
        }
        return field;
    }

    /** The element a {@code label} (or a fieldset's {@code legend}) with this text stands for. */
    private Element labelled(String label) {
        for (Element candidate : form.select("label[for]")) {
            if (ownText(candidate).equals(label)) {
                Element field = form.getElementById(candidate.attr("for"));
                if (field == null) {
                    field = form.ownerDocument().getElementById(candidate.attr("for"));
                }
                if (field != null) {
                    return field;
                }
            }
        }
        for (Element legend : form.select("fieldset > legend")) {
            if (ownText(legend).equals(label)) {
                return legend.parent();
            }
        }
        throw new AssertionError("no field labelled " + label + " in form " + form.id() + ": "
                + form.select("label[for], legend").stream().map(FacesForm::ownText).toList());
    }

    /** A label's accessible text: with what is there for screen readers only, without the required mark or hint. */
    private static String ownText(Element label) {
        Element copy = label.clone();
        copy.select("[aria-hidden=true], .field-hint").remove();
        return copy.text().strip();
    }

    private void put(String name, String value) {
        values.put(name, new ArrayList<>(List.of(value)));
    }

    private void add(String name, String value) {
        values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
}
