package io.github.blogmaven.engine;

import io.github.blogmaven.config.BlogConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.List;

/**
 * A digest of everything a build reads: the plugin's own code, the configuration (all but the clock) and the path
 * and bytes of every file in the source folder (posts, drafts, data, templates, assets, {@code _config.yml}).
 *
 * <p>Listing the files is cheap; hashing them is not, so it is put off until a hash is asked for. A file whose size
 * and time are as when it was last hashed (well before that moment) keeps its hash from the cache folder. The
 * others are hashed from the bytes the parser reads anyway ({@link #of}), or read for it when the digest needs them:
 * a first build reads each post once, and a rebuild that finds nothing changed reads none.
 */
final class Fingerprint implements io.github.blogmaven.content.FileHashes {

    private final String settings;
    private final Path root;
    private final Path store;
    private final long taken;
    /** Every regular file below the source folder, by its relative path, in path order. */
    private final java.util.SortedMap<String, Stat> files;
    /**
     * The same files by path, each with the listing's own string for it: looked up for every post by the parse cache,
     * the render memo and the stored hashes, where a search of the sorted map costs a dozen string comparisons.
     */
    private final Map<String, Listed> byPath;
    private final Map<String, String> hashes = new java.util.concurrent.ConcurrentHashMap<>();
    private String digest;
    private String environment;
    private volatile boolean unsaved;

    private Fingerprint(String settings, Path root, Path store, long taken,
                        java.util.SortedMap<String, Stat> files) {
        this.settings = settings;
        this.root = root;
        this.store = store;
        this.taken = taken;
        this.files = files;
        this.byPath = index(files);
    }

    /** A listed file: the listing's string for its path, and its size and time. */
    private record Listed(String path, Stat stat) {
    }

    private static Map<String, Listed> index(java.util.SortedMap<String, Stat> files) {
        Map<String, Listed> out = new java.util.HashMap<>(files.size() * 2);
        files.forEach((path, stat) -> out.put(path, new Listed(path, stat)));
        return out;
    }

    /** Lists the source folder and takes the hashes still good from the cache folder; reads no file. */
    static Fingerprint scan(BlogConfig config) {
        String settings = String.join("\n", code(), config.sourceDirectory().toAbsolutePath().toString(),
                config.outputDirectory().toAbsolutePath().toString(), config.baseUrl(), config.title(),
                config.description(), config.lang(), config.encoding().name(), config.timezone().getId(),
                config.permalink(), Integer.toString(config.paginate()), Integer.toString(config.feedSize()),
                Boolean.toString(config.drafts()), Boolean.toString(config.future()), config.excerptSeparator(),
                String.valueOf(config.buildTimestamp().orElse(null)), String.valueOf(config.authors()),
                config.paginatePath(), Boolean.toString(config.jekyllSite()), String.valueOf(config.siteConfig()));
        Path root = config.sourceDirectory().toAbsolutePath().normalize();
        Path out = config.outputDirectory().toAbsolutePath().normalize();
        long now = System.currentTimeMillis();
        java.util.TreeMap<String, Stat> found;
        try {
            found = list(root, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path store = config.cacheDirectory().toAbsolutePath().normalize().resolve(HASHES);
        Fingerprint f = new Fingerprint(settings, root, store, now, found);
        int stored = readHashes(store, f.byPath, f.hashes);
        // the store is written again only when it would say something new
        f.unsaved = f.hashes.size() != stored;
        return f;
    }

    /** Every regular file below the source folder (the output folder left out), in path order. */
    java.util.Set<String> files() {
        return java.util.Collections.unmodifiableSet(files.keySet());
    }

    @Override
    public String known(String relative) {
        return hashes.get(relative);
    }

    @Override
    public String of(String relative, byte[] bytes) {
        String known = hashes.get(relative);
        if (known != null) {
            return known;
        }
        String hash = io.github.blogmaven.content.FileHashes.hash(bytes);
        unsaved = true;
        // a file that is not in the listing (it came after) is hashed, never remembered: the next build lists it
        return byPath.containsKey(relative) ? hashes.merge(relative, hash, (a, b) -> a) : hash;
    }

    /**
     * The listing's own string for a source file's path, if it listed that file, else {@code relative}: what else
     * remembers source files (the parse cache, the render memo) holds one copy of each path, not another.
     */
    String listed(String relative) {
        Listed listed = byPath.get(relative);
        return listed == null ? relative : listed.path();
    }

    /** The digest of all the inputs; hashes every file not hashed yet, on every thread of the build. */
    synchronized String digest() {
        if (digest == null) {
            List<String> missing = files.keySet().stream().filter(r -> !hashes.containsKey(r)).toList();
            missing.parallelStream().forEach(r -> hashes.putIfAbsent(r, read(r)));
            MessageDigest md = io.github.blogmaven.content.Digests.comparing();
            update(md, settings);
            for (String relative : files.keySet()) {
                update(md, relative);
                update(md, hashes.get(relative));
            }
            digest = HexFormat.of().formatHex(md.digest());
        }
        return digest;
    }

    /**
     * The same digest without the posts and drafts: what every page may depend on besides posts. Hashes only
     * those files (templates, data, assets, configuration).
     */
    synchronized String environment() {
        if (environment == null) {
            MessageDigest env = io.github.blogmaven.content.Digests.comparing();
            update(env, "environment");
            update(env, settings);
            for (String relative : files.keySet()) {
                if (!relative.startsWith("_posts/") && !relative.startsWith("_drafts/")) {
                    update(env, relative);
                    update(env, hashes.computeIfAbsent(relative, this::read));
                }
            }
            environment = HexFormat.of().formatHex(env.digest());
        }
        return environment;
    }

    /**
     * Keeps the hashes taken so far in the cache folder, so that the next build need not read those files; a file
     * not hashed yet is left out and hashed by the build that needs it. The builder calls it once, at the end of a
     * build, whether it succeeded or not.
     */
    synchronized void save() {
        if (!unsaved) {
            return;
        }
        unsaved = false;
        StringBuilder b = new StringBuilder(files.size() * 120);
        b.append("blog-maven-plugin source hashes 1 ").append(taken).append('\n');
        files.forEach((relative, a) -> {
            String hash = hashes.get(relative);
            if (hash != null) {
                b.append(a.size()).append(' ').append(a.nanos()).append(' ').append(hash).append(' ')
                        .append(relative).append('\n');
            }
        });
        try {
            Files.createDirectories(store.getParent());
            Path tmp = store.resolveSibling(HASHES + ".tmp");
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, store, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + store + ": " + e.getMessage(), e);
        }
    }

    /** What the listing keeps of a file: its size and time, nothing the JDK's attribute objects hold besides. */
    record Stat(long size, long nanos) {
    }

    /**
     * Every regular file below {@code root}, the output folder left out, by its relative path. A folder is listed
     * once and its entries looked at (a system call each) on every thread of the build: in a folder of 10,000 posts
     * that is most of the time a rebuild takes to find what changed. Links are not followed, as a walk of the tree
     * would not; a file that goes away while it is listed is left out.
     */
    static java.util.TreeMap<String, Stat> list(Path root, Path out) throws IOException {
        java.util.TreeMap<String, Stat> found = new java.util.TreeMap<>();
        record Folder(Path path, String relative) {
        }
        java.util.ArrayDeque<Folder> folders = new java.util.ArrayDeque<>();
        if (!root.startsWith(out)) {
            folders.add(new Folder(root, ""));
        }
        while (!folders.isEmpty()) {
            Folder folder = folders.poll();
            List<Path> entries = new java.util.ArrayList<>();
            try (java.nio.file.DirectoryStream<Path> dir = Files.newDirectoryStream(folder.path())) {
                dir.forEach(entries::add);
            }
            List<java.nio.file.attribute.BasicFileAttributes> attrs = entries.parallelStream().map(Fingerprint::attrs)
                    .toList();
            for (int i = 0; i < entries.size(); i++) {
                java.nio.file.attribute.BasicFileAttributes a = attrs.get(i);
                if (a == null) {
                    continue;
                }
                Path entry = entries.get(i);
                // the relative path is the folder's and the name: Path.relativize costs a dozen objects a file
                String relative = folder.relative() + entry.getFileName();
                if (a.isDirectory()) {
                    if (!entry.startsWith(out)) {
                        folders.add(new Folder(entry, relative + "/"));
                    }
                } else if (a.isRegularFile()) {
                    found.put(relative, new Stat(a.size(),
                            a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)));
                }
            }
        }
        return found;
    }

    /** A listed entry's own attributes (a link's, not its target's), or null if it has gone. */
    private static java.nio.file.attribute.BasicFileAttributes attrs(Path p) {
        try {
            return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attributes of " + p + ": " + e.getMessage(), e);
        }
    }

    /** Reads a file of the listing to hash it: the store has something new to keep. */
    private String read(String relative) {
        try {
            unsaved = true;
            return io.github.blogmaven.content.FileHashes.hash(Files.readAllBytes(root.resolve(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each source file's size, time and hash, kept in the cache folder between builds. */
    static final String HASHES = "source-hashes";
    /** A file changed this close to the moment its hash was taken might change again unseen in the same tick. */
    private static final long RACY_MILLIS = 2000;

    private static final String HASHES_HEADER = "blog-maven-plugin source hashes 1 ";

    /**
     * Puts into {@code into} the stored hash of every listed file whose size and time are the ones it had when it was
     * hashed, well before that moment; returns how many files the store holds (0 if it is missing or unreadable, when
     * every file is hashed again). Each line is size, time (ns), hash and path; the first says when they were taken.
     */
    private static int readHashes(Path file, Map<String, Listed> listed, Map<String, String> into) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        Map<String, String> good = new java.util.HashMap<>();
        int lines = 0;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int eol = text.indexOf('\n');
            if (eol < 0 || !text.startsWith(HASHES_HEADER)) {
                return 0;
            }
            long taken = Long.parseLong(text, HASHES_HEADER.length(), eol, 10);
            for (int at = eol + 1; at < text.length(); lines++) {
                int end = text.indexOf('\n', at);
                end = end < 0 ? text.length() : end;
                int size = text.indexOf(' ', at);
                int time = text.indexOf(' ', size + 1);
                int hash = text.indexOf(' ', time + 1);
                if (size < 0 || time < 0 || hash < 0 || hash >= end) {
                    return 0;
                }
                long nanos = Long.parseLong(text, size + 1, time, 10);
                // the listing's own string stands for the path: one copy of each path in memory, not two
                String relative = text.substring(hash + 1, end);
                Listed e = listed.get(relative);
                if (e != null && e.stat().size() == Long.parseLong(text, at, size, 10)
                        && e.stat().nanos() == nanos && taken - nanos / 1_000_000 > RACY_MILLIS) {
                    good.put(e.path(), text.substring(time + 1, hash));
                }
                at = end + 1;
            }
        } catch (IOException | RuntimeException e) {
            return 0; // unreadable: every file is hashed again
        }
        into.putAll(good);
        return lines;
    }

    /** Stands for the plugin's code: a new build of the plugin invalidates everything cached. */
    static String code() {
        try {
            Path source = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path probe = Files.isDirectory(source) ? source.resolve(
                    Fingerprint.class.getName().replace('.', '/') + ".class") : source;
            return source + "@" + Files.getLastModifiedTime(probe).toMillis() + "/" + Files.size(probe);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return "unknown code " + System.nanoTime(); // never matches: always a full build
        }
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }
}
