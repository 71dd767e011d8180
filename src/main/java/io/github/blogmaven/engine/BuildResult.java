package io.github.blogmaven.engine;

import java.nio.file.Path;

/**
 * What a build made and how long it took.
 *
 * @param rendered how many files were rendered; the others were kept as the last build left them, because nothing
 *     they show changed
 * @param phases milliseconds spent in each stage (discover, parse, assemble, render, write), in order
 */
public record BuildResult(int posts, int pages, int feeds, int written, int unchanged, int removed, int rendered,
                          long millis, Path output, java.util.Map<String, Long> phases) {

    /** The one line a user reads at the end of a build. */
    public String summary() {
        StringBuilder timings = new StringBuilder();
        phases.forEach((k, v) -> timings.append(timings.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return String.format("Blog built: %d post%s, %d page%s, %d feed%s in %d ms (%d file%s written, %d unchanged, "
                        + "%d removed, %d rendered; ms: %s) -> %s", posts, posts == 1 ? "" : "s", pages,
                pages == 1 ? "" : "s", feeds, feeds == 1 ? "" : "s", millis, written, written == 1 ? "" : "s",
                unchanged, removed, rendered, timings,
                output.resolve("index.html"));
    }
}
