package io.github.blogmaven.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.blogmaven.problem.BlogException;
import io.github.blogmaven.render.Rendered;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    @TempDir
    Path dir;

    private static OutputWriter.Result publish(OutputWriter w, Map<String, String> files) {
        TreeMap<String, byte[]> bytes = new TreeMap<>();
        files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        try (OutputWriter.Session s = w.begin()) {
            bytes.forEach(s::put);
            return s.commit(new Rendered(new java.util.TreeSet<>(files.keySet()), new TreeMap<>(), 0, 0, 0));
        }
    }

    @Test
    void writesOnlyWhatChangedAndRemovesOnlyItsOwnStaleFiles() throws Exception {
        Path out = dir.resolve("out");
        OutputWriter w = new OutputWriter(out);
        assertThat(publish(w, Map.of("a/index.html", "A", "b.html", "B")).written()).isEqualTo(2);
        Files.writeString(out.resolve("mine.txt"), "a user's file");
        FileTime before = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(out.resolve("b.html"), before);

        OutputWriter.Result r = publish(w, Map.of("b.html", "B", "c.html", "C"));
        assertThat(r.written()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(r.removed()).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(out.resolve("b.html"))).isEqualTo(before);
        assertThat(out.resolve("a")).doesNotExist();
        assertThat(out.resolve("mine.txt")).hasContent("a user's file");
        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".blog-tmp"))
                    .doesNotContain(OutputWriter.STAGING);
        }
    }

    /**
     * A file made of pieces copies its ranges from the file it replaces: the same bytes keep the file as it was, one
     * piece changed writes the whole file from the old one's ranges and the new piece.
     */
    @Test
    void aFileInPiecesIsCopiedFromTheFileItReplacesOnlyWhenItChanged() throws Exception {
        Path out = dir.resolve("out");
        OutputWriter w = new OutputWriter(out);
        publish(w, Map.of("search.json", "[\"one\",\"two\",\"six\"]\n"));
        Path index = out.resolve("search.json");
        FileTime before = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(index, before);

        OutputWriter.Result same = publishInPieces(w, index, "\"six\"]\n");
        assertThat(same.unchanged()).isEqualTo(1);
        assertThat(same.written()).isZero();
        assertThat(Files.getLastModifiedTime(index)).isEqualTo(before);

        assertThat(publishInPieces(w, index, "\"seven\"]\n").written()).isEqualTo(1);
        assertThat(index).hasContent("[\"one\",\"two\",\"seven\"]");
        assertThat(Files.getLastModifiedTime(index)).isNotEqualTo(before);
    }

    /** Publishes search.json as the first 13 bytes of the file there now, then {@code rest}. */
    private static OutputWriter.Result publishInPieces(OutputWriter w, Path index, String rest) {
        io.github.blogmaven.render.Pieces pieces = new io.github.blogmaven.render.Pieces.Builder()
                .add(new io.github.blogmaven.render.Pieces.Range(index, 0, 13))
                .add(rest.getBytes(StandardCharsets.UTF_8)).build();
        try (OutputWriter.Session s = w.begin()) {
            s.put("search.json", pieces);
            return s.commit(new Rendered(new java.util.TreeSet<>(java.util.Set.of("search.json")), new TreeMap<>(), 0,
                    0, 0));
        }
    }

    @Test
    void newFoldersMoveInWholeBesideFilesMovedOneByOne() throws Exception {
        Path out = dir.resolve("out");
        OutputWriter w = new OutputWriter(out);
        publish(w, Map.of("posts/a/index.html", "A1", "index.html", "H1"));
        Files.writeString(out.resolve("posts/keep.txt"), "a user's file");

        Map<String, String> next = new TreeMap<>(Map.of("posts/a/index.html", "A2", "index.html", "H1",
                "posts/b/c/index.html", "BC", "tags/x/index.html", "X", "tags/y/page/2/index.html", "Y2",
                "tags/y/index.html", "Y"));
        OutputWriter.Result r = publish(w, next);
        assertThat(r.written()).isEqualTo(5);
        assertThat(r.unchanged()).isEqualTo(1);
        next.forEach((file, text) -> assertThat(out.resolve(file)).hasContent(text));
        assertThat(out.resolve("posts/keep.txt")).hasContent("a user's file");
        assertThat(out.resolve(OutputWriter.STAGING)).doesNotExist();
        try (var walk = Files.walk(out)) {
            assertThat(walk.filter(Files::isRegularFile).count()).isEqualTo(next.size() + 2); // keep.txt, manifest
        }
    }

    @Test
    void aSessionClosedWithoutCommitLeavesTheOutputAsItWas() throws Exception {
        Path out = dir.resolve("out");
        OutputWriter w = new OutputWriter(out);
        publish(w, Map.of("index.html", "old"));
        try (OutputWriter.Session s = w.begin()) {
            s.put("index.html", "new".getBytes(StandardCharsets.UTF_8));
            s.put("more.html", "more".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(out.resolve("index.html")).hasContent("old");
        assertThat(out.resolve("more.html")).doesNotExist();
        assertThat(out.resolve(OutputWriter.STAGING)).doesNotExist();
    }

    @Test
    void refusesToWriteOutsideTheOutputFolder() {
        OutputWriter w = new OutputWriter(dir.resolve("out"));
        assertThatThrownBy(() -> publish(w, Map.of("../escape.html", "x"))).isInstanceOf(BlogException.class)
                .hasMessageContaining("outside the output folder");
        assertThat(dir.resolve("escape.html")).doesNotExist();
    }

    @Test
    void aManifestThatNamesFilesOutsideIsIgnored() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(dir.resolve("precious.txt"), "keep");
        Files.writeString(out.resolve(OutputWriter.MANIFEST), "../precious.txt\n");
        publish(new OutputWriter(out), Map.of("index.html", "x"));
        assertThat(dir.resolve("precious.txt")).hasContent("keep");
    }
}
