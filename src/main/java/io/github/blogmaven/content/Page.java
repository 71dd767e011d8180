package io.github.blogmaven.content;

import io.github.blogmaven.markdown.RenderedMarkdown;
import java.util.Map;

/**
 * A stand-alone page (about, contact...): a Markdown file with front matter outside the {@code _} folders.
 *
 * @param permalink the page's own {@code permalink:}, or its path with the extension turned into a folder
 */
public record Page(
        SourceFile source,
        FrontMatter frontMatter,
        String title,
        String description,
        String image,
        String layout,
        String permalink,
        boolean toc,
        boolean sitemap,
        String lang,
        Map<String, Object> data,
        RenderedMarkdown body) {
}
