package io.github.blogmaven.config;

import java.util.Map;

/** Turns one entry of an author registry ({@code _data/authors.yml} or {@code authors:} in {@code _config.yml}) into an {@link Author}. */
public final class AuthorData {

    private AuthorData() {
    }

    /** Reads the Mediumish keys and their common synonyms; a plain string value is the author's name. */
    public static Author fromYaml(String key, Object value) {
        if (value instanceof Map<?, ?> m) {
            return new Author(key,
                    text(m, "display_name", "name"),
                    text(m, "bio", "description"),
                    text(m, "avatar", "picture", "image"),
                    text(m, "web", "url", "website", "uri"),
                    text(m, "email"),
                    text(m, "twitter"));
        }
        return Author.named(key, value == null ? key : String.valueOf(value));
    }

    private static String text(Map<?, ?> m, String... keys) {
        for (String k : keys) {
            Object v = m.get(k);
            if (v != null && !String.valueOf(v).isBlank()) {
                return String.valueOf(v);
            }
        }
        return "";
    }
}
