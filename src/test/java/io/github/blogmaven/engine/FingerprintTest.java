package io.github.blogmaven.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blogmaven.InlineSite;
import io.github.blogmaven.config.BlogConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

    @TempDir
    Path dir;

    private InlineSite site() throws Exception {
        InlineSite site = new InlineSite(dir.resolve("s"))
                .file("_posts/2024-01-01-one.md", "---\ntitle: One\n---\nOne.\n")
                .file("_posts/2024-01-02-two.md", "---\ntitle: Two\n---\nTwo.\n")
                .file("_layouts/post.ftlh", "${content}")
                .file("assets/a.css", "body {}");
        // old enough that their hashes may be kept (a file changed just before it was hashed is hashed again)
        try (var files = Files.walk(site.source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(3600)));
            }
        }
        return site;
    }

    @Test
    void hashesTakenFromTheParsersBytesGiveTheDigestThatReadingTheFilesGives() throws Exception {
        InlineSite site = site();
        BlogConfig config = site.config();
        Fingerprint fromParser = Fingerprint.scan(config);
        for (String post : List.of("_posts/2024-01-01-one.md", "_posts/2024-01-02-two.md")) {
            assertThat(fromParser.known(post)).as("nothing is hashed before it is asked for").isNull();
            fromParser.of(post, Files.readAllBytes(site.source.resolve(post)));
        }
        String digest = fromParser.digest();

        deleteStore(config);
        Fingerprint fromFiles = Fingerprint.scan(config);
        assertThat(fromFiles.digest()).isEqualTo(digest);
        assertThat(fromFiles.environment()).isEqualTo(fromParser.environment());

        // the digest follows the bytes, and the environment does not follow the posts
        deleteStore(config);
        site.file("_posts/2024-01-02-two.md", "---\ntitle: Two\n---\nTwo, edited.\n");
        Fingerprint edited = Fingerprint.scan(config);
        assertThat(edited.digest()).isNotEqualTo(digest);
        assertThat(edited.environment()).isEqualTo(fromParser.environment());
        site.file("assets/a.css", "body { color: red }");
        deleteStore(config);
        assertThat(Fingerprint.scan(config).environment()).isNotEqualTo(fromParser.environment());
    }

    @Test
    void theNextBuildKeepsTheHashesOfFilesThatDidNotChange() throws Exception {
        InlineSite site = site();
        BlogConfig config = site.config();
        Fingerprint first = Fingerprint.scan(config);
        String hashOfOne = first.of("_posts/2024-01-01-one.md",
                Files.readAllBytes(site.source.resolve("_posts/2024-01-01-one.md")));
        first.save();

        Fingerprint second = Fingerprint.scan(config);
        assertThat(second.known("_posts/2024-01-01-one.md")).isEqualTo(hashOfOne);
        assertThat(second.known("_posts/2024-01-02-two.md")).as("never hashed, so not stored").isNull();
        // bytes passed for a file whose hash is known do not replace it: the known hash stands for the file
        assertThat(second.of("_posts/2024-01-01-one.md", "other".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(hashOfOne);

        // same size, new time: hashed again
        Path one = site.source.resolve("_posts/2024-01-01-one.md");
        Files.writeString(one, "---\ntitle: Uno\n---\nOne.\n");
        Files.setLastModifiedTime(one, FileTime.from(Instant.now().minusSeconds(60)));
        assertThat(Fingerprint.scan(config).known("_posts/2024-01-01-one.md")).isNull();

        // changed just before it was hashed: its time could still hide a second change, so it is not kept
        Files.setLastModifiedTime(one, FileTime.from(Instant.now()));
        Fingerprint third = Fingerprint.scan(config);
        third.digest();
        third.save();
        assertThat(Fingerprint.scan(config).known("_posts/2024-01-01-one.md")).isNull();
        assertThat(Fingerprint.scan(config).known("_posts/2024-01-02-two.md")).isNotNull();
    }

    @Test
    void theListingHoldsEveryRegularFileBelowTheSourceButNotTheOutputNorWhatLinksPointAt() throws Exception {
        Path root = dir.resolve("src");
        Files.createDirectories(root.resolve("_posts/2024"));
        Files.createDirectories(root.resolve("assets/img/deep"));
        Files.createDirectories(root.resolve("out/blog"));
        Files.writeString(root.resolve("_config.yml"), "title: x\n");
        Files.writeString(root.resolve("_posts/2024/2024-01-01-a.md"), "12345");
        Files.writeString(root.resolve("assets/img/deep/b.png"), "png");
        Files.writeString(root.resolve("out/blog/index.html"), "<p>");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("c.md"), "c");
        Files.createSymbolicLink(root.resolve("linked-folder"), elsewhere);
        Files.createSymbolicLink(root.resolve("linked-file.md"), elsewhere.resolve("c.md"));

        java.util.TreeMap<String, Fingerprint.Stat> found = Fingerprint.list(root, root.resolve("out"));

        assertThat(found.keySet()).containsExactly("_config.yml", "_posts/2024/2024-01-01-a.md",
                "assets/img/deep/b.png");
        Fingerprint.Stat a = found.get("_posts/2024/2024-01-01-a.md");
        assertThat(a.size()).isEqualTo(5);
        assertThat(a.nanos()).isEqualTo(Files.getLastModifiedTime(root.resolve("_posts/2024/2024-01-01-a.md"))
                .to(java.util.concurrent.TimeUnit.NANOSECONDS));
    }

    @Test
    void aDamagedHashStoreIsNotTrustedButReadAgainFromTheFiles() throws Exception {
        InlineSite site = site();
        BlogConfig config = site.config();
        Fingerprint first = Fingerprint.scan(config);
        first.digest();
        first.save();
        String digest = first.digest();
        Path store = config.cacheDirectory().resolve(Fingerprint.HASHES);
        List<String> lines = Files.readAllLines(store);
        assertThat(lines).hasSize(5); // the header and the four files
        // a line cut short: nothing in the store is taken, every file is hashed again, the digest is the same
        Files.write(store, List.of(lines.get(0), lines.get(1), lines.get(2).substring(0, 10)));
        Fingerprint second = Fingerprint.scan(config);
        assertThat(second.known("_posts/2024-01-01-one.md")).isNull();
        assertThat(second.digest()).isEqualTo(digest);
        // a hash stored under another size is not taken for the file either
        second.save();
        String line = Files.readAllLines(store).stream().filter(l -> l.endsWith(" assets/a.css")).findFirst()
                .orElseThrow();
        Files.writeString(store, Files.readString(store).replace(line, "999" + line));
        assertThat(Fingerprint.scan(config).known("assets/a.css")).isNull();
        assertThat(Fingerprint.scan(config).known("_layouts/post.ftlh")).isNotNull();
    }

    private static void deleteStore(BlogConfig config) throws Exception {
        Files.deleteIfExists(config.cacheDirectory().resolve(Fingerprint.HASHES));
    }
}
