package io.github.blogmaven.render;

import io.github.blogmaven.site.PageView;
import io.github.blogmaven.site.PostView;
import io.github.blogmaven.site.Site;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;

/**
 * A digest of everything a page can show except the bodies of posts: the environment (configuration, templates,
 * data, the plugin), the files copied as they are, every page whole, and every post's shape (its file, front matter,
 * dates and URL, in the order of the site: title, terms, authors, image and flags all follow from these).
 * Body-derived fields are left out on purpose: pages note which bodies they read
 * ({@link io.github.blogmaven.site.Reads}), so that a body edit re-renders only the pages that show that body.
 */
final class SiteShape {

    private SiteShape() {
    }

    static String digest(String environment, Site site, Collection<String> copies) {
        MessageDigest md = io.github.blogmaven.content.Digests.comparing();
        StringBuilder b = new StringBuilder(1 << 16);
        b.append(environment).append('\n').append(String.join("\n", copies)).append('\n');
        for (PageView p : site.pages()) {
            b.append(p).append('\n');
        }
        flush(md, b);
        // a post's shape follows from its file name, its front matter and the environment (configuration, data,
        // authors, defaults); its dates and URL are added for the cases where the clock or a file time decides them
        for (PostView p : site.posts()) {
            b.append(p.source()).append('\u0001').append(p.url()).append('\u0001');
            moment(b, p.date());
            moment(b, p.lastModified());
            b.append(p.frontMatterDigest().high()).append(' ').append(p.frontMatterDigest().low()).append('\n');
            if (b.length() > 1 << 16) {
                flush(md, b);
            }
        }
        flush(md, b);
        return HexFormat.of().formatHex(md.digest());
    }

    /** A date as exactly as its ISO text gives it (instant, offset and zone), without formatting it. */
    private static void moment(StringBuilder b, java.time.ZonedDateTime d) {
        b.append(d.toEpochSecond()).append('.').append(d.getNano()).append(' ').append(d.getOffset().getTotalSeconds())
                .append(' ').append(d.getZone().getId()).append('\u0001');
    }

    private static void flush(MessageDigest md, StringBuilder b) {
        md.update(b.toString().getBytes(StandardCharsets.UTF_8));
        b.setLength(0);
    }

}
