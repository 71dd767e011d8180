package io.github.blogmaven.content;

import io.github.blogmaven.problem.Problem;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parsed posts and pages kept between builds, keyed by each file's content hash and everything else that shapes
 * the result, so that a rebuild parses only the files that changed. Within one builder (a preview session) they
 * stay in memory; with a cache folder, posts are also kept on disk for the next process: their front matter and
 * excerpts in {@value #INDEX}, their bodies in {@value #PACK}. The warnings a file's parsing gave are kept with it
 * and given again. A cache folder that is missing, from another version of the plugin, or damaged is never
 * trusted: it is emptied and the build parses everything.
 */
public final class ParseCache implements AutoCloseable {

    static final String INDEX = "parsed.bin";
    static final String PACK = "bodies.pack";
    private static final String HEADER = "blog-maven-plugin parse cache 8";

    /**
     * The index file is mapped into memory rather than read into the heap: its pages are the operating system's
     * cached copy of the file, so a rebuild neither copies 2.5 KB per post into new memory nor keeps it alive for
     * the next save. Not on Windows, where a mapped file cannot be replaced by the next index.
     */
    private static final boolean MAP = !System.getProperty("os.name", "").startsWith("Windows");

    /** A post's record in the index as it is on disk: where it lies in the (mapped or read) file. */
    private record Encoded(java.nio.ByteBuffer file, int offset, int length) {
        ByteReader decoder() {
            return new ByteReader(file, offset, length);
        }

        void writeTo(OutputStream out, byte[] buffer) throws IOException {
            for (int done = 0; done < length; ) {
                int n = Math.min(buffer.length, length - done);
                file.get(offset + done, buffer, 0, n);
                out.write(buffer, 0, n);
                done += n;
            }
        }
    }

    /** One file's result: a decoded post or page, or (read from disk, not yet asked for) its record. */
    private static final class Entry {
        final String key;
        volatile Object value;
        final Encoded encoded;
        final BodyPack.Ref body;
        final List<Problem> warnings;

        Entry(String key, Object value, Encoded encoded, BodyPack.Ref body, List<Problem> warnings) {
            this.key = key;
            this.value = value;
            this.encoded = encoded;
            this.body = body;
            this.warnings = warnings;
        }
    }

    private final Path folder;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Entry> pending = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private BodyPack pack;
    private String version;
    /** Where the end mark of the index file, as this cache last read or wrote it, starts; -1 when there is none. */
    private int indexEnd = -1;
    /** The record the index file holds of each file (a later record of a file replaces an earlier one). */
    private final Map<String, Encoded> onDisk = new java.util.HashMap<>();
    /** Bytes of the index file's records that later records or removals replaced. */
    private long deadBytes;

    /** A cache that lives as long as this object. */
    public ParseCache() {
        this(null);
    }

    /** A cache also kept in {@code folder}, for builds in other processes; null for memory only. */
    public ParseCache(Path folder) {
        this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
    }

    /** How many parsed files the cache holds now. */
    public int size() {
        return entries.size();
    }

    /** How many files were served from the cache so far. */
    public int hits() {
        return hits.get();
    }

    /**
     * Readies the cache for a build by this plugin {@code version}: on first use, loads what the folder holds, if it
     * is sound and of this version.
     *
     * @param known the source listing's own string for a file's path (or the one given): the cache keeps those
     */
    public synchronized void open(String version, java.util.function.UnaryOperator<String> known) {
        if (folder == null || (pack != null && version.equals(this.version))) {
            return;
        }
        this.version = version;
        entries.clear();
        forgetIndexFile();
        try {
            Files.createDirectories(folder);
            if (pack != null) {
                pack.close();
            }
            boolean loaded = load(known);
            pack = BodyPack.open(folder.resolve(PACK), !loaded);
            if (!loaded) {
                entries.clear();
                forgetIndexFile();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the cache folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private boolean load(java.util.function.UnaryOperator<String> known) {
        Path index = folder.resolve(INDEX);
        if (!Files.isRegularFile(index) || !Files.isRegularFile(folder.resolve(PACK))) {
            return false;
        }
        try {
            java.nio.ByteBuffer file = read(index);
            if (file == null) {
                return false;
            }
            ByteReader in = new ByteReader(file, 0, file.limit());
            if (!in.str().equals(HEADER) || !in.str().equals(version)) {
                return false;
            }
            // a rebuild appends the records of the files it parsed, and empty ones for files that are gone: a later
            // record of a file replaces an earlier one
            long dead = 0;
            int end = in.position();
            while (in.readBoolean()) {
                String name = known.apply(in.str());
                String key = in.str();
                int length = in.readInt();
                Encoded before;
                if (key.isEmpty()) {
                    before = onDisk.remove(name);
                    entries.remove(name);
                } else {
                    Encoded record = new Encoded(file, in.skip(length), length);
                    before = onDisk.put(name, record);
                    entries.put(name, new Entry(key, null, record, null, List.of()));
                }
                if (before != null) {
                    dead += before.length();
                }
                end = in.position();
            }
            if (!in.str().equals("end") || in.remaining() != 0) {
                return false;
            }
            indexEnd = end;
            deadBytes = dead;
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // a damaged index costs one full parse
        }
    }

    /** Forgets what the index file held, so that the next save writes it whole. */
    private void forgetIndexFile() {
        indexEnd = -1;
        onDisk.clear();
        deadBytes = 0;
    }

    /** The index file's bytes, mapped where that is safe; null if it is too large to be one buffer. */
    private static java.nio.ByteBuffer read(Path index) throws IOException {
        try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(index)) {
            long size = in.size();
            if (size > Integer.MAX_VALUE - 8) {
                return null; // parsed again, and written again below the limit it can
            }
            if (MAP) {
                return in.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, size);
            }
        }
        return java.nio.ByteBuffer.wrap(Files.readAllBytes(index));
    }

    /**
     * The cached result for a file whose bytes and settings hash to {@code key}, or null. A post read back holds the
     * caller's {@code source} and the index's key: no copies of what every post has one of.
     */
    Object get(SourceFile source, String key, List<Problem> warningsOut) {
        String file = source.relative();
        Entry e = entries.get(file);
        if (e == null || !e.key.equals(key)) {
            return null;
        }
        if (e.value == null) {
            try {
                PostCodec.Decoded d = PostCodec.read(e.encoded.decoder(), source, e.key, pack);
                e = new Entry(e.key, d.post(), e.encoded, d.body(), d.warnings());
                entries.put(file, e);
            } catch (RuntimeException bad) {
                entries.remove(file);
                return null; // parsed again
            }
        }
        hits.incrementAndGet();
        warningsOut.addAll(e.warnings);
        return e.value; // in the entries already: a commit keeps it, as it keeps every file the build saw
    }

    /**
     * Offers a freshly parsed result, with the warnings its parsing gave; kept only if the build {@link #commit
     * commits}. A post's body moves to the pack on disk, and the post returned reads it from there.
     */
    <T> T offer(String file, String key, T value, List<Problem> warnings) {
        if (pack != null && value instanceof Post p) {
            BodyPack.Ref ref = pack.append(p.body().html(), p.body().searchWords());
            Post stored = withBody(p, ref);
            // encoded only when the cache is written, so that a large first build holds each post once
            pending.put(file, new Entry(key, stored, null, ref, List.copyOf(warnings)));
            @SuppressWarnings("unchecked")
            T t = (T) stored;
            return t;
        }
        pending.put(file, new Entry(key, value, null, null, List.copyOf(warnings)));
        return value;
    }

    private static Post withBody(Post p, BodyPack.Ref ref) {
        return new Post(p.source(), p.frontMatter(), p.title(), p.date(), p.lastModified(), p.slug(), p.categories(),
                p.tags(), p.authors(), p.image(), p.description(), p.layout(), p.permalink(), p.featured(),
                p.hidden(), p.draft(), p.toc(), p.lang(), p.data(), p.body().withSources(ref, ref.words()), p.key());
    }

    private static byte[] encode(Post p, BodyPack.Ref ref, List<Problem> warnings) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                PostCodec.write(out, p, ref, warnings);
            }
            return bytes.toByteArray();
        } catch (PostCodec.Unsupported e) {
            return null; // kept in memory, parsed again by the next process
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps what this build offered and forgets files it did not see, and writes the posts to the cache folder; a
     * build with errors keeps nothing.
     */
    void commit(boolean keep, java.util.Set<String> seen) {
        if (keep) {
            entries.putAll(pending);
            entries.keySet().retainAll(seen);
            if (folder != null && pack != null) {
                save();
            }
        }
        pending.clear();
    }

    private void save() {
        try {
            List<Map.Entry<String, Entry>> posts = new ArrayList<>();
            long live = 0;
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                if (e.getValue().body != null) {
                    posts.add(Map.entry(e.getKey(), e.getValue()));
                    live += e.getValue().body.length;
                }
            }
            boolean compacted = pack.size() > 2 * live + (1 << 20);
            if (!compacted && append(posts)) {
                return;
            }
            posts.sort(Map.Entry.comparingByKey()); // written whole in file order, so that one cache is one file
            if (compacted) {
                compact(posts); // the bodies moved: their posts are written anew with the new places
            }
            Path tmp = folder.resolve(INDEX + ".tmp");
            // where each post's record lands in the new file, so that the entries point there once it is in place
            Map<String, int[]> places = new java.util.HashMap<>();
            byte[] buffer = new byte[1 << 16];
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                ByteReader.writeText(out, HEADER);
                ByteReader.writeText(out, version);
                for (Map.Entry<String, Entry> e : posts) {
                    Entry entry = e.getValue();
                    byte[] fresh = compacted || entry.encoded == null ? reencoded(entry) : null;
                    if (fresh == null && (compacted || entry.encoded == null)) {
                        continue; // front matter this cache cannot write: the post is parsed again next time
                    }
                    out.writeBoolean(true);
                    ByteReader.writeText(out, e.getKey());
                    ByteReader.writeText(out, entry.key);
                    int length = fresh != null ? fresh.length : entry.encoded.length();
                    out.writeInt(length);
                    places.put(e.getKey(), new int[] {out.size(), length});
                    if (fresh != null) {
                        out.write(fresh);
                    } else {
                        entry.encoded.writeTo(out, buffer);
                    }
                    if (out.size() < 0) {
                        throw new IOException("the parse cache index grew past 2 GB");
                    }
                }
                out.writeBoolean(false);
                ByteReader.writeText(out, "end");
            }
            Files.move(tmp, folder.resolve(INDEX), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            forgetIndexFile();
            java.nio.ByteBuffer file = read(folder.resolve(INDEX));
            if (file != null) {
                places.forEach((name, at) -> entries.computeIfPresent(name, (n, e) ->
                        new Entry(e.key, e.value, new Encoded(file, at[0], at[1]), e.body, e.warnings)));
                indexEnd = file.limit() - END_MARK;
                for (String name : places.keySet()) {
                    Entry e = entries.get(name);
                    if (e != null) {
                        onDisk.put(name, e.encoded);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cache folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The bytes of the index file's end mark: no further record, then "end". */
    private static final int END_MARK = 1 + 4 + 3;

    /**
     * Adds to the index file only what changed since it was written: the records of the files parsed now and empty
     * records for files that are gone, over its end mark, then the mark again. A rebuild after one edit writes one
     * record instead of 10,000. Not when the file is not this cache's own or when replaced records would outweigh
     * the live ones: then it is written whole.
     *
     * @return whether the index file is up to date
     */
    private boolean append(List<Map.Entry<String, Entry>> posts) throws IOException {
        if (indexEnd < 0) {
            return false;
        }
        java.io.ByteArrayOutputStream added = new java.io.ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(added);
        long live = 0;
        long dead = deadBytes;
        java.util.Set<String> kept = new java.util.HashSet<>();
        List<String> fresh = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        List<Map.Entry<String, Entry>> changed = new ArrayList<>();
        for (Map.Entry<String, Entry> e : posts) {
            Encoded was = onDisk.get(e.getKey());
            if (e.getValue().encoded != null && e.getValue().encoded == was) {
                kept.add(e.getKey());
                live += was.length();
            } else {
                changed.add(e);
            }
        }
        changed.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, Entry> e : changed) {
            String name = e.getKey();
            Entry entry = e.getValue();
            Encoded was = onDisk.get(name);
            byte[] bytes = reencoded(entry);
            if (bytes == null) {
                continue; // front matter this cache cannot write: its record is emptied below
            }
            kept.add(name);
            dead += was == null ? 0 : was.length();
            out.writeBoolean(true);
            ByteReader.writeText(out, name);
            ByteReader.writeText(out, entry.key);
            out.writeInt(bytes.length);
            fresh.add(name);
            places.add(new int[] {added.size(), bytes.length});
            out.write(bytes);
            live += bytes.length;
        }
        List<String> gone = new ArrayList<>();
        for (Map.Entry<String, Encoded> e : onDisk.entrySet()) {
            if (!kept.contains(e.getKey())) {
                gone.add(e.getKey());
                dead += e.getValue().length();
            }
        }
        java.util.Collections.sort(gone);
        for (String name : gone) {
            out.writeBoolean(true); // an empty record: the file is gone (or cannot be cached)
            ByteReader.writeText(out, name);
            ByteReader.writeText(out, "");
            out.writeInt(0);
        }
        if (added.size() == 0) {
            return true; // nothing changed
        }
        long size = (long) indexEnd + added.size() + END_MARK;
        if (dead > live || size > Integer.MAX_VALUE - 8) {
            return false; // written whole, without the replaced records
        }
        out.writeBoolean(false);
        ByteReader.writeText(out, "end");
        Path index = folder.resolve(INDEX);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(index,
                java.nio.file.StandardOpenOption.WRITE)) {
            if (ch.size() != (long) indexEnd + END_MARK) {
                return false; // not the file this cache read: written whole
            }
            // over the end mark: until the new one is written, the file has none and is not trusted
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(added.toByteArray());
            long at = indexEnd;
            while (bytes.hasRemaining()) {
                at += ch.write(bytes, at);
            }
        }
        java.nio.ByteBuffer file = read(index);
        if (file == null || file.limit() != size) {
            forgetIndexFile(); // the records are written; the next process reads them
            return true;
        }
        int base = indexEnd;
        gone.forEach(onDisk::remove);
        for (int i = 0; i < fresh.size(); i++) {
            int[] at = places.get(i);
            Encoded record = new Encoded(file, base + at[0], at[1]);
            onDisk.put(fresh.get(i), record);
            entries.computeIfPresent(fresh.get(i), (n, e) -> new Entry(e.key, e.value, record, e.body, e.warnings));
        }
        deadBytes = dead;
        indexEnd = (int) size - END_MARK;
        return true;
    }

    /** Writes the live bodies to a new pack, so that edited posts' old bodies do not pile up. */
    private void compact(List<Map.Entry<String, Entry>> posts) throws IOException {
        Path next = folder.resolve(PACK + ".new");
        BodyPack fresh = BodyPack.open(next, true);
        for (Map.Entry<String, Entry> e : posts) {
            BodyPack.Ref ref = e.getValue().body;
            BodyPack.Ref copy = fresh.append(ref.bytes());
            ref.move(fresh, copy.offset());
        }
        fresh.close();
        pack.close();
        Files.move(next, folder.resolve(PACK), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        pack = BodyPack.open(folder.resolve(PACK), false);
        for (Map.Entry<String, Entry> e : posts) {
            BodyPack.Ref ref = e.getValue().body;
            ref.move(pack, ref.offset());
        }
    }

    /** The entry's post written anew (its body may have moved), or null if it is not decoded or cannot be. */
    private byte[] reencoded(Entry e) {
        return e.value instanceof Post p ? encode(p, e.body, e.warnings) : null;
    }

    /**
     * Closes the cache and removes its files (and only those), after a damaged body was found: the next cache
     * starts empty.
     */
    public synchronized void discard() {
        close();
        if (folder != null) {
            for (String f : List.of(INDEX, INDEX + ".tmp", PACK, PACK + ".new")) {
                try {
                    Files.deleteIfExists(folder.resolve(f));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove the damaged cache file " + folder.resolve(f), e);
                }
            }
        }
        entries.clear();
        pending.clear();
    }

    @Override
    public synchronized void close() {
        if (pack != null) {
            try {
                pack.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pack = null;
        }
    }

    /** A short stand-in for long settings text in cache keys. */
    static String digest(String settings) {
        return HexFormat.of().formatHex(Digests.sha256().digest(settings.getBytes(StandardCharsets.UTF_8)));
    }
}
