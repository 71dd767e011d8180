package io.github.blogmaven.markdown;

import java.util.List;
import java.util.function.Supplier;

/**
 * A Markdown document turned into HTML, with what the site needs to know about it. The HTML itself may live on
 * disk (in the build's cache) and is read when asked for, so that a large blog does not hold every body in memory.
 *
 * @param htmlSource gives the body as HTML
 * @param excerptHtml the excerpt as HTML (never empty when the body has a paragraph)
 * @param excerptText the excerpt as plain text, for descriptions
 * @param words how many words the body has, for reading time
 * @param searchWordsSource gives the body's distinct words, lower-cased, for the search index (kept on disk with
 *     the HTML in a large blog)
 * @param hasCode whether the body has code blocks with a language, which the highlighter colours
 */
public record RenderedMarkdown(Supplier<String> htmlSource, String excerptHtml, String excerptText, int words,
                               Supplier<String> searchWordsSource, List<Heading> headings, boolean hasCode) {

    /** A document whose HTML is in memory. */
    public static RenderedMarkdown of(String html, String excerptHtml, String excerptText, int words,
                                      String searchWords, List<Heading> headings) {
        return new RenderedMarkdown(() -> html, excerptHtml, excerptText, words, () -> searchWords, headings,
                hasCode(html));
    }

    /** The body as HTML. */
    public String html() {
        return htmlSource.get();
    }

    /** The body's distinct words. */
    public String searchWords() {
        return searchWordsSource.get();
    }

    /** This document with its HTML and words given by other sources (the cache's copies of the same text). */
    public RenderedMarkdown withSources(Supplier<String> html, Supplier<String> words) {
        return new RenderedMarkdown(html, excerptHtml, excerptText, this.words, words, headings, hasCode);
    }

    /** Whether HTML has code blocks with a language, the ones the highlighter colours. */
    public static boolean hasCode(String html) {
        return html.contains("<code class=\"language-");
    }
}
