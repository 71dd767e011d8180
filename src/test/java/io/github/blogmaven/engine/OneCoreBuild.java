package io.github.blogmaven.engine;

import io.github.blogmaven.config.BlogSettings;
import io.github.blogmaven.config.ConfigLoader;
import io.github.blogmaven.problem.BuildLog;
import java.nio.file.Path;
import java.time.Instant;

/** Builds a blog in a JVM of its own, for {@link ParallelDeterminismTest}: source, output and cache folders. */
public final class OneCoreBuild {

    private OneCoreBuild() {
    }

    static BlogSettings settings(Path source, Path output, Path cache) {
        BlogSettings s = new BlogSettings();
        s.sourceDirectory = source;
        s.outputDirectory = output;
        s.cacheDirectory = cache;
        s.projectUrl = "https://example.org/";
        s.now = Instant.parse("2026-11-28T00:00:00Z");
        return s;
    }

    public static void main(String[] args) {
        BlogSettings s = settings(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        System.out.println(new SiteBuilder().build(ConfigLoader.load(s, BuildLog.silent()), BuildLog.silent())
                .summary());
        System.out.println("cores " + Runtime.getRuntime().availableProcessors());
    }
}
