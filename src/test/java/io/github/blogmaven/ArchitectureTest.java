package io.github.blogmaven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the layers apart: only the maven package knows Maven, and imports run down the pipeline. */
class ArchitectureTest {

    static final Path MAIN = Path.of("src/main/java/io/github/blogmaven");
    static final List<String> ORDER = List.of("problem", "config", "liquid", "markdown", "content", "site", "render", "output",
            "engine", "scaffold", "serve", "maven");

    @Test
    void onlyTheMavenLayerImportsMaven() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (!f.startsWith(MAIN.resolve("maven")) && Files.readString(f).matches("(?s).*import org\\.(apache\\.maven|codehaus\\.plexus).*")) {
                    offenders.add(f.toString());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void importsRunDownThePipeline() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(f).getName(0).toString();
                int level = ORDER.indexOf(pkg);
                assertThat(level).as("package %s is in the pipeline order", pkg).isNotNegative();
                String text = Files.readString(f);
                for (String other : ORDER) {
                    if (ORDER.indexOf(other) > level && (text.contains("import io.github.blogmaven." + other + ".")
                            || text.contains(" io.github.blogmaven." + other + "."))) {
                        offenders.add(pkg + " -> " + other + " in " + f.getFileName());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
