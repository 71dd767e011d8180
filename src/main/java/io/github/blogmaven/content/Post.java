package io.github.blogmaven.content;

import io.github.blogmaven.config.Author;
import io.github.blogmaven.markdown.RenderedMarkdown;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A post (or a draft) read from its file: front matter interpreted, body rendered to HTML.
 *
 * @param image as written in front matter: relative to the blog root, root-relative or absolute; "" if none
 * @param permalink the post's own {@code permalink:}, or "" to use the site's pattern
 * @param data every front matter key, including those without a meaning of ours
 * @param key stands for everything the post was read from: its bytes and the settings that shape its parsing
 *     ("" when unknown, which never matches a cached result)
 */
public record Post(
        SourceFile source,
        FrontMatter frontMatter,
        String title,
        ZonedDateTime date,
        ZonedDateTime lastModified,
        String slug,
        List<String> categories,
        List<String> tags,
        List<Author> authors,
        String image,
        String description,
        String layout,
        String permalink,
        boolean featured,
        boolean hidden,
        boolean draft,
        boolean toc,
        String lang,
        Map<String, Object> data,
        RenderedMarkdown body,
        String key) {
}
