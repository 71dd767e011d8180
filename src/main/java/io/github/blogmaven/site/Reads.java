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
     * Notes posts that work on other threads read for the work running on this one (each piece of that work
     * tracked into a set of its own).
     */
    public static void noteAll(java.util.Collection<PostView> posts) {
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
