package io.github.blogmaven.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateTest {

    @TempDir
    Path dir;

    private BuildState recorded(Path out, Path cache) throws Exception {
        return recorded(out, cache, new BuildState.Counts(3, 0, 0, 3, List.of()));
    }

    /** Three output files, as a build with these counts recorded them. */
    private BuildState recorded(Path out, Path cache, BuildState.Counts counts) throws Exception {
        for (String f : List.of("a/index.html", "b/index.html", "c/index.html")) {
            Files.createDirectories(out.resolve(f).getParent());
            Files.writeString(out.resolve(f), "<p>" + f);
            Files.setLastModifiedTime(out.resolve(f), FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        }
        new BuildState(cache, out).record("fp", null, counts, List.of("a/index.html", "b/index.html", "c/index.html"),
                page -> false);
        return new BuildState(cache, out);
    }

    /** A recorded path is looked at only if it names a file inside the output folder. */
    @Test
    void onlyPlainRelativePathsCountAsInsideTheOutput() {
        for (String ok : List.of("index.html", "a/index.html", "2024/01/02/post/index.html", ".well-known/x",
                "a/..b/c", "a/b.", "...", "a/.../b", "assets/blog/site.css")) {
            assertThat(BuildState.inside(ok)).as(ok).isTrue();
        }
        for (String bad : List.of("", "/etc/passwd", "../x", "a/../../x", "a/..", "..", ".", "./a", "a/./b", "a//b",
                "a/", "a\\..\\b", "a\u0000b")) {
            assertThat(BuildState.inside(bad)).as(bad).isFalse();
        }
    }

    @Test
    void filesLookedAtAheadGetTheAnswersALookNowWouldGive() throws Exception {
        Path out = dir.resolve("out");
        BuildState state = recorded(out, dir.resolve("cache"));
        Files.writeString(out.resolve("b/index.html"), "<p>changed by hand");
        Files.delete(out.resolve("c/index.html"));

        state.checkAhead(List.of("a/index.html", "b/index.html", "c/index.html", "never/recorded.html"));

        assertThat(state.intact("a/index.html")).isTrue();
        assertThat(state.intact("b/index.html")).isFalse();
        assertThat(state.intact("c/index.html")).isFalse();
        assertThat(state.intact("never/recorded.html")).isFalse();
        assertThat(state.intact("../outside.html")).isFalse();
    }

    @Test
    void onceForgottenTheAnswersFoundAheadAreNotUsedAgain() throws Exception {
        Path out = dir.resolve("out");
        BuildState state = recorded(out, dir.resolve("cache"));
        state.checkAhead(List.of("a/index.html"));
        assertThat(state.intact("a/index.html")).isTrue();

        state.forget(); // as a build does right before it changes the output
        Files.writeString(out.resolve("a/index.html"), "<p>rewritten");
        assertThat(state.intact("a/index.html")).as("looked at again, not taken from before").isFalse();
        state.checkAhead(List.of("a/index.html")); // too late: nothing is kept any more
        Files.writeString(out.resolve("a/index.html"), "<p>a/index.html");
        Files.setLastModifiedTime(out.resolve("a/index.html"), FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        assertThat(state.intact("a/index.html")).as("as recorded again, by size and time").isTrue();
        Files.writeString(out.resolve("a/index.html"), "<p>rewritten once more");
        assertThat(state.intact("a/index.html")).isFalse();
    }

    /** A recorded build reads back whole: its counts, its warnings (even with line breaks) and every output file. */
    @Test
    void aRecordedBuildWithNothingChangedIsUpToDateWithItsCountsAndWarnings() throws Exception {
        Path out = dir.resolve("out");
        Path cache = dir.resolve("cache");
        BuildState state = recorded(out, cache, new BuildState.Counts(3, 1, 2, 3,
                List.of("_posts/a.md:3: one", "two\nlines \\ and a backslash")));
        BuildState.Counts counts = state.upToDate(() -> "fp", Instant.parse("2025-01-01T00:00:00Z")).orElseThrow();
        assertThat(counts.posts()).isEqualTo(3);
        assertThat(counts.pages()).isEqualTo(1);
        assertThat(counts.feeds()).isEqualTo(2);
        assertThat(counts.files()).isEqualTo(3);
        assertThat(counts.warnings()).containsExactly("_posts/a.md:3: one", "two\nlines \\ and a backslash");
        assertThat(new BuildState(cache, out).upToDate(() -> "another", Instant.EPOCH)).isEmpty();
        assertThat(state.intact("c/index.html")).isTrue();
    }

    /**
     * A damaged line in the list of output files is found when the list is first read (after the fingerprint, which
     * a rebuild compares first): then nothing in the list is trusted.
     */
    @Test
    void aDamagedListOfOutputFilesIsNotTrusted() throws Exception {
        Path out = dir.resolve("out");
        Path cache = dir.resolve("cache");
        recorded(out, cache);
        Path file = cache.resolve(BuildState.FILE);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("\n" + Files.size(out.resolve("b/index.html")) + " ", "\nnot-a-size "));
        assertThat(Files.readString(file)).contains("not-a-size");

        BuildState state = new BuildState(cache, out);
        assertThat(state.upToDate(() -> "fp", Instant.EPOCH)).isEmpty();
        for (String f : List.of("a/index.html", "b/index.html", "c/index.html")) {
            assertThat(state.intact(f)).as(f).isFalse();
        }
        assertThat(state.range("a/index.html", 0, 3)).isNull();

        Files.writeString(file, text.substring(0, text.indexOf("a/index.html")) + "12 34"); // cut short
        assertThat(new BuildState(cache, out).upToDate(() -> "fp", Instant.EPOCH)).isEmpty();
        Files.writeString(file, text.substring(0, text.indexOf('\n', text.indexOf('\n') + 1))); // no counts
        assertThat(new BuildState(cache, out).upToDate(() -> "fp", Instant.EPOCH)).isEmpty();
    }
}
