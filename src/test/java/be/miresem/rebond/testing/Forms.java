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
}
