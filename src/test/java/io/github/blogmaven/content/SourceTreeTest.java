package io.github.blogmaven.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTreeTest {

    @TempDir
    Path dir;

    private static List<String> names(List<SourceFile> files) {
        return files.stream().map(SourceFile::relative).toList();
    }

    /** Every regular file below the folder, as a build's own listing has them. */
    private static List<String> listing(Path root, Path output) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(f -> output == null || !f.startsWith(output))
                    .map(f -> root.relativize(f).toString().replace('\\', '/')).toList();
        }
    }

    @Test
    void filesAreSortedByJekyllsRules() throws Exception {
        Path src = dir.resolve("src");
        for (String f : List.of("_posts/2024-01-01-a.md", "_posts/_sub/2024-01-02-b.md", "_posts/.hidden.md",
                "_posts/.git/x", "_drafts/c.md", "_data/authors.yml", "_data/_more/x.yml", "_layouts/post.html",
                "_templates/home.ftlh", ".git/config", "node_modules/m/index.js", "sub/target/x.css",
                "about.md", "notes/_draft.md", "notes/deep/page.markdown", "assets/_sass/x.scss", "assets/a.css",
                "assets/.DS_Store", "assets/img/b.png", "pom.xml", "#scratch#", "backup~", "target/y.html",
                "site/out/index.html")) {
            Files.createDirectories(src.resolve(f).getParent());
            Files.writeString(src.resolve(f), "x");
        }
        SourceTree tree = SourceTree.scan(src, src.resolve("site/out"));
        assertThat(names(tree.posts())).containsExactly("_posts/.git/x", "_posts/2024-01-01-a.md",
                "_posts/_sub/2024-01-02-b.md");
        assertThat(names(tree.drafts())).containsExactly("_drafts/c.md");
        assertThat(names(tree.data())).containsExactly("_data/_more/x.yml", "_data/authors.yml");
        assertThat(names(tree.documents())).containsExactly("about.md", "notes/deep/page.markdown");
        assertThat(names(tree.assets())).containsExactly("assets/a.css", "assets/img/b.png");

        // the same from a listing the build made already (the output folder left out of it)
        assertThat(SourceTree.of(src, listing(src, src.resolve("site/out")))).isEqualTo(tree);
    }

    @Test
    void aListingSortsEveryRealBlogAsAScanDoes() throws Exception {
        for (Path root : List.of(Path.of("example/src/blog"), Path.of("../shared/corpus/julialang-blog"),
                Path.of("../shared/corpus/jekyll-news"), Path.of("../shared/corpus/mediumish-demo"),
                Path.of("../shared/corpus/jekyll-edge-cases"), Path.of("../shared/corpus/jekyll-feed-fixtures"))) {
            Path abs = root.toAbsolutePath().normalize();
            SourceTree scanned = SourceTree.scan(abs, null);
            assertThat(scanned.posts()).as(root.toString()).isNotEmpty();
            assertThat(SourceTree.of(abs, listing(abs, null))).as(root.toString()).isEqualTo(scanned);
        }
    }
}
