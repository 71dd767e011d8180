package io.github.blogmaven.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrontMatterTest {

    private static FrontMatter parse(String raw) throws FrontMatter.Invalid {
        return FrontMatter.parse("_posts/x.md", FrontMatter.normalize(raw));
    }

    @Test
    void splitsYamlFromBodyAndKnowsWhereTheBodyStarts() throws Exception {
        FrontMatter fm = parse("---\ntitle: Hello\ntags: [a, b]\n---\nBody line\n");
        assertThat(fm.present()).isTrue();
        assertThat(fm.data()).containsEntry("title", "Hello").containsEntry("tags", List.of("a", "b"));
        assertThat(fm.body()).isEqualTo("Body line\n");
        assertThat(fm.bodyLine()).isEqualTo(5);
        assertThat(fm.lineOf("tags")).isEqualTo(3);
    }

    @Test
    void crlfAndBomAreNormalised() throws Exception {
        FrontMatter fm = parse("\uFEFF---\r\ntitle: Windows\r\n---\r\nLine one\r\nLine two\r\n");
        assertThat(fm.data()).containsEntry("title", "Windows");
        assertThat(fm.body()).isEqualTo("Line one\nLine two\n");
    }

    @Test
    void emptyFrontMatterIsAnEmptyMap() throws Exception {
        FrontMatter fm = parse("---\n---\nText");
        assertThat(fm.present()).isTrue();
        assertThat(fm.data()).isEmpty();
        assertThat(fm.body()).isEqualTo("Text");
    }

    @Test
    void noFrontMatterKeepsTheWholeText() throws Exception {
        FrontMatter fm = parse("Just text\n---\nmore");
        assertThat(fm.present()).isFalse();
        assertThat(fm.body()).isEqualTo("Just text\n---\nmore");
    }

    @Test
    void anEmptyFileHasNoFrontMatter() throws Exception {
        assertThat(parse("").present()).isFalse();
    }

    @Test
    void yamlDocumentEndMarkerClosesToo() throws Exception {
        assertThat(parse("---\ntitle: A\n...\nbody").data()).containsEntry("title", "A");
    }

    @Test
    void datesStayText() throws Exception {
        assertThat(parse("---\ndate: 2024-03-18 10:00:00 +0100\n---\n").data())
                .containsEntry("date", "2024-03-18 10:00:00 +0100");
    }

    @Test
    void unclosedFrontMatterIsAnErrorOnLineOne() {
        assertThatThrownBy(() -> parse("---\ntitle: x\nbody"))
                .isInstanceOfSatisfying(FrontMatter.Invalid.class, e -> {
                    assertThat(e.problem().line()).isEqualTo(1);
                    assertThat(e.problem().message()).contains("never closed").contains("'---'");
                });
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> brokenYaml() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("---\ntitle: ok\nbad: [unclosed\n---\n", 3),
                org.junit.jupiter.params.provider.Arguments.of("---\ntitle: ok\ntitle2: x: y\n---\n", 3),
                org.junit.jupiter.params.provider.Arguments.of("---\na: 1\n  b: 2\n---\n", 3));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("brokenYaml")
    void brokenYamlNamesTheFileLine(String raw, int line) {
        assertThatThrownBy(() -> parse(raw))
                .isInstanceOfSatisfying(FrontMatter.Invalid.class, e -> {
                    assertThat(e.problem().file()).isEqualTo("_posts/x.md");
                    assertThat(e.problem().line()).isEqualTo(line);
                    assertThat(e.problem().message()).startsWith("invalid YAML");
                });
    }

    @Test
    void aListIsNotFrontMatter() {
        assertThatThrownBy(() -> parse("---\n- a\n- b\n---\n"))
                .isInstanceOfSatisfying(FrontMatter.Invalid.class,
                        e -> assertThat(e.problem().message()).contains("key: value"));
    }

    @Test
    void unsafeYamlTypesAreRefused() {
        assertThatThrownBy(() -> parse("---\nx: !!java.io.File [/etc/passwd]\n---\n"))
                .isInstanceOf(FrontMatter.Invalid.class);
    }

    @Test
    void nestedValuesArePreserved() throws Exception {
        assertThat(parse("---\nimage:\n  path: a.png\n---\n").data().get("image")).isEqualTo(Map.of("path", "a.png"));
    }
}
