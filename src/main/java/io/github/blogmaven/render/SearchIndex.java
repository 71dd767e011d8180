package io.github.blogmaven.render;

import io.github.blogmaven.site.Link;
import io.github.blogmaven.site.PostView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes {@code search.json}: what the search page searches in the browser (titles, tags, categories, text). */
final class SearchIndex {

    String write(List<PostView> posts) {
        List<Object> entries = new ArrayList<>(posts.size());
        for (PostView p : posts) {
            if (p.draft()) {
                continue;
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("title", p.title());
            e.put("url", p.url());
            e.put("date", p.dateDisplay());
            e.put("tags", p.tags().stream().map(Link::name).toList());
            e.put("categories", p.categories().stream().map(Link::name).toList());
            e.put("description", p.description());
            e.put("words", p.searchWords());
            entries.add(e);
        }
        return Json.write(entries) + "\n";
    }
}
