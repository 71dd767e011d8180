package io.github.blogmaven.engine;

import static io.github.blogmaven.InlineSite.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.blogmaven.InlineSite;
import io.github.blogmaven.problem.BlogException;
import io.github.blogmaven.problem.BuildLog;
import java.nio.file.Files;
import java.nio.file.Path;
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

        // a change to the author registry invalidates every post
        site.file("_data/authors.yml", "ann:\n  name: Ann Smith\n");
        builder.build(site.config(), BuildLog.silent());
        assertThat(builder.cacheHits()).as("only the page survives a registry change").isEqualTo(4);
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
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path twin = site.output.resolve(clean.output.relativize(f).toString());
                assertThat(Files.mismatch(f, twin)).as(f.toString()).isEqualTo(-1L);
            }
        }
        try (Stream<Path> files = Files.walk(site.output)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(countFiles(clean.output));
        }
    }

    private static long countFiles(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
