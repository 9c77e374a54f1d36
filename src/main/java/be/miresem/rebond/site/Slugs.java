package be.miresem.rebond.site;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL segments from French titles: "Réunion à Couvin !" → "reunion-a-couvin". */
public final class Slugs {

    static final int MAX = 80;

    private Slugs() {
    }

    public static String from(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "actualite" : slug;
    }

    /** The n-th variant of a slug already taken: "titre" → "titre-2". */
    public static String variant(String slug, int n) {
        return n <= 1 ? slug : slug + "-" + n;
    }
}
