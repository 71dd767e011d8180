package io.github.blogmaven.config;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Everything the engine needs to know about one build, already merged from the POM, {@code _config.yml} and the
 * project's defaults.
 *
 * @param baseUrl absolute URL of the blog's root with a trailing slash, or empty when unknown
 * @param now the moment that decides which posts are in the future; never written into the output
 * @param buildTimestamp the project's reproducible build timestamp, used only where no content gives a date
 * @param defaults front matter defaults from {@code _config.yml}, in the order written
 * @param paginatePath where the home page's further pages go, with {@code :num} for the page number
 * @param jekyllSite whether the source is a Jekyll site (it has a {@code _config.yml}): its Markdown is read as
 *     kramdown reads it (no bare-URL links) and layouts of its old theme fall back to ours with a warning
 * @param cacheDirectory where the incremental build keeps what it parsed and rendered (never published)
 * @param threads how many threads parse and render (at least 1)
 * @param siteConfig every key of {@code _config.yml} as written (empty without one), for {@code site.*} in Liquid
 */
public record BlogConfig(
        Path sourceDirectory,
        Path outputDirectory,
        String baseUrl,
        String title,
        String description,
        String lang,
        Charset encoding,
        ZoneId timezone,
        String permalink,
        int paginate,
        int feedSize,
        boolean drafts,
        boolean future,
        String excerptSeparator,
        Instant now,
        Optional<Instant> buildTimestamp,
        List<Author> authors,
        List<FrontMatterDefault> defaults,
        String paginatePath,
        boolean jekyllSite,
        java.util.Map<String, Object> siteConfig,
        Path cacheDirectory,
        int threads) {

    /** Path part of the base URL without its trailing slash: {@code /blog} for {@code https://x.org/blog/}, else "". */
    public String basePath() {
        if (baseUrl.isEmpty()) {
            return "";
        }
        String path = java.net.URI.create(baseUrl).getRawPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            return "";
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Scheme and host of the base URL ({@code https://x.org}), or "" when no base URL is known. */
    public String origin() {
        if (baseUrl.isEmpty()) {
            return "";
        }
        java.net.URI uri = java.net.URI.create(baseUrl);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
