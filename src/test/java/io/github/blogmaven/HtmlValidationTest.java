package io.github.blogmaven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every generated page of the example blog and of the seed post's blog has no errors in the Nu Html Checker. */
class HtmlValidationTest {

    @TempDir
    static Path dir;

    static Path vnu() {
        Path jar = Path.of(System.getProperty("vnu.jar", "src/test/js/node_modules/vnu-jar/build/dist/vnu.jar"));
        assertThat(jar).as("the Nu Html Checker (npm ci in src/test/js installs it)").isRegularFile();
        return jar;
    }

    @BeforeAll
    static void checkerIsThere() {
        vnu();
    }

    @Test
    void theExampleBlogIsValidHtml() throws Exception {
        InlineSite site = new InlineSite(dir.resolve("example"));
        SiteBuildTest.copyTree(Path.of("example/src/blog"), site.source);
        site.with(s -> s.baseUrl = "https://lighthouse.example.org/blog/").build();
        assertThat(validate(site.output)).isEmpty();
    }

    @Test
    void theSeedPostsBlogIsValidHtml() throws Exception {
        InlineSite site = new InlineSite(dir.resolve("seed"))
                .bytes(SeedPostTest.NAME, Files.readAllBytes(SeedPostTest.sharedDir().resolve("seed-post.md")));
        site.build();
        assertThat(validate(site.output)).isEmpty();
    }

    @Test
    void jekyllFeaturesGiveValidHtml() throws Exception {
        InlineSite site = new InlineSite(dir.resolve("jekyll"))
                .file("_posts/2024-01-01-a.md", InlineSite.post("title: A\nredirect_from: [/old/, /older.html]\ntoc: true",
                        "## One\n\n{% highlight ruby %}\nputs 1 < 2\n{% endhighlight %}\n\n## Two\n\n$$x_1 < y$$\n\n"
                                + "- [x] done\n- [ ] open\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\nNote[^1]\n\n[^1]: A note.\n"
                                + "\n{% include gone.html %}\n"));
        site.build();
        assertThat(site.exists("old/index.html")).isTrue();
        assertThat(validate(site.output)).isEmpty();
    }

    @Test
    void theCheckerDoesFindErrors() throws Exception {
        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("index.html"), "<!DOCTYPE html><html lang=en><title>x</title><p><div></span>");
        assertThat(validate(bad)).isNotEmpty();
    }

    static List<String> validate(Path folder) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                vnu().toString(), "--errors-only", "--skip-non-html", "--format", "gnu", folder.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        List<String> errors = new ArrayList<>(out.lines().filter(l -> !l.isBlank()).toList());
        if (p.exitValue() != 0 && errors.isEmpty()) {
            errors.add("vnu exited with " + p.exitValue());
        }
        return errors;
    }
}
