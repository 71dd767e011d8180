package io.github.blogmaven.render;

import io.github.blogmaven.problem.Problem;
import io.github.blogmaven.site.PostView;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
    private static final String HEADER = "blog-maven-plugin render memo 2";

    /** A post whose body a page showed. */
    record Dep(String source, String bodyKey) {
    }

    private final Path file;
    private final String previousShape;
    private final Map<String, List<Dep>> previousPages;
    private final Map<String, Map.Entry<String, List<Problem>>> previousLinks;
    private final java.util.function.Predicate<String> intact;
    private String shape = "";
    private Map<String, String> currentKeys = Map.of();
    private final Map<String, List<Dep>> pages = new ConcurrentHashMap<>();
    private final Map<String, Map.Entry<String, List<Problem>>> links = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();

    private RenderMemo(Path file, String shape, Map<String, List<Dep>> pages,
                       Map<String, Map.Entry<String, List<Problem>>> links,
                       java.util.function.Predicate<String> intact) {
        this.file = file;
        this.previousShape = shape;
        this.previousPages = pages;
        this.previousLinks = links;
        this.intact = intact;
    }

    /** A memo that remembers nothing: every page is rendered (and recorded, when {@code file} is not null). */
    public static RenderMemo none() {
        return new RenderMemo(null, "", Map.of(), Map.of(), page -> false);
    }

    /**
     * Loads the last build's memo from the cache folder.
     *
     * @param intact whether an output file is as the last build left it
     */
    public static RenderMemo load(Path cacheFolder, java.util.function.Predicate<String> intact) {
        Path f = cacheFolder.toAbsolutePath().normalize().resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return new RenderMemo(f, "", Map.of(), Map.of(), intact);
        }
        try (InputStream raw = Files.newInputStream(f);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (!in.readUTF().equals(HEADER)) {
                return new RenderMemo(f, "", Map.of(), Map.of(), intact);
            }
            String shape = in.readUTF();
            // each post once, then pages name posts by number: a listing of 10,000 posts costs 40 KB, not 2 MB
            int known = in.readInt();
            Dep[] dict = new Dep[known];
            for (int i = 0; i < known; i++) {
                dict[i] = new Dep(in.readUTF(), in.readUTF());
            }
            int n = in.readInt();
            Map<String, List<Dep>> pages = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String page = in.readUTF();
                int d = in.readInt();
                List<Dep> deps = new ArrayList<>(d);
                for (int j = 0; j < d; j++) {
                    deps.add(dict[in.readInt()]);
                }
                pages.put(page, deps);
            }
            int m = in.readInt();
            Map<String, Map.Entry<String, List<Problem>>> links = new HashMap<>(m * 2);
            for (int i = 0; i < m; i++) {
                String source = in.readUTF();
                String key = in.readUTF();
                int w = in.readInt();
                List<Problem> warnings = new ArrayList<>(w);
                for (int j = 0; j < w; j++) {
                    warnings.add(new Problem(source, in.readInt(), in.readUTF()));
                }
                links.put(source, Map.entry(key, warnings));
            }
            if (!in.readUTF().equals("end")) {
                return new RenderMemo(f, "", Map.of(), Map.of(), intact);
            }
            return new RenderMemo(f, shape, pages, links, intact);
        } catch (IOException | RuntimeException e) {
            return new RenderMemo(f, "", Map.of(), Map.of(), intact); // renders everything
        }
    }

    /** Starts a build whose site has this shape and whose posts have these body keys (by source). */
    void begin(String shapeDigest, Map<String, String> bodyKeys) {
        this.shape = shapeDigest;
        this.currentKeys = bodyKeys;
    }

    /** How many files this build did not need to render. */
    public int reused() {
        return reused.get();
    }

    /** Whether {@code page} is, byte for byte, what rendering it now would give; if so it is kept as it is. */
    boolean reusable(String page) {
        if (!shape.equals(previousShape) || shape.isEmpty()) {
            return false;
        }
        List<Dep> deps = previousPages.get(page);
        if (deps == null || !intact.test(page)) {
            return false;
        }
        for (Dep d : deps) {
            String now = currentKeys.get(d.source());
            if (now == null || now.isEmpty() || !now.equals(d.bodyKey())) {
                return false;
            }
        }
        pages.put(page, deps);
        reused.incrementAndGet();
        return true;
    }

    /** Records what a rendered page read. */
    void rendered(String page, Collection<PostView> read) {
        List<Dep> deps = new ArrayList<>(read.size());
        for (PostView p : read) {
            deps.add(new Dep(p.source(), p.bodyKey()));
        }
        deps.sort(java.util.Comparator.comparing(Dep::source));
        pages.put(page, deps);
    }

    /** The link warnings of a post whose body and the site's shape are unchanged, or null to check it again. */
    List<Problem> linkWarnings(String source, String bodyKey) {
        if (!shape.equals(previousShape) || shape.isEmpty() || bodyKey.isEmpty()) {
            return null;
        }
        Map.Entry<String, List<Problem>> e = previousLinks.get(source);
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
                out.writeUTF(HEADER);
                out.writeUTF(shape);
                Map<Dep, Integer> numbers = new HashMap<>();
                List<Dep> dict = new ArrayList<>();
                for (List<Dep> deps : pages.values()) {
                    for (Dep d : deps) {
                        if (numbers.putIfAbsent(d, dict.size()) == null) {
                            dict.add(d);
                        }
                    }
                }
                out.writeInt(dict.size());
                for (Dep d : dict) {
                    out.writeUTF(d.source());
                    out.writeUTF(d.bodyKey());
                }
                out.writeInt(pages.size());
                for (Map.Entry<String, List<Dep>> e : pages.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().size());
                    for (Dep d : e.getValue()) {
                        out.writeInt(numbers.get(d));
                    }
                }
                out.writeInt(links.size());
                for (Map.Entry<String, Map.Entry<String, List<Problem>>> e : new java.util.TreeMap<>(links).entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeUTF(e.getValue().getKey());
                    out.writeInt(e.getValue().getValue().size());
                    for (Problem p : e.getValue().getValue()) {
                        out.writeInt(p.line());
                        out.writeUTF(p.message());
                    }
                }
                out.writeUTF("end");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
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
