package io.github.blogmaven.engine;

import static io.github.blogmaven.InlineSite.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.blogmaven.InlineSite;
import io.github.blogmaven.SiteBuildTestSupport;
import io.github.blogmaven.problem.BuildLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For each kind of edit, a rebuild over the previous output (with the builder's cache, as {@code blog:serve} runs
 * it, and as a fresh process does with only the state on disk) gives exactly the files, byte for byte, of a clean
 * build of the edited sources.
 */
class IncrementalCorrectnessTest {

    @TempDir
    Path dir;

    static final Map<String, Consumer<InlineSite>> EDITS = Map.of(
            "body", s -> s.file("_posts/2024-01-02-two.md", post("title: Two\ntags: [x, y]\ncategories: [c]",
                    "Two, with a longer body now.\n\nAnd a second paragraph.")),
            "title", s -> s.file("_posts/2024-01-02-two.md", post("title: Two renamed\ntags: [x, y]\ncategories: [c]",
                    "Two.")),
            "date", s -> s.file("_posts/2024-01-02-two.md", post("title: Two\ndate: 2023-12-31\ntags: [x, y]\n"
                    + "categories: [c]", "Two.")),
            "tags", s -> s.file("_posts/2024-01-02-two.md", post("title: Two\ntags: [z]\ncategories: [c]", "Two.")),
            "delete", s -> delete(s.source.resolve("_posts/2024-01-03-three.md")),
            "add", s -> s.file("_posts/2024-01-05-five.md", post("title: Five\ntags: [y]", "Five.")),
            "template", s -> s.file("_templates/hooks/footer.ftlh", "<p>Thanks for reading.</p>"),
            "config", s -> s.file("_config.yml", "title: Renamed Blog\npaginate: 2\n"));

    @ParameterizedTest
    @ValueSource(strings = {"body", "title", "date", "tags", "delete", "add", "template", "config"})
    void anIncrementalBuildEqualsACleanBuild(String edit) throws Exception {
        InlineSite site = seed(new InlineSite(dir.resolve("incremental")));
        SiteBuilder session = new SiteBuilder();
        session.build(site.config(), BuildLog.silent());
        EDITS.get(edit).accept(site);
        BuildResult result = session.build(site.config(), BuildLog.silent());
        Map<String, byte[]> incremental = files(site.output);
        if (edit.equals("body")) {
            // two's page, the pages that show its excerpt or reading time (listings, related cards), the feeds and
            // the search index are rendered again; the other posts' pages and the shape-only pages are not
            assertThat(result.rendered()).as("files rendered after a body edit").isLessThan(files(site.output).size() / 2);
        }

        // the same edit again from a new process: only what is on disk is known
        InlineSite other = seed(new InlineSite(dir.resolve("process")));
        new SiteBuilder().build(other.config(), BuildLog.silent());
        EDITS.get(edit).accept(other);
        BuildResult again = new SiteBuilder().build(other.config(), BuildLog.silent());
        if (edit.equals("body")) {
            assertThat(again.rendered()).isEqualTo(result.rendered());
        }
        Map<String, byte[]> process = files(other.output);

        InlineSite clean = new InlineSite(dir.resolve("clean"));
        SiteBuildTestSupport.copyTree(site.source, clean.source);
        clean.build();
        Map<String, byte[]> expected = files(clean.output);

        assertThat(incremental.keySet()).as(edit + ": files of the incremental build").isEqualTo(expected.keySet());
        assertThat(process.keySet()).as(edit + ": files of the rebuild in a new process").isEqualTo(expected.keySet());
        expected.forEach((file, bytes) -> {
            assertThat(incremental.get(file)).as(edit + ": " + file).isEqualTo(bytes);
            assertThat(process.get(file)).as(edit + " (new process): " + file).isEqualTo(bytes);
        });
    }

    /**
     * The search index is written in pieces of 64 posts on every thread: a body edited in the last piece must
     * still reach it (each piece's reads count for the file), and the pieces join into the clean build's file.
     */
    @org.junit.jupiter.api.Test
    void aBodyEditInALargeBlogReachesTheSearchIndexWrittenInPieces() throws Exception {
        InlineSite site = new InlineSite(dir.resolve("large"));
        InlineSite clean = new InlineSite(dir.resolve("large-clean"));
        for (InlineSite s : java.util.List.of(site, clean)) {
            s.with(x -> {
                x.now = java.time.Instant.parse("2025-01-01T00:00:00Z");
                x.threads = 16; // more threads than pieces: the last piece is written on another thread
            });
            s.file("_config.yml", "title: Large\n");
            for (int i = 0; i < 700; i++) {
                java.time.LocalDate day = java.time.LocalDate.of(2020, 1, 1).plusDays(i);
                s.file("_posts/" + day + "-post-" + i + ".md", post("title: Post " + i + "\ntags: [t" + i % 7 + "]",
                        "Words of post " + i + " and zebra" + i + "."));
            }
        }
        SiteBuilder session = new SiteBuilder();
        session.build(site.config(), BuildLog.silent());
        String before = new String(Files.readAllBytes(site.output.resolve("search.json")), "UTF-8");
        assertThat(before.split("\\{\"title\":", -1)).hasSize(701);
        assertThat(before.indexOf("\"Post 699\"")).as("newest first, in order across pieces")
                .isLessThan(before.indexOf("\"Post 443\"")).isLessThan(before.indexOf("\"Post 0\""));

        String edited = post("title: Post 0\ntags: [t0]", "Words of post 0 and a new aardvark.");
        site.file("_posts/2020-01-01-post-0.md", edited);
        clean.file("_posts/2020-01-01-post-0.md", edited);
        io.github.blogmaven.RecordingLog log = new io.github.blogmaven.RecordingLog();
        BuildResult result = session.build(site.config(), log);
        clean.build();
        byte[] after = Files.readAllBytes(site.output.resolve("search.json"));
        assertThat(new String(after, "UTF-8")).contains("aardvark").doesNotContain("zebra0\"");
        assertThat(after).isEqualTo(Files.readAllBytes(clean.output.resolve("search.json")));
        assertThat(result.rendered()).as("the post, its listings and feeds, the search index; not every page")
                .isLessThan(100);
        // 700 posts make eleven pieces, the oldest post is in the last: the ten others are copied, not written
        assertThat(log.debugs).anyMatch(l -> l.contains("copied 10 pieces"));

        // an edit in the first piece, from a new process, with the file of the last build: the same rule
        assertThat(editInANewProcess(site, clean, 699, "badger").debugs).anyMatch(l -> l.contains("copied 10 pieces"));

        // the last build's file changed by someone else: nothing is copied from it, the index is whole again
        Path index = site.output.resolve("search.json");
        byte[] published = Files.readAllBytes(index);
        Files.write(index, new String(published, "UTF-8").replace("badger", "badgers").getBytes("UTF-8"));
        assertThat(editInANewProcess(site, clean, 300, "cat").debugs).anyMatch(l -> l.contains("copied 0 pieces"));
    }

    /**
     * Gives post {@code i} of the large blog a new word in both copies, rebuilds the first in a new process and the
     * other from scratch, and checks their search indexes are the same; returns the first build's log.
     */
    private static io.github.blogmaven.RecordingLog editInANewProcess(InlineSite site, InlineSite clean, int i,
                                                                      String word) throws IOException {
        String text = post("title: Post " + i + "\ntags: [t" + i % 7 + "]", "Words of post " + i + " and a " + word + ".");
        String file = "_posts/" + java.time.LocalDate.of(2020, 1, 1).plusDays(i) + "-post-" + i + ".md";
        site.file(file, text);
        clean.file(file, text);
        io.github.blogmaven.RecordingLog log = new io.github.blogmaven.RecordingLog();
        new SiteBuilder().build(site.config(), log);
        clean.build();
        byte[] index = Files.readAllBytes(site.output.resolve("search.json"));
        assertThat(new String(index, "UTF-8")).contains(word);
        assertThat(index).isEqualTo(Files.readAllBytes(clean.output.resolve("search.json")));
        return log;
    }

    private static InlineSite seed(InlineSite s) {
        s.with(x -> x.now = java.time.Instant.parse("2025-01-01T00:00:00Z"));
        s.file("_config.yml", "title: Test Blog\npaginate: 2\n");
        s.file("_data/authors.yml", "ann:\n  name: Ann\n");
        s.file("_posts/2024-01-01-one.md", post("title: One\nauthor: ann\ntags: [x]\ncategories: [c]", "One."));
        s.file("_posts/2024-01-02-two.md", post("title: Two\ntags: [x, y]\ncategories: [c]", "Two."));
        s.file("_posts/2024-01-03-three.md", post("title: Three\ntags: [y]", "Three links to [two]({% post_url "
                + "2024-01-02-two %})."));
        s.file("_posts/2024-01-04-four.md", post("title: Four\nauthor: ann", "Four."));
        s.file("about.md", post("title: About", "About."));
        return s;
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (!rel.startsWith(".blog-")) {
                    out.put(rel, Files.readAllBytes(f));
                }
            }
        }
        return out;
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
