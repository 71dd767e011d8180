package io.github.blogmaven.jekyll;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blogmaven.config.BlogSettings;
import io.github.blogmaven.config.ConfigLoader;
import io.github.blogmaven.engine.BuildResult;
import io.github.blogmaven.engine.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every folder of {@code ../shared/corpus} (real Jekyll posts) builds with zero errors, and says exactly what it
 * could not do: the warnings of each are listed in {@code src/test/resources/corpus-warnings/<corpus>.txt}.
 * Running with {@code -Dcorpus.rewrite=true} writes the lists anew, to be reviewed before committing.
 */
class CorpusBuildTest {

    static final Path EXPECTED = Path.of("src/test/resources/corpus-warnings");

    @ParameterizedTest
    @CsvSource({"julialang-blog, 102", "jekyll-news, 102", "mediumish-demo, 14", "jekyll-edge-cases, 50",
            "jekyll-feed-fixtures, 10"})
    void buildsWithExactlyTheExpectedWarnings(String corpus, int posts) throws IOException {
        io.github.blogmaven.RecordingLog log = new io.github.blogmaven.RecordingLog();
        List<String> warnings = log.warnings;
        BlogSettings s = new BlogSettings();
        s.sourceDirectory = JekyllFidelityTest.shared().resolve("corpus").resolve(corpus);
        s.outputDirectory = Path.of("target/corpus").resolve(corpus).toAbsolutePath();
        s.now = Instant.parse("2026-11-28T00:00:00Z");
        s.projectUrl = "https://example.org/";
        BuildResult result = new SiteBuilder().build(ConfigLoader.load(s, log), log);

        assertThat(result.posts()).isEqualTo(posts);
        assertThat(s.outputDirectory.resolve("index.html")).isRegularFile();
        assertThat(s.outputDirectory.resolve("feed.xml")).isRegularFile();
        // every warning names a file (and a line where known) and says what was not done
        assertThat(warnings).allSatisfy(w -> assertThat(w).matches("(_[a-z]+/|pom\\.xml|_config\\.yml|No baseUrl).*"));
        Path expected = EXPECTED.resolve(corpus + ".txt");
        if (Boolean.getBoolean("corpus.rewrite")) {
            Files.createDirectories(EXPECTED);
            Files.write(expected, warnings.stream().sorted().toList(), StandardCharsets.UTF_8);
        }
        assertThat(warnings).containsExactlyInAnyOrderElementsOf(Files.readAllLines(expected, StandardCharsets.UTF_8));
    }
}
