package io.github.blogmaven.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blogmaven.config.ConfigLoader;
import io.github.blogmaven.problem.BuildLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build on every core writes exactly the bytes of a build on one core: the same real blog (julialang-blog of
 * {@code ../shared/corpus}, 102 posts) built here and in a JVM told it has one processor.
 */
class ParallelDeterminismTest {

    @TempDir
    Path dir;

    @Test
    void everyCoreAndOneCoreGiveTheSameBytes() throws Exception {
        Path source = Path.of(System.getProperty("blog.shared.dir", "../shared")).toAbsolutePath().normalize()
                .resolve("corpus/julialang-blog");
        new SiteBuilder().build(ConfigLoader.load(OneCoreBuild.settings(source, dir.resolve("many"),
                dir.resolve("many-cache")), BuildLog.silent()), BuildLog.silent());

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-XX:ActiveProcessorCount=1",
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1", "-cp",
                System.getProperty("java.class.path"), OneCoreBuild.class.getName(), source.toString(),
                dir.resolve("one").toString(), dir.resolve("one-cache").toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(log).contains("Blog built: 102 posts").contains("cores 1");

        Map<String, byte[]> many = files(dir.resolve("many"));
        Map<String, byte[]> one = files(dir.resolve("one"));
        assertThat(one.keySet()).isEqualTo(many.keySet());
        many.forEach((file, bytes) -> assertThat(one.get(file)).as(file).isEqualTo(bytes));
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
