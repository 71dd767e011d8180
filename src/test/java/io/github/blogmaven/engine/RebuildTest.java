package io.github.blogmaven.engine;

import static io.github.blogmaven.InlineSite.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.blogmaven.InlineSite;
import io.github.blogmaven.problem.BlogException;
import io.github.blogmaven.problem.BuildLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds of one builder (as the preview server makes them) parse only what changed and match a clean build. */
class RebuildTest {

    @TempDir
    Path dir;

    @Test
    void aRebuildParsesOnlyChangedFilesAndEqualsACleanBuild() throws Exception {
        InlineSite site = new InlineSite(dir.resolve("a"))
                .file("_data/authors.yml", "ann:\n  name: Ann\n")
                .file("_posts/2024-01-01-one.md", post("title: One\nauthor: ann\ntags: [x]", "One."))
                .file("_posts/2024-01-02-two.md", post("title: Two\ntags: [x]", "Two."))
                .file("_posts/2024-01-03-three.md", post("title: Three", "Three."))
                .file("about.md", post("title: About", "About."));
        SiteBuilder builder = new SiteBuilder();
        builder.build(site.config(), BuildLog.silent());
        assertThat(builder.cacheHits()).isZero();

        site.file("_posts/2024-01-02-two.md", post("title: Two, edited\ntags: [y]", "Two, edited."));
        builder.build(site.config(), BuildLog.silent());
        assertThat(builder.cacheHits()).as("one, three and about came from the cache").isEqualTo(3);
        assertThat(site.read("tags/y/index.html")).contains("Two, edited");
        assertThat(site.exists("tags/x/index.html")).isTrue();

        // a change to site data (the author registry here) invalidates every post and page: Liquid sees site.data
        site.file("_data/authors.yml", "ann:\n  name: Ann Smith\n");
        builder.build(site.config(), BuildLog.silent());
        assertThat(builder.cacheHits()).as("nothing survives a data change").isEqualTo(3);
        assertThat(site.read("2024/01/01/one/index.html")).contains("Ann Smith");

        // a build with an error keeps the previous output and the cache; the fix builds from the cache
        site.file("_posts/2024-01-03-three.md", "---\ntitle: [broken\n---\n");
        assertThatThrownBy(() -> builder.build(site.config(), BuildLog.silent())).isInstanceOf(BlogException.class);
        site.file("_posts/2024-01-03-three.md", post("title: Three again", "Three."));
        Files.delete(site.source.resolve("_posts/2024-01-01-one.md"));
        builder.build(site.config(), BuildLog.silent());
        assertThat(site.exists("2024/01/01/one/index.html")).as("a deleted post's page goes").isFalse();

        InlineSite clean = new InlineSite(dir.resolve("b"));
        io.github.blogmaven.SiteBuildTestSupport.copyTree(site.source, clean.source);
        clean.build();
        try (Stream<Path> files = Files.walk(clean.output)) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".blog-")).toList()) {
                Path twin = site.output.resolve(clean.output.relativize(f).toString());
                assertThat(Files.mismatch(f, twin)).as(f.toString()).isEqualTo(-1L);
            }
        }
        try (Stream<Path> files = Files.walk(site.output)) {
            assertThat(files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".blog-"))
                    .count()).isEqualTo(countFiles(clean.output));
        }
    }

    @Test
    void theStateAnIncrementalBuildRecordsKnowsTheFilesItLeftAlone() throws Exception {
        InlineSite site = new InlineSite(dir.resolve("kept"))
                .file("_posts/2024-01-01-one.md", post("title: One", "One."))
                .file("_posts/2024-01-02-two.md", post("title: Two", "Two."))
                .file("_posts/2024-01-03-three.md", post("title: Three", "Three."))
                .with(s -> s.now = java.time.Instant.parse("2025-01-01T00:00:00Z"));
        BuildResult first = site.build();
        site.file("_posts/2024-01-03-three.md", post("title: Three", "Three, longer."));
        BuildResult edit = site.build();
        assertThat(edit.rendered()).as("pages that do not show three's body are left alone")
                .isLessThan(first.written() - 5);
        // the sizes and times recorded for the files left alone (not asked again) are right: nothing to do now
        BuildResult again = site.build();
        assertThat(again.phases()).containsOnlyKeys("check");
        assertThat(again.written()).isZero();
        // and a file left alone by the edit, then changed by hand, is noticed and restored
        Path one = site.output.resolve("2024/01/01/one/index.html");
        byte[] published = Files.readAllBytes(one);
        Files.writeString(one, "changed by hand");
        assertThat(site.build().written()).isEqualTo(1);
        assertThat(Files.readAllBytes(one)).isEqualTo(published);

        // a damaged render memo (cut short, or naming a post it does not have) is not trusted: all is rendered
        Path memo = site.config().cacheDirectory().resolve("render-memo.bin");
        byte[] whole = Files.readAllBytes(memo);
        Files.write(memo, java.util.Arrays.copyOf(whole, whole.length / 2));
        site.file("_posts/2024-01-03-three.md", post("title: Three", "Three, longer still."));
        BuildResult afterCut = site.build();
        assertThat(afterCut.rendered()).isEqualTo(first.written());
        byte[] sound = Files.readAllBytes(memo);
        byte[] wrong = sound.clone();
        int firstPage = new String(sound, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("404.html") + 8;
        wrong[firstPage + 4] = 0x7f; // the first post number of the first page, far past the posts it knows
        Files.write(memo, wrong);
        site.file("_posts/2024-01-03-three.md", post("title: Three", "Three, once more."));
        assertThat(site.build().rendered()).isEqualTo(first.written());
        InlineSite clean = new InlineSite(dir.resolve("kept-clean"));
        io.github.blogmaven.SiteBuildTestSupport.copyTree(site.source, clean.source);
        clean.with(s -> s.now = java.time.Instant.parse("2025-01-01T00:00:00Z")).build();
        assertThat(contents(site.output)).isEqualTo(contents(clean.output));
    }

    @Test
    void aBuildWithNothingChangedStopsAtOnceButNeverTrustsAStaleOrBrokenState() throws Exception {
        InlineSite site = new InlineSite(dir.resolve("c"))
                .file("_posts/2024-01-01-one.md", post("title: One", "One."))
                .file("_posts/2025-06-01-later.md", post("title: Later", "Due in June 2025."))
                .file("_posts/notes.txt", "not a post")
                .with(s -> s.now = java.time.Instant.parse("2025-01-01T00:00:00Z"));
        BuildResult first = site.build();
        assertThat(first.posts()).isEqualTo(1);
        List<String> firstWarnings = List.copyOf(site.warnings);
        assertThat(firstWarnings).anyMatch(w -> w.startsWith("_posts/notes.txt: skipped"));
        site.warnings.clear();
        BuildResult again = site.build();
        // what was wrong is still wrong, so it is said again
        assertThat(site.warnings).containsExactlyElementsOf(firstWarnings);
        assertThat(again.written()).isZero();
        assertThat(again.phases()).containsOnlyKeys("check");
        assertThat(again.posts()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(first.written());

        // an output file deleted or changed by hand is noticed and restored
        Files.delete(site.output.resolve("2024/01/01/one/index.html"));
        assertThat(site.build().written()).isEqualTo(1);
        assertThat(site.exists("2024/01/01/one/index.html")).isTrue();

        // a corrupt state costs a full build, nothing more
        Files.writeString(site.config().cacheDirectory().resolve("build-state"), "garbage");
        BuildResult afterCorruption = site.build();
        assertThat(afterCorruption.phases()).containsKey("render");
        assertThat(afterCorruption.written()).isZero();

        // a post held back as future is published once its date has come, with no other change
        InlineSite later = site.with(s -> s.now = java.time.Instant.parse("2025-07-01T00:00:00Z"));
        BuildResult due = later.build();
        assertThat(due.posts()).isEqualTo(2);
        assertThat(site.exists("2025/06/01/later/index.html")).isTrue();

        // a changed byte anywhere in the sources means a real build
        site.file("assets/new.txt", "x");
        assertThat(site.build().phases()).containsKey("render");
        assertThat(site.exists("assets/new.txt")).isTrue();
    }

    @Test
    void aNewProcessReadsUnchangedPostsFromTheCacheFolderAndNeverTrustsADamagedOne() throws Exception {
        InlineSite site = new InlineSite(dir.resolve("d"))
                .file("_posts/2024-01-01-one.md", post("title: One\ntags: [x]", "One {% include x.html %}."))
                .file("_posts/2024-01-02-two.md", post("title: Two\ntags: [x]", "Two."))
                .file("_posts/2024-01-03-three.md", post("title: Three", "Three."));
        new SiteBuilder().build(site.config(), BuildLog.silent());
        site.file("_posts/2024-01-02-two.md", post("title: Two\ntags: [x]", "Two, edited."));
        site.warnings.clear();
        SiteBuilder next = new SiteBuilder();
        next.build(site.config(), site.log());
        assertThat(next.cacheHits()).as("one and three come from the cache folder").isEqualTo(2);
        assertThat(site.read("2024/01/02/two/index.html")).contains("Two, edited.");
        assertThat(site.read("2024/01/01/one/index.html")).contains("One {% include x.html %}.");
        // the cached post's warning is said again
        assertThat(site.warnings).anyMatch(w -> w.startsWith("_posts/2024-01-01-one.md:5: {% include x.html %}"));

        // damage every body in the pack: the build notices, says so, and builds as if from scratch
        Path pack = site.config().cacheDirectory().resolve("bodies.pack");
        byte[] bytes = Files.readAllBytes(pack);
        java.util.Arrays.fill(bytes, (byte) 'x');
        Files.write(pack, bytes);
        site.file("_posts/2024-01-03-three.md", post("title: Three", "Three, edited."));
        site.warnings.clear();
        SiteBuilder third = new SiteBuilder();
        third.build(site.config(), site.log());
        assertThat(site.warnings).anyMatch(w -> w.startsWith("The build cache in ") && w.contains("damaged"));
        assertThat(site.warnings.stream().filter(w -> w.contains("{% include x.html %}"))).hasSize(1);
        assertThat(site.read("2024/01/01/one/index.html")).contains("One {% include x.html %}.");
        assertThat(site.read("2024/01/03/three/index.html")).contains("Three, edited.");

        // a cache index cut short is not trusted either
        Path index = site.config().cacheDirectory().resolve("parsed.bin");
        Files.write(index, java.util.Arrays.copyOf(Files.readAllBytes(index), 100));
        SiteBuilder fourth = new SiteBuilder();
        fourth.build(site.with(s -> s.title = "Retitled").config(), BuildLog.silent());
        assertThat(fourth.cacheHits()).isZero();
        assertThat(site.read("2024/01/02/two/index.html")).contains("Two, edited.").contains("Retitled");
    }

    @Test
    void theCacheIndexWrittenAgainAndAgainByOneSessionStaysReadable() throws Exception {
        InlineSite site = new InlineSite(dir.resolve("session"));
        for (int i = 1; i <= 6; i++) {
            site.file("_posts/2024-01-0" + i + "-p" + i + ".md", post("title: P" + i + "\ntags: [t" + i % 2 + "]",
                    "Body " + i + " with ünïcode."));
        }
        SiteBuilder session = new SiteBuilder();
        session.build(site.config(), BuildLog.silent());
        // each build of the session writes the index anew from the last one's records, now in the new file
        for (int round = 1; round <= 3; round++) {
            site.file("_posts/2024-01-0" + round + "-p" + round + ".md", post("title: P" + round + "\ntags: [t"
                    + round % 2 + "]", "Body " + round + ", edit " + round + "."));
            session.build(site.config(), BuildLog.silent());
        }
        site.file("_posts/2024-01-06-p6.md", post("title: P6\ntags: [t0]", "Body 6, edited last."));
        SiteBuilder next = new SiteBuilder();
        next.build(site.config(), BuildLog.silent());
        assertThat(next.cacheHits()).as("every post but the one edited comes from the index").isEqualTo(5);
        InlineSite clean = new InlineSite(dir.resolve("session-clean"));
        io.github.blogmaven.SiteBuildTestSupport.copyTree(site.source, clean.source);
        clean.build();
        assertThat(contents(site.output)).isEqualTo(contents(clean.output));
        assertThat(site.read("2024/01/05/p5/index.html")).contains("Body 5 with ünïcode.");
    }

    @Test
    void eachProcessAddsOnlyWhatChangedToTheCacheIndexAndWritesItWholeWhenReplacedRecordsOutweighTheRest()
            throws Exception {
        InlineSite site = new InlineSite(dir.resolve("append"));
        for (int i = 1; i <= 4; i++) {
            site.file("_posts/2024-02-0" + i + "-q" + i + ".md", post("title: Q" + i + "\ntags: [t]", "Body " + i + "."));
        }
        new SiteBuilder().build(site.config(), BuildLog.silent());
        Path index = site.config().cacheDirectory().resolve("parsed.bin");
        byte[] whole = Files.readAllBytes(index);

        // one edit: the index is the last one without its end mark, then the edited post's record, then the mark
        site.file("_posts/2024-02-02-q2.md", post("title: Q2\ntags: [t]", "Body 2, edited."));
        SiteBuilder second = new SiteBuilder();
        second.build(site.config(), BuildLog.silent());
        assertThat(second.cacheHits()).isEqualTo(3);
        byte[] appended = Files.readAllBytes(index);
        assertThat(appended.length).isGreaterThan(whole.length);
        assertThat(java.util.Arrays.copyOf(appended, whole.length - 8))
                .isEqualTo(java.util.Arrays.copyOf(whole, whole.length - 8));

        // a deleted post leaves an empty record: put back as it was, it is parsed again, not taken from its old one
        assertThat(site.read("2024/02/04/q4/index.html")).contains("Body 4.");
        Path q4Source = site.source.resolve("_posts/2024-02-04-q4.md");
        byte[] q4Bytes = Files.readAllBytes(q4Source);
        Files.delete(q4Source);
        SiteBuilder third = new SiteBuilder();
        third.build(site.config(), BuildLog.silent());
        assertThat(third.cacheHits()).isEqualTo(3);
        Files.write(q4Source, q4Bytes);
        SiteBuilder fourth = new SiteBuilder();
        fourth.build(site.config(), BuildLog.silent());
        assertThat(fourth.cacheHits()).as("q1 to q3 from the index; q4's old record was emptied").isEqualTo(3);

        // edits pile up replaced records until they outweigh the live ones: then the index is written whole again
        long largest = 0;
        for (int round = 1; round <= 12; round++) {
            site.file("_posts/2024-02-01-q1.md", post("title: Q1\ntags: [t]", "Body 1, edit " + round + "."));
            SiteBuilder next = new SiteBuilder();
            next.build(site.config(), BuildLog.silent());
            assertThat(next.cacheHits()).as("round " + round).isEqualTo(3);
            largest = Math.max(largest, Files.size(index));
        }
        assertThat(largest).as("never more than twice the live records, plus one round's").isLessThan(3L * whole.length);

        // an index whose last append was cut short (no end mark) is not trusted
        byte[] now = Files.readAllBytes(index);
        Files.write(index, java.util.Arrays.copyOf(now, now.length - 3));
        site.file("_posts/2024-02-03-q3.md", post("title: Q3\ntags: [t]", "Body 3, edited."));
        SiteBuilder cut = new SiteBuilder();
        cut.build(site.config(), BuildLog.silent());
        assertThat(cut.cacheHits()).isZero();

        InlineSite clean = new InlineSite(dir.resolve("append-clean"));
        io.github.blogmaven.SiteBuildTestSupport.copyTree(site.source, clean.source);
        clean.build();
        assertThat(contents(site.output)).isEqualTo(contents(clean.output));
    }

    @Test
    void anErrorInAPostReadFromTheCacheNamesTheLineOfItsFrontMatter() throws Exception {
        InlineSite site = new InlineSite(dir.resolve("line"))
                .file("_posts/2024-03-02-late.md", post("title: Late\ntags: [x]\npermalink: /same/", "Late."));
        site.build();
        // the later file is at fault; its front matter's text comes from the cache, read only for the error
        site.file("_posts/2024-03-01-early.md", post("title: Early\npermalink: /same/", "Early."));
        SiteBuilder next = new SiteBuilder();
        assertThatThrownBy(() -> next.build(site.config(), BuildLog.silent())).isInstanceOf(BlogException.class)
                .hasMessageContaining("_posts/2024-03-02-late.md:4: permalink /same/ is also the permalink of "
                        + "_posts/2024-03-01-early.md");
        assertThat(next.cacheHits()).isEqualTo(1);
    }

    /** Every published file's bytes (as text, for readable failures), by path. */
    private static java.util.Map<String, String> contents(Path root) throws Exception {
        java.util.Map<String, String> all = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(f).toString();
                if (!rel.startsWith(".blog-")) {
                    all.put(rel, new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
        }
        return all;
    }

    private static long countFiles(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".blog-")).count();
        }
    }
}
