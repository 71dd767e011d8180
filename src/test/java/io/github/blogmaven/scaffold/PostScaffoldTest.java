package io.github.blogmaven.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.blogmaven.content.FrontMatter;
import io.github.blogmaven.problem.BlogException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostScaffoldTest {

    @TempDir
    Path dir;
    static final ZonedDateTime NOW = ZonedDateTime.parse("2024-03-18T09:30:00Z");

    private Path create(String title, boolean draft) {
        return new PostScaffold().create(new PostScaffold.Request(dir, title, draft, "sandy", NOW,
                StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Relevance of transformer models in healthcare|relevance-of-transformer-models-in-healthcare",
        "Ça va? Très bien!|ca-va-tres-bien",
        "Straße & Øresund: Æble|strasse-oresund-aeble",
        "日本語のタイトル|日本語のタイトル",
        "  C++ / Java: 2024 edition  |c-java-2024-edition",
        "!!!|post"})
    void slugs(String title, String slug) {
        assertThat(PostScaffold.slug(title)).isEqualTo(slug);
    }

    @Test
    void writesADatedPostWithFrontMatterThatReadsBack() throws Exception {
        Path file = create("Quotes \"and\" colons: yes", false);
        assertThat(dir.relativize(file).toString()).isEqualTo("_posts/2024-03-18-quotes-and-colons-yes.md");
        FrontMatter fm = FrontMatter.parse("x", FrontMatter.normalize(Files.readString(file)));
        assertThat(fm.data()).containsEntry("title", "Quotes \"and\" colons: yes").containsEntry("author", "sandy")
                .containsEntry("featured", false).containsEntry("hidden", false)
                .containsEntry("date", "2024-03-18 09:30:00 +0000");
        assertThat(fm.data().get("tags")).isEqualTo(java.util.List.of());
    }

    @Test
    void draftsGoToDraftsWithoutADateInTheName() {
        assertThat(dir.relativize(create("An idea", true)).toString()).isEqualTo("_drafts/an-idea.md");
    }

    @Test
    void neverOverwrites() throws Exception {
        Path file = create("Once", false);
        Files.writeString(file, "my words");
        assertThatThrownBy(() -> create("Once", false)).isInstanceOf(BlogException.class)
                .hasMessageContaining("_posts/2024-03-18-once.md: already exists and was left as it is");
        assertThat(file).hasContent("my words");
    }

    @Test
    void theTemplateCanBeOverridden() throws Exception {
        Path t = dir.resolve("_templates/archetypes/post.md");
        Files.createDirectories(t.getParent());
        Files.writeString(t, "---\ntitle: ${titleYaml}\nlayout: wide\n---\nBy ${author}\n");
        assertThat(Files.readString(create("Mine", false))).isEqualTo("---\ntitle: \"Mine\"\nlayout: wide\n---\nBy sandy\n");
    }

    @Test
    void aTitleIsRequired() {
        assertThatThrownBy(() -> create(" ", false)).isInstanceOf(BlogException.class).hasMessageContaining("-Dtitle=");
    }
}
