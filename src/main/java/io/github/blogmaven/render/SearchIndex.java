package io.github.blogmaven.render;

import io.github.blogmaven.site.Link;
import io.github.blogmaven.site.PostView;
import java.util.List;

/** Writes {@code search.json}: what the search page searches in the browser (titles, tags, categories, text). */
final class SearchIndex {

    byte[] write(List<PostView> posts) {
        // written straight out, with no String per value: at 10,000 posts this file is about 12 MB
        StringBuilder out = new StringBuilder(posts.size() * 1200);
        out.append('[');
        boolean first = true;
        for (PostView p : posts) {
            if (p.draft()) {
                continue;
            }
            out.append(first ? "" : ",");
            first = false;
            out.append("{\"title\":");
            Json.write(p.title(), out);
            out.append(",\"url\":");
            Json.write(p.url(), out);
            out.append(",\"date\":");
            Json.write(p.dateDisplay(), out);
            out.append(",\"tags\":");
            Json.write(p.tags().stream().map(Link::name).toList(), out);
            out.append(",\"categories\":");
            Json.write(p.categories().stream().map(Link::name).toList(), out);
            out.append(",\"description\":");
            Json.write(p.description(), out);
            out.append(",\"words\":");
            Json.write(p.searchWords(), out);
            out.append('}');
        }
        return out.append("]\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
