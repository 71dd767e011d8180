package io.github.blogmaven;

import io.github.blogmaven.config.BlogConfig;
import io.github.blogmaven.config.BlogSettings;
import io.github.blogmaven.config.ConfigLoader;
import io.github.blogmaven.engine.BuildResult;
import io.github.blogmaven.engine.SiteBuilder;
import io.github.blogmaven.problem.BuildLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A whole small blog written inline as text, built for real, with its output at hand: Hugo's test style. */
public final class InlineSite {

    public final Path source;
    public final Path output;
    private final RecordingLog log = new RecordingLog();
    /** What the builds of this site said, for the test to look at (and clear). */
    public final List<String> warnings = log.warnings;
    public final List<String> infos = log.infos;
    private final List<Consumer<BlogSettings>> tweaks = new ArrayList<>();

    public InlineSite(Path dir) {
        this.source = dir.resolve("src");
        this.output = dir.resolve("out");
    }

    /** Writes a source file (parent folders created). */
    public InlineSite file(String relative, String text) {
        return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public InlineSite bytes(String relative, byte[] bytes) {
        try {
            Path p = source.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InlineSite with(Consumer<BlogSettings> tweak) {
        tweaks.add(tweak);
        return this;
    }

    public BlogSettings settings() {
        BlogSettings s = new BlogSettings();
        s.sourceDirectory = source;
        s.outputDirectory = output;
        s.baseUrl = "https://example.org/blog/";
        s.title = "Test Blog";
        s.description = "A blog for tests";
        s.now = Instant.parse("2026-01-01T00:00:00Z");
        s.encoding = StandardCharsets.UTF_8;
        tweaks.forEach(t -> t.accept(s));
        return s;
    }

    public BlogConfig config() {
        return ConfigLoader.load(settings(), log());
    }

    public BuildResult build() {
        try {
            Files.createDirectories(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SiteBuilder().build(config(), log());
    }

    public BuildLog log() {
        return log;
    }

    /** The text of an output file. */
    public String read(String relative) {
        try {
            return Files.readString(output.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String relative) {
        return Files.isRegularFile(output.resolve(relative));
    }

    /** A post file's text with front matter lines and a body. */
    public static String post(String frontMatter, String body) {
        return "---\n" + frontMatter.strip() + "\n---\n" + body;
    }
}
