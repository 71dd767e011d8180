package io.github.blogmaven.content;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** How front matter values are read: Jekyll's list-or-string forms, images given as mappings, titles from slugs. */
final class FrontMatterValues {

    private FrontMatterValues() {
    }

    static boolean isFalse(Object v) {
        return v instanceof Boolean b ? !b : v != null && String.valueOf(v).trim().equalsIgnoreCase("false");
    }

    /** Jekyll's forms: a YAML list, or a string of space-separated words; both keys may be given. */
    static List<String> terms(Object plural, Object singular) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Object v : List.of(Objects.requireNonNullElse(plural, List.of()),
                Objects.requireNonNullElse(singular, List.of()))) {
            if (v instanceof Collection<?> c) {
                for (Object o : c) {
                    if (o != null && !String.valueOf(o).isBlank()) {
                        out.add(String.valueOf(o).trim());
                    }
                }
            } else if (v instanceof String s) {
                for (String w : s.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        out.add(w);
                    }
                }
            } else if (v != null && !(v instanceof Map)) {
                out.add(String.valueOf(v));
            }
        }
        return List.copyOf(out);
    }

    static List<Object> list(Object v) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().filter(Objects::nonNull).map(o -> (Object) o).toList();
        }
        return List.of(v);
    }

    static String image(Object v) {
        if (v instanceof Map<?, ?> m) {
            Object p = m.get("path") != null ? m.get("path") : m.get("url");
            return p == null ? "" : String.valueOf(p).trim();
        }
        return text(v);
    }

    static String text(Object v) {
        return v == null ? "" : String.valueOf(v).trim();
    }

    /** "relevance-of-transformer-models" becomes "Relevance Of Transformer Models", as Jekyll titles it. */
    static String titleFromSlug(String slug) {
        StringBuilder out = new StringBuilder();
        for (String w : slug.split("[-_\\s]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.appendCodePoint(Character.toUpperCase(w.codePointAt(0))).append(w.substring(w.offsetByCodePoints(0, 1)));
        }
        return out.toString();
    }
}
