package io.github.blogmaven.content;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The two digests the build uses, each for its own kind of question. */
public final class Digests {

    /*
     * Fresh digests are copies of these, never used themselves: MessageDigest.getInstance looks up the provider and
     * makes the instance reflectively, which cost more than hashing a small file does.
     */
    private static final MessageDigest SHA256 = of("SHA-256");
    private static final MessageDigest MD5 = of("MD5");

    private Digests() {
    }

    /** SHA-256: the settings text in parse-cache keys. */
    public static MessageDigest sha256() {
        return copy(SHA256);
    }

    /**
     * MD5, for what a build only compares with the last build's (each source file's content hash, the inputs'
     * fingerprint, the site's shape and each post's front matter in it, a {@code search.json} piece's posts):
     * collision-resistant enough to tell one state of a user's blog from another (nobody crafts collisions against
     * their own blog), and three times faster than SHA-256 in a JVM that only runs C1-compiled code, over the megabytes
     * such digests take in a 10,000-post build.
     */
    public static MessageDigest comparing() {
        return copy(MD5);
    }

    private static MessageDigest copy(MessageDigest prototype) {
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return of(prototype.getAlgorithm());
        }
    }

    private static MessageDigest of(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
