package io.github.blogmaven.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed posts and pages kept between builds of one session (the preview server's), keyed by each file's content
 * hash and everything else that shapes the result, so that a rebuild parses only the files that changed.
 */
public final class ParseCache {

    private record Entry(String key, Object value) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Entry> pending = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();

    /** How many files were served from the cache so far. */
    public int hits() {
        return hits.get();
    }

    /** The cached result for a file whose bytes and settings hash to {@code key}, or null. */
    Object get(String file, String key) {
        Entry e = entries.get(file);
        if (e != null && e.key.equals(key)) {
            hits.incrementAndGet();
            return e.value;
        }
        return null;
    }

    /** Offers a result; it is kept only if the build that made it {@link #commit commits}. */
    void offer(String file, String key, Object value) {
        pending.put(file, new Entry(key, value));
    }

    /** Keeps what this build offered and forgets files it did not see; a build with errors keeps nothing. */
    void commit(boolean keep, java.util.Set<String> seen) {
        if (keep) {
            entries.putAll(pending);
            entries.keySet().retainAll(seen);
        }
        pending.clear();
    }

    /** A short stand-in for long settings text in cache keys. */
    static String digest(String settings) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(settings.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
