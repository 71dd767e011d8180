package io.github.blogmaven.render;

import io.github.blogmaven.config.BlogConfig;
import io.github.blogmaven.site.AuthorView;
import io.github.blogmaven.site.Link;
import io.github.blogmaven.site.LinkRewriter;
import io.github.blogmaven.site.PostView;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes RSS 2.0, Atom 1.0 and JSON Feed 1.1 documents from the same list of posts. */
public final class FeedWriter {

    /**
     * What one feed is about.
     *
     * @param selfUrl the feed's own absolute URL
     * @param homeUrl the absolute URL of the page the feed belongs to
     */
    public record Channel(String title, String description, String homeUrl, String selfUrl, List<PostView> posts) {
    }

    private final BlogConfig config;
    private final ZonedDateTime fallbackDate;

    public FeedWriter(BlogConfig config) {
        this.config = config;
        this.fallbackDate = config.buildTimestamp().orElse(java.time.Instant.EPOCH).atZone(ZoneOffset.UTC);
    }

    public String rss(Channel ch) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" ")
                .append("xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" ")
                .append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n");
        el(x, "  ", "title", ch.title());
        el(x, "  ", "link", ch.homeUrl());
        el(x, "  ", "description", ch.description().isBlank() ? ch.title() : ch.description());
        el(x, "  ", "language", config.lang());
        el(x, "  ", "lastBuildDate", rfc822(updated(ch.posts())));
        el(x, "  ", "generator", "blog-maven-plugin");
        x.append("  <atom:link href=\"").append(Xml.escape(ch.selfUrl()))
                .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        for (PostView p : ch.posts()) {
            x.append("  <item>\n");
            el(x, "    ", "title", p.title());
            el(x, "    ", "link", p.absoluteUrl());
            x.append("    <guid isPermaLink=\"true\">").append(Xml.escape(p.absoluteUrl())).append("</guid>\n");
            el(x, "    ", "pubDate", rfc822(p.date()));
            for (AuthorView a : p.authors()) {
                el(x, "    ", "dc:creator", a.name());
            }
            for (Link c : p.categories()) {
                el(x, "    ", "category", c.name());
            }
            for (Link t : p.tags()) {
                el(x, "    ", "category", t.name());
            }
            el(x, "    ", "description", p.excerpt().isEmpty() ? p.title()
                    : feedHtml(p.excerpt(), p.absoluteUrl()));
            x.append("    <content:encoded>").append(Xml.cdata(feedHtml(p.content(), p.absoluteUrl())))
                    .append("</content:encoded>\n");
            x.append("  </item>\n");
        }
        x.append("</channel>\n</rss>\n");
        return x.toString();
    }

    public String atom(Channel ch) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Xml.escape(config.lang()))
                .append("\">\n");
        el(x, "  ", "title", ch.title());
        if (!ch.description().isBlank()) {
            el(x, "  ", "subtitle", ch.description());
        }
        x.append("  <link href=\"").append(Xml.escape(ch.homeUrl())).append("\" rel=\"alternate\" type=\"text/html\"/>\n");
        x.append("  <link href=\"").append(Xml.escape(ch.selfUrl()))
                .append("\" rel=\"self\" type=\"application/atom+xml\"/>\n");
        el(x, "  ", "id", ch.selfUrl());
        el(x, "  ", "updated", iso(updated(ch.posts())));
        x.append("  <author>\n");
        el(x, "    ", "name", config.title());
        x.append("  </author>\n");
        el(x, "  ", "generator", "blog-maven-plugin");
        for (PostView p : ch.posts()) {
            x.append("  <entry>\n");
            x.append("    <title type=\"text\">").append(Xml.escape(p.title())).append("</title>\n");
            x.append("    <link href=\"").append(Xml.escape(p.absoluteUrl())).append("\" rel=\"alternate\" type=\"text/html\"/>\n");
            el(x, "    ", "id", p.absoluteUrl());
            el(x, "    ", "published", iso(p.date()));
            el(x, "    ", "updated", iso(p.lastModified()));
            for (AuthorView a : p.authors()) {
                x.append("    <author>\n");
                el(x, "      ", "name", a.name());
                if (!a.web().isBlank() && a.web().matches("https?://\\S+")) {
                    el(x, "      ", "uri", a.web());
                }
                x.append("    </author>\n");
            }
            for (Link c : p.categories()) {
                x.append("    <category term=\"").append(Xml.escape(c.name())).append("\"/>\n");
            }
            for (Link t : p.tags()) {
                x.append("    <category term=\"").append(Xml.escape(t.name())).append("\"/>\n");
            }
            x.append("    <summary type=\"html\">").append(Xml.escape(feedHtml(p.excerpt(), p.absoluteUrl()))).append("</summary>\n");
            x.append("    <content type=\"html\">").append(Xml.escape(feedHtml(p.content(),
                    p.absoluteUrl()))).append("</content>\n");
            x.append("  </entry>\n");
        }
        x.append("</feed>\n");
        return x.toString();
    }

    public String json(Channel ch) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", ch.title());
        feed.put("home_page_url", ch.homeUrl());
        feed.put("feed_url", ch.selfUrl());
        if (!ch.description().isBlank()) {
            feed.put("description", ch.description());
        }
        feed.put("language", config.lang());
        List<Object> items = new ArrayList<>();
        for (PostView p : ch.posts()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", p.absoluteUrl());
            item.put("url", p.absoluteUrl());
            item.put("title", p.title());
            item.put("content_html", feedHtml(p.content(), p.absoluteUrl()));
            item.put("summary", p.description());
            if (!p.imageAbsolute().isEmpty()) {
                item.put("image", p.imageAbsolute());
            }
            item.put("date_published", iso(p.date()));
            item.put("date_modified", iso(p.lastModified()));
            List<Object> authors = new ArrayList<>();
            for (AuthorView a : p.authors()) {
                Map<String, Object> am = new LinkedHashMap<>();
                am.put("name", a.name());
                if (a.web().matches("https?://\\S+")) {
                    am.put("url", a.web());
                }
                authors.add(am);
            }
            if (!authors.isEmpty()) {
                item.put("authors", authors);
            }
            List<String> tags = new ArrayList<>();
            p.categories().forEach(c -> tags.add(c.name()));
            p.tags().forEach(t -> tags.add(t.name()));
            if (!tags.isEmpty()) {
                item.put("tags", tags);
            }
            items.add(item);
        }
        feed.put("items", items);
        return Json.pretty(feed) + "\n";
    }

    /**
     * A post's HTML as feed readers want it: every URL absolute, and table alignment as the {@code align} attribute,
     * since readers strip {@code style}.
     */
    static String feedHtml(String html, String pageUrl) {
        return ALIGN.matcher(LinkRewriter.absolutize(html, pageUrl)).replaceAll(" align=\"$1\"");
    }

    private static final java.util.regex.Pattern ALIGN =
            java.util.regex.Pattern.compile(" style=\"text-align: (left|right|center)\"");

    private ZonedDateTime updated(List<PostView> posts) {
        return posts.stream().map(PostView::lastModified).max(ZonedDateTime::compareTo).orElse(fallbackDate);
    }

    static String rfc822(ZonedDateTime d) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(d);
    }

    static String iso(ZonedDateTime d) {
        return io.github.blogmaven.content.DateRules.ISO.format(d);
    }

    private static void el(StringBuilder x, String indent, String name, String text) {
        x.append(indent).append('<').append(name).append('>').append(Xml.escape(text)).append("</").append(name)
                .append(">\n");
    }
}
