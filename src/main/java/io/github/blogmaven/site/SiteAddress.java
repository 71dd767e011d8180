package io.github.blogmaven.site;

import io.github.blogmaven.config.BlogConfig;

/**
 * Where the blog lives, worked out once per build: the hrefs of site paths and their absolute URLs.
 *
 * @param basePath the path of the blog below its host ({@code /blog}), or ""
 * @param origin scheme and host ({@code https://example.org}), or "" when no base URL is known
 */
public record SiteAddress(String basePath, String origin) {

    public static SiteAddress of(BlogConfig config) {
        return new SiteAddress(config.basePath(), config.origin());
    }

    /** The href of a site path: base path plus the encoded path. */
    public String href(String path) {
        return basePath + Urls.encode(path);
    }

    /** An internal href made absolute with the origin; anything else, or everything without a base URL, unchanged. */
    public String absolute(String href) {
        if (!LinkRewriter.isInternal(href) || origin.isEmpty()) {
            return href;
        }
        return origin + href;
    }
}
