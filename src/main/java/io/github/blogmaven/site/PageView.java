package io.github.blogmaven.site;

import io.github.blogmaven.markdown.Heading;
import java.util.List;
import java.util.Map;

/** A stand-alone page as templates see it; fields mean what they mean on {@link PostView}. */
public record PageView(
        String source,
        String title,
        String url,
        String path,
        String file,
        String absoluteUrl,
        String description,
        String image,
        String imageAbsolute,
        String content,
        boolean toc,
        List<Heading> headings,
        boolean sitemap,
        String lang,
        String layout,
        Map<String, Object> data) {
}
