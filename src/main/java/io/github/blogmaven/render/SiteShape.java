package io.github.blogmaven.render;

import io.github.blogmaven.site.PageView;
import io.github.blogmaven.site.PostView;
import io.github.blogmaven.site.Site;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * A digest of everything a page can show except the bodies of posts: the environment (configuration, templates,
 * data, the plugin), the files copied as they are, every page whole, and every post's shape (title, dates, URL,
 * terms, authors, image, flags and front matter, in the order of the site). Body-derived fields are left out on
 * purpose: pages note which bodies they read ({@link io.github.blogmaven.site.Reads}), so that a body edit
 * re-renders only the pages that show that body.
 */
final class SiteShape {

    private SiteShape() {
    }

    static String digest(String environment, Site site, Collection<String> copies) {
        MessageDigest md = sha256();
        StringBuilder b = new StringBuilder(1 << 16);
        b.append(environment).append('\n').append(String.join("\n", copies)).append('\n');
        for (PageView p : site.pages()) {
            b.append(p).append('\n');
        }
        flush(md, b);
        for (PostView p : site.posts()) {
            b.append(p.source()).append('\u0001').append(p.title()).append('\u0001').append(p.url()).append('\u0001')
                    .append(p.path()).append('\u0001').append(p.file()).append('\u0001').append(p.absoluteUrl())
                    .append('\u0001').append(p.dateIso()).append('\u0001').append(p.dateDisplay()).append('\u0001')
                    .append(p.lastModifiedIso()).append('\u0001').append(p.categories()).append('\u0001')
                    .append(p.tags()).append('\u0001').append(p.authors()).append('\u0001').append(p.image())
                    .append('\u0001').append(p.imageAbsolute()).append('\u0001').append(p.imageAlt())
                    .append('\u0001').append(p.featured()).append(p.hidden()).append(p.draft()).append(p.toc())
                    .append('\u0001').append(p.lang()).append('\u0001').append(p.layout()).append('\u0001')
                    .append(p.data()).append('\n');
            if (b.length() > 1 << 16) {
                flush(md, b);
            }
        }
        flush(md, b);
        return HexFormat.of().formatHex(md.digest());
    }

    private static void flush(MessageDigest md, StringBuilder b) {
        md.update(b.toString().getBytes(StandardCharsets.UTF_8));
        b.setLength(0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
