package io.github.blogmaven.render;

import io.github.blogmaven.config.BlogConfig;
import io.github.blogmaven.site.PageView;
import io.github.blogmaven.site.PostView;
import io.github.blogmaven.site.Site;
import io.github.blogmaven.site.TermGroup;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Writes {@code sitemap.xml}: posts, pages, the home page and the first page of each listing. */
final class SitemapWriter {

    private final BlogConfig config;

    SitemapWriter(BlogConfig config) {
        this.config = config;
    }

    String write(Site site, UnaryOperator<String> absolute, UnaryOperator<String> href) {
        StringBuilder x = new StringBuilder(8192);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(x, absolute.apply(href.apply("/")), newest(site.posts()));
        for (PostView p : site.posts()) {
            if (!p.draft()) {
                url(x, p.absoluteUrl(), Optional.of(p.lastModified()));
            }
        }
        for (PageView p : site.pages()) {
            if (p.sitemap() && !p.file().equals("404.html")) {
                url(x, p.absoluteUrl(), Optional.empty());
            }
        }
        for (List<TermGroup> groups : List.of(site.categories(), site.tags(), site.authors())) {
            for (TermGroup g : groups) {
                url(x, absolute.apply(g.url()), newest(g.posts()));
            }
        }
        url(x, absolute.apply(href.apply("/archive/")), newest(site.posts()));
        x.append("</urlset>\n");
        return x.toString();
    }

    private static Optional<ZonedDateTime> newest(List<PostView> posts) {
        return posts.stream().map(PostView::lastModified).max(ZonedDateTime::compareTo);
    }

    private static void url(StringBuilder x, String loc, Optional<ZonedDateTime> lastmod) {
        x.append("  <url>\n    <loc>").append(Xml.escape(loc)).append("</loc>\n");
        lastmod.ifPresent(d -> x.append("    <lastmod>").append(io.github.blogmaven.content.DateRules.ISO.format(d))
                .append("</lastmod>\n"));
        x.append("  </url>\n");
    }
}
