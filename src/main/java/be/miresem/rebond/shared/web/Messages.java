package be.miresem.rebond.shared.web;

import be.miresem.rebond.shared.Refusal;
import be.miresem.rebond.shared.privacy.SensitiveText;
import be.miresem.rebond.shared.text.StoredText;
import be.miresem.rebond.shared.time.DateFormats;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages by bundle key, so that backing beans never hold French text. */
public final class Messages {

    public static final Locale FRENCH = Locale.of("fr", "BE");
    private static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    /** The text of a key in the bundle, with {0}-style arguments filled in. */
    public static String text(String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, FRENCH).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, FRENCH).format(arguments);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    /** The bundle's text for a key, or {@code fallback} when the bundle has no such key. */
    public static String textOr(String key, String fallback) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, FRENCH);
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /**
     * A text as it reads on a page: what a person typed as it is, a line the portal stored as a key and its
     * arguments ({@link StoredText}) worded in French now, labels translated and dates in Brussels time.
     */
    public static String shown(String text) {
        if (!StoredText.isStored(text)) {
            return text;
        }
        StoredText.Line line = StoredText.parse(text);
        Object[] args = line.args().stream().map(arg -> switch (arg) {
            case StoredText.Label label -> text(label.key());
            case StoredText.At at -> DateFormats.longDateTime(at.instant());
            case StoredText.Day day -> DateFormats.longDate(day.day());
            case StoredText.Plain plain -> plain.text();
        }).toArray();
        return text(line.key(), args);
    }

    /** A message for the whole page (clientId null) or for one field. */
    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** A service's refusal, in French, next to its field (or for the page). */
    public static void refused(Refusal refusal) {
        error(refusal.field(), refusal.key(), refusal.arguments());
    }

    /** A confirmation shown on the page rendered by this request (no redirect). */
    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** A confirmation that survives the redirect of Post/Redirect/Get. */
    public static void flashInfo(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /**
     * A warning that survives the redirect, when a free text about a person seems to hold what Rebond must not
     * keep ({@link SensitiveText}); the text is saved, the user decides.
     */
    public static void warnIfSensitive(String... texts) {
        SensitiveText.check(texts).ifPresent(found -> {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().getFlash().setKeepMessages(true);
            add(null, FacesMessage.SEVERITY_WARN, found.key());
        });
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
