package io.github.blogmaven.markdown;

import java.util.List;

/**
 * A Markdown document turned into HTML, with what the site needs to know about it.
 *
 * @param excerptHtml the excerpt as HTML (never empty when the body has a paragraph)
 * @param excerptText the excerpt as plain text, for descriptions
 * @param words how many words the body has, for reading time
 * @param searchWords the body's distinct words, lower-cased, for the search index
 */
public record RenderedMarkdown(String html, String excerptHtml, String excerptText, int words, String searchWords,
                               List<Heading> headings) {
}
