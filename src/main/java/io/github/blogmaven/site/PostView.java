package io.github.blogmaven.site;

import io.github.blogmaven.markdown.Heading;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A post as templates and feeds see it: every URL resolved, dates formatted.
 *
 * @param url the href of the post (base path included, percent-encoded)
 * @param path the post's site path, decoded, without the base path
 * @param file the output file, relative to the output folder
 * @param content the post's HTML; root-relative links already carry the base path
 * @param image the hero image's href, or ""
 */
public record PostView(
        String source,
        String title,
        String url,
        String path,
        String file,
        String absoluteUrl,
        ZonedDateTime date,
        String dateIso,
        String dateDisplay,
        ZonedDateTime lastModified,
        String lastModifiedIso,
        int year,
        int words,
        int readingMinutes,
        List<Link> categories,
        List<Link> tags,
        List<AuthorView> authors,
        String image,
        String imageAbsolute,
        String imageAlt,
        String excerpt,
        String excerptText,
        String description,
        String content,
        String searchWords,
        boolean featured,
        boolean hidden,
        boolean draft,
        boolean toc,
        List<Heading> headings,
        String lang,
        String layout,
        Map<String, Object> data) {
}
