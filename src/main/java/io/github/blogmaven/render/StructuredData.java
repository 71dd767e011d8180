package io.github.blogmaven.render;

import io.github.blogmaven.site.PostView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** JSON-LD for search engines: a post as a schema.org {@code BlogPosting} with its authors and dates. */
final class StructuredData {

    private StructuredData() {
    }

    static String blogPosting(PostView p, UnaryOperator<String> absolute) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "BlogPosting");
        ld.put("headline", p.title());
        ld.put("description", p.description());
        ld.put("url", p.absoluteUrl());
        ld.put("mainEntityOfPage", p.absoluteUrl());
        ld.put("datePublished", p.dateIso());
        ld.put("dateModified", p.lastModifiedIso());
        if (!p.imageAbsolute().isEmpty()) {
            ld.put("image", p.imageAbsolute());
        }
        List<Object> authors = new ArrayList<>();
        p.authors().forEach(a -> {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("@type", "Person");
            am.put("name", a.name());
            am.put("url", absolute.apply(a.url()));
            authors.add(am);
        });
        if (!authors.isEmpty()) {
            ld.put("author", authors.size() == 1 ? authors.get(0) : authors);
        }
        List<String> keywords = new ArrayList<>();
        p.categories().forEach(c -> keywords.add(c.name()));
        p.tags().forEach(t -> keywords.add(t.name()));
        if (!keywords.isEmpty()) {
            ld.put("keywords", String.join(", ", keywords));
        }
        return Json.write(ld);
    }
}
