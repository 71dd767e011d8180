package io.github.blogmaven.content;

import java.text.Normalizer;
import java.util.Locale;

/** Turns titles and file names into URL slugs. */
public final class Slugs {

    private Slugs() {
    }

    /**
     * A lower-case slug of letters and digits (any script) joined by single hyphens, as Jekyll's default
     * {@code slugify} makes for categories and tags. Empty for text with no letters or digits.
     */
    public static String slugify(String text) {
        if (text == null) {
            return "";
        }
        return join(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT), "");
    }

    /**
     * The slug of a post's file name, kept as written but with characters that do not belong in a path segment
     * (spaces, {@code /}, {@code ?}, {@code #}, {@code %}, quotes...) turned into hyphens, like Jekyll's "pretty"
     * slugs, so that a migrated blog keeps its URLs.
     */
    public static String fileSlug(String text) {
        return join(Normalizer.normalize(text, Normalizer.Form.NFC), "._~!$&'()+,;=@");
    }

    /** Keeps letters, digits and {@code keep}; every run of anything else becomes one hyphen, none at the ends. */
    private static String join(String s, String keep) {
        StringBuilder out = new StringBuilder(s.length());
        boolean dash = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || keep.indexOf(cp) >= 0) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                out.appendCodePoint(cp);
            } else {
                dash = true;
            }
        }
        return out.toString();
    }
}
