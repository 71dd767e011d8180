package io.github.blogmaven.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blogmaven.config.BlogSettings;
import io.github.blogmaven.config.ConfigLoader;
import io.github.blogmaven.problem.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build on many threads writes exactly the bytes of a build on one: the same real blog (julialang-blog of
 * {@code ../shared/corpus}, 102 posts) built with {@code threads} 1 and 8, more threads than this machine has cores,
 * so that their work interleaves.
 */
class ParallelDeterminismTest {

    @TempDir
    Path dir;

    @Test
    void oneThreadAndManyThreadsGiveTheSameBytes() throws Exception {
        Path source = Path.of(System.getProperty("blog.shared.dir", "../shared")).toAbsolutePath().normalize()
                .resolve("corpus/julialang-blog");
        List<String> oneLog = build(source, "one", 1);
        List<String> manyLog = build(source, "many", 8);
        assertThat(oneLog).contains("Building on 1 thread");
        assertThat(manyLog).contains("Building on 8 threads");

        Map<String, byte[]> many = files(dir.resolve("many"));
        Map<String, byte[]> one = files(dir.resolve("one"));
        assertThat(one).hasSizeGreaterThan(102);
        assertThat(one.keySet()).isEqualTo(many.keySet());
        many.forEach((file, bytes) -> assertThat(one.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void threadsDefaultToOnePerCoreAndMustNotBeNegative() {
        BlogSettings s = new BlogSettings();
        s.sourceDirectory = dir.resolve("src");
        s.outputDirectory = dir.resolve("out");
        assertThat(ConfigLoader.load(s, BuildLog.silent()).threads())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        s.threads = 0;
        assertThat(ConfigLoader.load(s, BuildLog.silent()).threads())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        s.threads = 3;
        assertThat(ConfigLoader.load(s, BuildLog.silent()).threads()).isEqualTo(3);
        s.threads = -1;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigLoader.load(s, BuildLog.silent()))
                .isInstanceOf(io.github.blogmaven.problem.BlogException.class)
                .hasMessageContaining("threads must be 1 or more");
    }

    private List<String> build(Path source, String name, int threads) {
        BlogSettings s = new BlogSettings();
        s.sourceDirectory = source;
        s.outputDirectory = dir.resolve(name);
        s.cacheDirectory = dir.resolve(name + "-cache");
        s.projectUrl = "https://example.org/";
        s.now = Instant.parse("2026-11-28T00:00:00Z");
        s.threads = threads;
        io.github.blogmaven.RecordingLog log = new io.github.blogmaven.RecordingLog();
        BuildResult r = new SiteBuilder().build(ConfigLoader.load(s, BuildLog.silent()), log);
        assertThat(r.posts()).isEqualTo(102);
        return log.debugs;
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }
}
