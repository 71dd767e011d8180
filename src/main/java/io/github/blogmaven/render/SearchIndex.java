package io.github.blogmaven.render;

import io.github.blogmaven.site.Link;
import io.github.blogmaven.site.PostView;
import io.github.blogmaven.site.Reads;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/** Writes {@code search.json}: what the search page searches in the browser (titles, tags, categories, text). */
final class SearchIndex {

    /** Posts per piece: pieces are written on every thread of the build and joined in order. */
    private static final int PIECE = 256;

    byte[] write(List<PostView> posts) {
        // at 10,000 posts this file is about 12 MB, and reading every post's words takes a while: it is written
        // in pieces on every thread, each piece noting the posts it read for the page that asked for the file
        List<PostView> shown = posts.stream().filter(p -> !p.draft()).toList();
        int count = (shown.size() + PIECE - 1) / PIECE;
        byte[][] pieces = new byte[count][];
        List<Set<PostView>> reads = IntStream.range(0, count).mapToObj(i -> Reads.newSet()).toList();
        IntStream.range(0, count).parallel().forEach(i -> pieces[i] = Reads.tracking(reads.get(i),
                () -> piece(shown.subList(i * PIECE, Math.min(shown.size(), (i + 1) * PIECE)))));
        reads.forEach(Reads::noteAll);
        int size = 3 + Math.max(0, count - 1);
        for (byte[] p : pieces) {
            size += p.length;
        }
        byte[] out = new byte[size];
        int at = 0;
        out[at++] = '[';
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out[at++] = ',';
            }
            System.arraycopy(pieces[i], 0, out, at, pieces[i].length);
            at += pieces[i].length;
        }
        out[at++] = ']';
        out[at] = '\n';
        return out;
    }

    private static byte[] piece(List<PostView> posts) {
        StringBuilder out = new StringBuilder(posts.size() * 1500);
        boolean first = true;
        for (PostView p : posts) {
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
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
