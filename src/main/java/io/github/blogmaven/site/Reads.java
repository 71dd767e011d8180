package io.github.blogmaven.site;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which posts' bodies a piece of work read: the rendering of one page runs inside {@link #tracking}, and every
 * body-derived field of a {@link PostView} that it reads is noted. An incremental build re-renders a page only when
 * one of the bodies it read (or the site's shape) changed.
 */
public final class Reads {

    private static final ThreadLocal<Set<PostView>> CURRENT = new ThreadLocal<>();

    private Reads() {
    }

    /** Runs {@code work}, adding to {@code into} every post whose body it read. Nests: the outer set sees all. */
    public static <T> T tracking(Set<PostView> into, Supplier<T> work) {
        Set<PostView> outer = CURRENT.get();
        CURRENT.set(into);
        try {
            return work.get();
        } finally {
            CURRENT.set(outer);
            if (outer != null) {
                outer.addAll(into);
            }
        }
    }

    /** A set to track into. */
    public static Set<PostView> newSet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /**
     * Runs {@code count} pieces of the work running on this thread on every thread of the build, and gives their
     * results in order. Each piece tracks into a set of its own (a piece may run on a thread that tracks nothing, or
     * another page), and every post a piece read counts as read by the work that asked for them.
     */
    public static <T> java.util.List<T> inParallel(int count, java.util.function.IntFunction<T> piece) {
        java.util.List<Set<PostView>> reads = java.util.stream.IntStream.range(0, count).mapToObj(i -> newSet())
                .toList();
        java.util.List<T> results = java.util.stream.IntStream.range(0, count).parallel()
                .mapToObj(i -> tracking(reads.get(i), () -> piece.apply(i))).toList();
        Set<PostView> current = CURRENT.get();
        if (current != null) {
            reads.forEach(current::addAll);
        }
        return results;
    }

    /**
     * Counts posts as read by the work running now without reading them: for work that copies what an earlier
     * reading of exactly these bodies gave.
     */
    public static void countAsRead(java.util.Collection<PostView> posts) {
        Set<PostView> current = CURRENT.get();
        if (current != null) {
            current.addAll(posts);
        }
    }

    static void note(PostView post) {
        Set<PostView> current = CURRENT.get();
        if (current != null) {
            current.add(post);
        }
    }
}
