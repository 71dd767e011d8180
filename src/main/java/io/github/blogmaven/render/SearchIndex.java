package io.github.blogmaven.render;

import io.github.blogmaven.site.Link;
import io.github.blogmaven.site.PostView;
import io.github.blogmaven.site.Reads;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes {@code search.json}: what the search page searches in the browser (titles, tags, categories, text). At
 * 10,000 posts the file is about 12 MB, and reading every post's words takes a while, so it is written in pieces of
 * {@value #PIECE} posts, on every thread; after an edit, a piece whose posts kept their bodies (and a site whose shape
 * is the same) is copied from the last build's file instead ({@link RenderMemo#part}).
 */
final class SearchIndex {

    /**
     * Posts per piece: enough for the pieces of a full build to keep every thread busy, few enough that the one
     * piece a body edit changes is written again quickly (its posts' words and descriptions are read from the
     * cache; 64 posts take a fourth of the time 256 did, on the critical path of a one-post rebuild).
     */
    static final int PIECE = 64;

    private final RenderMemo memo;
    private final String file;

    /** An index written as {@code file}, its pieces remembered in {@code memo}. */
    SearchIndex(RenderMemo memo, String file) {
        this.memo = memo;
        this.file = file;
    }

    Pieces write(List<PostView> posts) {
        // each piece notes the posts it read (or whose earlier reading it copied) for the page that asked for it
        List<PostView> shown = posts.stream().filter(p -> !p.draft()).toList();
        int count = (shown.size() + PIECE - 1) / PIECE;
        String[] keys = new String[count];
        // a piece kept from the last build is where it lies in that build's file: the sink copies it from there
        List<Object> pieces = Reads.inParallel(count, i -> {
            List<PostView> some = shown.subList(i * PIECE, Math.min(shown.size(), (i + 1) * PIECE));
            keys[i] = RenderMemo.partKey(some);
            Pieces.Range kept = memo.part(file, i, keys[i]);
            if (kept != null) {
                Reads.countAsRead(some);
                return kept;
            }
            return piece(some);
        });
        Pieces.Builder out = new Pieces.Builder();
        List<RenderMemo.Part> parts = new java.util.ArrayList<>(count);
        out.add('[');
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                out.add(',');
            }
            long at = out.size();
            int length;
            if (pieces.get(i) instanceof Pieces.Range kept) {
                out.add(kept);
                length = kept.length();
            } else {
                byte[] made = (byte[]) pieces.get(i);
                out.add(made);
                length = made.length;
            }
            parts.add(new RenderMemo.Part(keys[i], at, length));
        }
        memo.parts(file, parts);
        return out.add(']').add('\n').build();
    }

    private static byte[] piece(List<PostView> posts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(posts.size() * 1400);
        StringBuilder fields = new StringBuilder(512);
        boolean first = true;
        for (PostView p : posts) {
            fields.setLength(0);
            fields.append(first ? "" : ",");
            first = false;
            fields.append("{\"title\":");
            Json.write(p.title(), fields);
            fields.append(",\"url\":");
            Json.write(p.url(), fields);
            fields.append(",\"date\":");
            Json.write(p.dateDisplay(), fields);
            fields.append(",\"tags\":");
            Json.write(p.tags().stream().map(Link::name).toList(), fields);
            fields.append(",\"categories\":");
            Json.write(p.categories().stream().map(Link::name).toList(), fields);
            fields.append(",\"description\":");
            Json.write(p.description(), fields);
            fields.append(",\"words\":");
            byte[] words = p.searchWordsUtf8();
            if (plainJson(words)) {
                // a word set is letters, digits, '-', '_' and spaces: its JSON string is its bytes between quotes
                out.writeBytes(fields.append('"').toString().getBytes(StandardCharsets.UTF_8));
                out.writeBytes(words);
                out.write('"');
                out.write('}');
            } else {
                Json.write(new String(words, StandardCharsets.UTF_8), fields);
                out.writeBytes(fields.append('}').toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /**
     * Whether UTF-8 text is written in a JSON string exactly as it is: no byte that {@link Json} escapes (controls,
     * quote, backslash, {@code < > &}) and no U+2028 or U+2029 (E2 80 A8 and E2 80 A9).
     */
    static boolean plainJson(byte[] utf8) {
        for (int i = 0; i < utf8.length; i++) {
            int b = utf8[i] & 0xFF;
            if (b < 0x20 || b == '"' || b == '\\' || b == '<' || b == '>' || b == '&') {
                return false;
            }
            if (b == 0xE2 && i + 2 < utf8.length && (utf8[i + 1] & 0xFF) == 0x80
                    && ((utf8[i + 2] & 0xFF) == 0xA8 || (utf8[i + 2] & 0xFF) == 0xA9)) {
                return false;
            }
        }
        return true;
    }
}
