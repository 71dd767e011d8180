package io.github.blogmaven.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader is kept per thread: what one document held or how it failed must not reach the next. */
class YamlReaderTest {

    @Test
    void aReaderKeptForTheThreadStartsEachDocumentAfresh() throws Exception {
        Map<String, Object> first = YamlReader.readMap("base: &b {x: 1}\nuse: *b\ndate: 2024-03-18 10:00:00 +0100\n");
        assertThat(first.get("use")).isEqualTo(Map.of("x", 1));
        assertThat(first.get("date")).as("dates stay text").isEqualTo("2024-03-18 10:00:00 +0100");

        assertThatThrownBy(() -> YamlReader.readMap("title: a: b\n")).isInstanceOf(YamlReader.YamlError.class)
                .hasMessageContaining("must be quoted");
        assertThatThrownBy(() -> YamlReader.readMap("a: [1, 2\nb: 3\n")).isInstanceOf(YamlReader.YamlError.class);
        assertThatThrownBy(() -> YamlReader.readMap("use: *b\n")).as("an anchor of an earlier document is unknown")
                .isInstanceOf(YamlReader.YamlError.class).hasMessageContaining("undefined alias");

        Map<String, Object> next = YamlReader.readMap("tags: [a, b]\nflag: yes\n");
        assertThat(next).containsOnlyKeys("tags", "flag");
        assertThat(next.get("tags")).isEqualTo(List.of("a", "b"));
        assertThat(next.get("flag")).isEqualTo(true);
    }
}
