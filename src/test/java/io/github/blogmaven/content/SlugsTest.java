package io.github.blogmaven.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hello World|hello-world",
        "  EHR  |ehr",
        "Machine Learning & AI!|machine-learning-ai",
        "Ça va? Très bien|ça-va-très-bien",
        "日本語 タグ|日本語-タグ",
        "C++|c",
        "---|''"})
    void slugify(String text, String slug) {
        assertThat(Slugs.slugify(text)).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "relevance-of-transformer-models-in-healthcare|relevance-of-transformer-models-in-healthcare",
        "my post #1|my-post-1",
        "a/b?c|a-b-c",
        "Rock & Roll|Rock-&-Roll",
        "100%20done|100-20done"})
    void fileSlugKeepsJekyllsPrettyCharacters(String text, String slug) {
        assertThat(Slugs.fileSlug(text)).isEqualTo(slug);
    }
}
