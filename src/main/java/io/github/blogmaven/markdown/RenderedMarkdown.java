package io.github.blogmaven.markdown;

import java.util.List;
import java.util.function.Supplier;

/**
 * A Markdown document turned into HTML, with what the site needs to know about it. The HTML itself may live on disk
 * (in the build's cache) and is read when asked for, so that a large blog does not hold every body in memory; so may
 * its {@link Summary}, which only the pages that show the post need.
 *
 * @param htmlSource gives the body as HTML
 * @param summarySource gives the excerpt (as HTML and as text) and the headings
 * @param words how many words the body has, for reading time
 * @param searchWordsSource gives the body's distinct words, lower-cased, for the search index (kept on disk with
 *     the HTML in a large blog)
 * @param hasCode whether the body has code blocks with a language, which the highlighter colours
 */
public record RenderedMarkdown(Supplier<String> htmlSource, Supplier<Summary> summarySource, int words,
                               Supplier<String> searchWordsSource, boolean hasCode) {

    /**
     * What listings and tables of contents show of a body.
     *
     * @param excerptHtml the excerpt as HTML (never empty when the body has a paragraph)
     * @param excerptText the excerpt as plain text, for descriptions
     * @param headings the body's section headings
     */
    public record Summary(String excerptHtml, String excerptText, List<Heading> headings) {
    }

    /** A document whose HTML is in memory. */
    public static RenderedMarkdown of(String html, String excerptHtml, String excerptText, int words,
                                      String searchWords, List<Heading> headings) {
        Summary summary = new Summary(excerptHtml, excerptText, headings);
        return new RenderedMarkdown(() -> html, () -> summary, words, () -> searchWords, hasCode(html));
    }

    /** The body as HTML. */
    public String html() {
        return htmlSource.get();
    }

    /** The excerpt as HTML. */
    public String excerptHtml() {
        return summarySource.get().excerptHtml();
    }

    /** The excerpt as plain text. */
    public String excerptText() {
        return summarySource.get().excerptText();
    }

    /** The body's section headings. */
    public List<Heading> headings() {
        return summarySource.get().headings();
    }

    /** The body's distinct words. */
    public String searchWords() {
        return searchWordsSource.get();
    }

    /** This document with its HTML and words given by other sources (the cache's copies of the same text). */
    public RenderedMarkdown withSources(Supplier<String> html, Supplier<String> words) {
        return new RenderedMarkdown(html, summarySource, this.words, words, hasCode);
    }

    /** Whether HTML has code blocks with a language, the ones the highlighter colours. */
    public static boolean hasCode(String html) {
        return html.contains("<code class=\"language-");
    }
}
