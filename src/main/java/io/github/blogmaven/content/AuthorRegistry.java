package io.github.blogmaven.content;

import io.github.blogmaven.config.Author;
import io.github.blogmaven.config.AuthorData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Who is who: authors by key, from the project, {@code _config.yml} and {@code _data/authors.yml} (later wins). */
public final class AuthorRegistry {

    private final Map<String, Author> byKey = new LinkedHashMap<>();

    public AuthorRegistry(List<Author> configured, Object dataAuthors) {
        configured.forEach(a -> byKey.put(a.key(), a));
        if (dataAuthors instanceof Map<?, ?> map) {
            map.forEach((k, v) -> byKey.put(String.valueOf(k), AuthorData.fromYaml(String.valueOf(k), v)));
        }
    }

    /**
     * The author a front matter value means: a registry key, a name, or a mapping with a name. Unknown keys and
     * names become authors known only by that name.
     */
    public Author resolve(Object value) {
        if (value instanceof Map<?, ?> m) {
            Object name = m.get("name");
            String n = name == null ? "" : String.valueOf(name);
            Author known = byKey.get(n);
            if (known != null) {
                return known;
            }
            return AuthorData.fromYaml(Slugs.slugify(n), value);
        }
        String text = String.valueOf(value).trim();
        Author known = byKey.get(text);
        if (known != null) {
            return known;
        }
        for (Author a : byKey.values()) {
            if (a.name().equals(text)) {
                return a;
            }
        }
        String key = Slugs.slugify(text);
        return Author.named(key.isEmpty() ? text : key, text);
    }

    public Map<String, Author> all() {
        return byKey;
    }
}
