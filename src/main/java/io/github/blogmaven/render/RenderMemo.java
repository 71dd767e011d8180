package io.github.blogmaven.render;

import io.github.blogmaven.content.ByteReader;
import io.github.blogmaven.problem.Problem;
import io.github.blogmaven.site.PostView;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last build rendered from what: for each output file, the posts whose bodies it showed (each by its
 * body key), all under one digest of the site's shape (every post's title, date, URL, terms and front matter, the
 * pages, templates, data and configuration). When the shape is the same, a page whose posts' bodies are unchanged
 * and whose file is as the last build left it is not rendered again. Link-check warnings are kept per post the
 * same way. A memo that is missing, of another shape or unreadable only means that everything is rendered.
 */
public final class RenderMemo {

    static final String FILE = "render-memo.bin";
    private static final String HEADER = "blog-maven-plugin render memo 3";

    /** A post whose body a page showed. */
    record Dep(String source, String bodyKey) {
    }

    /**
     * A piece of a file written in pieces (the search index): where it lies in the file, and a key for the posts it
     * was made from (their files and body keys, in order).
     */
    record Part(String key, long offset, int length) {
    }

    /** Where bytes of a file lie as the last build left it, only if the file is still as that build left it. */
    @FunctionalInterface
    public interface LastOutput {
        /** Where {@code length} bytes at {@code offset} of the output file lie, or null if it is not intact. */
        Pieces.Range range(String file, long offset, int length);
    }

    /**
     * What the last build recorded: its posts numbered once, and each page's posts by number; its pages and checked
     * posts in the file's order too (null where that order is not sorted, as a memo this code wrote always is).
     */
    private record Last(String shape, Dep[] posts, Map<String, int[]> pages,
                        Map<String, Map.Entry<String, List<Problem>>> links, Map<String, List<Part>> parts,
                        String[] pageOrder, String[] linkOrder) {
        static final Last NOTHING = new Last("", new Dep[0], Map.of(), Map.of(), Map.of(), new String[0],
                new String[0]);
    }

    private final Path file;
    private final Last last;
    private final java.util.function.Predicate<String> intact;
    private final LastOutput lastOutput;
    private String shape = "";
    /** For each of the last build's posts, by number: whether its body is the same in this build. */
    private boolean[] unchanged = new boolean[0];
    /** Sized for the last build's pages and posts up front: a rebuild keeps most of them, on every thread at once. */
    private final Map<String, int[]> kept;
    private final Map<String, List<Dep>> rendered = new ConcurrentHashMap<>();
    private final Map<String, Map.Entry<String, List<Problem>>> links;
    private final Map<String, List<Part>> parts = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger reusedParts = new java.util.concurrent.atomic.AtomicInteger();

    private RenderMemo(Path file, Last last, java.util.function.Predicate<String> intact, LastOutput lastOutput) {
        this.file = file;
        this.last = last;
        this.intact = intact;
        this.lastOutput = lastOutput;
        this.kept = new ConcurrentHashMap<>(last.pages().size() + 16);
        this.links = new ConcurrentHashMap<>(last.links().size() + 16);
    }

    /** A memo that remembers nothing: every page is rendered (and recorded, when {@code file} is not null). */
    public static RenderMemo none() {
        return new RenderMemo(null, Last.NOTHING, page -> false, (f, offset, length) -> null);
    }

    /**
     * Loads the last build's memo from the cache folder.
     *
     * @param intact whether an output file is as the last build left it
     * @param lastOutput finds bytes of an output file that is as the last build left it
     * @param knownPage the build's own string for an output file's path (or the one given), and
     * @param knownSource for a source file's: the memo keeps those, not copies of its own
     */
    public static RenderMemo load(Path cacheFolder, java.util.function.Predicate<String> intact,
                                  LastOutput lastOutput, java.util.function.UnaryOperator<String> knownPage,
                                  java.util.function.UnaryOperator<String> knownSource) {
        Path f = cacheFolder.toAbsolutePath().normalize().resolve(FILE);
        Last last = Last.NOTHING;
        if (Files.isRegularFile(f)) {
            try {
                last = read(new ByteReader(Files.readAllBytes(f)), knownPage, knownSource);
            } catch (IOException | RuntimeException e) {
                last = Last.NOTHING; // renders everything
            }
        }
        return new RenderMemo(f, last, intact, lastOutput);
    }

    private static Last read(ByteReader in, java.util.function.UnaryOperator<String> knownPage,
                             java.util.function.UnaryOperator<String> knownSource) {
        if (!in.str().equals(HEADER)) {
            return Last.NOTHING;
        }
        String shape = in.str();
        // each post once, then pages name posts by number: a listing of 10,000 posts costs 40 KB, not 2 MB
        Dep[] posts = new Dep[count(in)];
        for (int i = 0; i < posts.length; i++) {
            posts[i] = new Dep(knownSource.apply(in.str()), in.str());
        }
        int n = count(in);
        Map<String, int[]> pages = new HashMap<>(n * 2);
        String[] pageOrder = new String[n];
        for (int i = 0; i < n; i++) {
            String page = knownPage.apply(in.str());
            pageOrder[i] = page;
            int[] deps = new int[count(in)];
            for (int j = 0; j < deps.length; j++) {
                deps[j] = number(in, posts.length);
            }
            pages.put(page, deps);
        }
        int m = count(in);
        Map<String, Map.Entry<String, List<Problem>>> links = new HashMap<>(m * 2);
        // the link memo names the same posts with the same keys: it takes their strings, not copies
        Map<String, Dep> bySource = new HashMap<>(posts.length * 2);
        for (Dep d : posts) {
            bySource.put(d.source(), d);
        }
        String[] linkOrder = new String[m];
        for (int i = 0; i < m; i++) {
            String source = in.str();
            String key = in.str();
            Dep same = bySource.get(source);
            if (same != null) {
                source = same.source();
                key = key.equals(same.bodyKey()) ? same.bodyKey() : key;
            }
            List<Problem> warnings = new ArrayList<>();
            for (int j = count(in); j > 0; j--) {
                warnings.add(new Problem(source, in.readInt(), in.str()));
            }
            links.put(source, Map.entry(key, warnings));
            linkOrder[i] = source;
        }
        int withParts = count(in);
        Map<String, List<Part>> parts = new HashMap<>(withParts * 2);
        for (int i = 0; i < withParts; i++) {
            String page = knownPage.apply(in.str());
            List<Part> list = new ArrayList<>();
            for (int j = count(in); j > 0; j--) {
                Part part = new Part(in.str(), in.readLong(), in.readInt());
                if (part.offset() < 0 || part.length() < 0) {
                    return Last.NOTHING;
                }
                list.add(part);
            }
            parts.put(page, list);
        }
        return in.str().equals("end") && in.remaining() == 0 ? new Last(shape, posts, pages, links, parts,
                sortedOrNull(pageOrder), sortedOrNull(linkOrder)) : Last.NOTHING;
    }

    /**
     * Starts a build whose site has this shape and whose posts have these body keys (each post's source and key, by
     * source). A post the last build knew with the same key is held as this build's {@code Dep} from then on.
     */
    void begin(String shapeDigest, Map<String, Dep> now) {
        this.shape = shapeDigest;
        Dep[] before = last.posts();
        boolean[] same = new boolean[before.length];
        for (int i = 0; i < same.length; i++) {
            Dep cur = now.get(before[i].source());
            same[i] = cur != null && !cur.bodyKey().isEmpty() && cur.bodyKey().equals(before[i].bodyKey());
            if (same[i]) {
                before[i] = cur; // equal strings: one copy of each is enough
            }
        }
        this.unchanged = same;
    }

    private boolean sameShape() {
        return !shape.isEmpty() && shape.equals(last.shape());
    }

    /** How many files this build did not need to render. */
    public int reused() {
        return kept.size();
    }

    /** The output files the last build recorded, each with the posts it showed. */
    public java.util.Set<String> lastPages() {
        return java.util.Collections.unmodifiableSet(last.pages().keySet());
    }

    /** Whether {@code page} is, byte for byte, what rendering it now would give; if so it is kept as it is. */
    boolean reusable(String page) {
        if (!sameShape()) {
            return false;
        }
        int[] deps = last.pages().get(page);
        if (deps == null || !intact.test(page)) {
            return false;
        }
        for (int d : deps) {
            if (!unchanged[d]) {
                return false;
            }
        }
        kept.put(page, deps);
        List<Part> p = last.parts().get(page);
        if (p != null) {
            parts.put(page, p); // the file is the last build's, and so are its pieces
        }
        return true;
    }

    /** Whether this build kept {@code page} as the last build left it (so it is still as that build recorded it). */
    public boolean keptAsItWas(String page) {
        return kept.containsKey(page);
    }

    /** How many pieces of files written in pieces were taken from the last build's output. */
    public int reusedParts() {
        return reusedParts.get();
    }

    /**
     * Where piece {@code index} of {@code page} lies in the last build's file, if that piece was made from the same
     * posts with the same bodies ({@code key}), the site's shape is the same and the file is as that build left it;
     * else null.
     */
    Pieces.Range part(String page, int index, String key) {
        if (!sameShape() || key.isEmpty()) {
            return null;
        }
        List<Part> before = last.parts().get(page);
        if (before == null || index >= before.size() || !before.get(index).key().equals(key)) {
            return null;
        }
        Part p = before.get(index);
        Pieces.Range range = lastOutput.range(page, p.offset(), p.length());
        if (range != null) {
            reusedParts.incrementAndGet();
        }
        return range;
    }

    /** Records where the pieces of a file this build wrote lie in it. */
    void parts(String page, List<Part> list) {
        parts.put(page, List.copyOf(list));
    }

    /**
     * A key for a piece made from {@code posts}: their files and body keys, in order; "" if a body key is unknown,
     * which never matches.
     */
    static String partKey(List<PostView> posts) {
        java.security.MessageDigest md = io.github.blogmaven.content.Digests.comparing();
        for (PostView p : posts) {
            if (p.bodyKey().isEmpty()) {
                return "";
            }
            md.update(p.source().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(p.bodyKey().getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }
        return java.util.HexFormat.of().formatHex(md.digest());
    }

    /** Records what a rendered page read. */
    void rendered(String page, Collection<PostView> read) {
        List<Dep> deps = new ArrayList<>(read.size());
        for (PostView p : read) {
            deps.add(new Dep(p.source(), p.bodyKey()));
        }
        deps.sort(java.util.Comparator.comparing(Dep::source));
        rendered.put(page, deps);
    }

    /** The link warnings of a post whose body and the site's shape are unchanged, or null to check it again. */
    List<Problem> linkWarnings(String source, String bodyKey) {
        if (!sameShape() || bodyKey.isEmpty()) {
            return null;
        }
        Map.Entry<String, List<Problem>> e = last.links().get(source);
        if (e == null || !e.getKey().equals(bodyKey)) {
            return null;
        }
        links.put(source, e);
        return e.getValue();
    }

    void linksChecked(String source, String bodyKey, List<Problem> warnings) {
        links.put(source, Map.entry(bodyKey, List.copyOf(warnings)));
    }

    /** Writes this build's memo; called once the build's output is in place. */
    public void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                ByteReader.writeText(out, HEADER);
                ByteReader.writeText(out, shape);
                // this build's posts numbered anew: those the kept pages name (by the last build's numbers), then
                // those of the pages rendered now
                Map<Dep, Integer> numbers = new HashMap<>(last.posts().length * 2 + 16);
                List<Dep> posts = new ArrayList<>();
                int[] renumbered = new int[last.posts().length];
                java.util.Arrays.fill(renumbered, -1);
                Map<String, int[]> pages = new HashMap<>((kept.size() + rendered.size()) * 2);
                for (Map.Entry<String, int[]> e : kept.entrySet()) {
                    int[] old = e.getValue();
                    int[] now = new int[old.length];
                    for (int j = 0; j < old.length; j++) {
                        if (renumbered[old[j]] < 0) {
                            renumbered[old[j]] = number(last.posts()[old[j]], numbers, posts);
                        }
                        now[j] = renumbered[old[j]];
                    }
                    pages.put(e.getKey(), now);
                }
                for (Map.Entry<String, List<Dep>> e : rendered.entrySet()) {
                    int[] now = new int[e.getValue().size()];
                    for (int j = 0; j < now.length; j++) {
                        now[j] = number(e.getValue().get(j), numbers, posts);
                    }
                    pages.put(e.getKey(), now);
                }
                out.writeInt(posts.size());
                for (Dep d : posts) {
                    ByteReader.writeText(out, d.source());
                    ByteReader.writeText(out, d.bodyKey());
                }
                // in file order, so that the memo of one site is always the same file (sorted once, not kept sorted)
                String[] names = sorted(pages.keySet(), last.pageOrder());
                out.writeInt(names.length);
                for (String name : names) {
                    int[] deps = pages.get(name);
                    ByteReader.writeText(out, name);
                    out.writeInt(deps.length);
                    for (int d : deps) {
                        out.writeInt(d);
                    }
                }
                String[] checked = sorted(links.keySet(), last.linkOrder());
                out.writeInt(checked.length);
                for (String source : checked) {
                    Map.Entry<String, List<Problem>> e = links.get(source);
                    ByteReader.writeText(out, source);
                    ByteReader.writeText(out, e.getKey());
                    out.writeInt(e.getValue().size());
                    for (Problem p : e.getValue()) {
                        out.writeInt(p.line());
                        ByteReader.writeText(out, p.message());
                    }
                }
                Map<String, List<Part>> withParts = new java.util.TreeMap<>(parts);
                withParts.keySet().retainAll(pages.keySet());
                out.writeInt(withParts.size());
                for (Map.Entry<String, List<Part>> e : withParts.entrySet()) {
                    ByteReader.writeText(out, e.getKey());
                    out.writeInt(e.getValue().size());
                    for (Part p : e.getValue()) {
                        ByteReader.writeText(out, p.key());
                        out.writeLong(p.offset());
                        out.writeInt(p.length());
                    }
                }
                ByteReader.writeText(out, "end");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The keys in sorted order. A rebuild keeps most of the last build's pages and checked posts, which its memo
     * holds in sorted order already: when {@code keys} are all among them, they are taken in that order (one pass)
     * rather than sorted again (16,000 page paths took 40 ms to sort in a fresh JVM).
     */
    static String[] sorted(java.util.Set<String> keys, String[] lastOrder) {
        if (lastOrder != null && lastOrder.length >= keys.size()) {
            String[] out = new String[keys.size()];
            int n = 0;
            for (String k : lastOrder) {
                if (keys.contains(k)) {
                    out[n++] = k; // the order is strictly ascending: no key comes twice
                }
            }
            if (n == out.length) {
                return out;
            }
        }
        String[] out = keys.toArray(new String[0]);
        java.util.Arrays.sort(out);
        return out;
    }

    /** The order itself if it is strictly ascending, else null. */
    private static String[] sortedOrNull(String[] order) {
        for (int i = 1; i < order.length; i++) {
            if (order[i - 1].compareTo(order[i]) >= 0) {
                return null;
            }
        }
        return order;
    }

    private static int number(Dep d, Map<Dep, Integer> numbers, List<Dep> posts) {
        Integer n = numbers.putIfAbsent(d, posts.size());
        if (n == null) {
            posts.add(d);
            return posts.size() - 1;
        }
        return n;
    }

    /** A count or length: never negative, never more than the bytes left could hold. */
    private static int count(ByteReader in) {
        int n = in.readInt();
        if (n < 0 || n > in.remaining()) {
            throw new IllegalStateException("the render memo is damaged");
        }
        return n;
    }

    /** A post's number: below {@code known}. */
    private static int number(ByteReader in, int known) {
        int n = in.readInt();
        if (n < 0 || n >= known) {
            throw new IllegalStateException("the render memo names a post it does not have");
        }
        return n;
    }

    /** Forgets the memo on disk, so that a failed build cannot leave one that claims too much. */
    public void forget() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
