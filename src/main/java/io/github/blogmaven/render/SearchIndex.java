package io.github.blogmaven.render;

import io.github.blogmaven.site.Link;
import io.github.blogmaven.site.PostView;
import java.util.List;

/** Writes {@code search.json}: what the search page searches in the browser (titles, tags, categories, text). */
final class SearchIndex {

    String write(List<PostView> posts) {
        // written straight out: at 10,000 posts this file is about 12 MB
        StringBuilder out = new StringBuilder(posts.size() * 1200);
        out.append('[');
        boolean first = true;
        for (PostView p : posts) {
            if (p.draft()) {
                continue;
            }
            out.append(first ? "" : ",");
            first = false;
            out.append("{\"title\":").append(Json.write(p.title()))
                    .append(",\"url\":").append(Json.write(p.url()))
                    .append(",\"date\":").append(Json.write(p.dateDisplay()))
                    .append(",\"tags\":").append(Json.write(p.tags().stream().map(Link::name).toList()))
                    .append(",\"categories\":").append(Json.write(p.categories().stream().map(Link::name).toList()))
                    .append(",\"description\":").append(Json.write(p.description()))
                    .append(",\"words\":").append(Json.write(p.searchWords()))
                    .append('}');
        }
        return out.append("]\n").toString();
    }
}
