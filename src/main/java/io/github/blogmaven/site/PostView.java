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
 * @param contentSource gives the post's HTML, with root-relative links carrying the base path
 * @param image the hero image's href, or ""
 * @param frontMatterDigest a digest of the front matter as written, for the digest of the site's shape
 * @param bodyKey stands for everything the body-derived fields come from (the file's bytes and the settings that
 *     shape its parsing); "" when unknown
 *
 * <p>The fields that come from the body (content, excerpt, description, words, headings, search words, code) note
 * each read in {@link Reads}, so that a page's rendering knows which posts' bodies it showed; all others are the
 * post's "shape".
 */
public record PostView(
        String source,
        String title,
        String url,
        String path,
        String file,
        String absoluteUrl,
        ZonedDateTime date,
        java.util.function.Supplier<Dates> datesSource,
        ZonedDateTime lastModified,
        int year,
        int words,
        int readingMinutes,
        List<Link> categories,
        List<Link> tags,
        List<AuthorView> authors,
        String image,
        String imageAbsolute,
        String imageAlt,
        java.util.function.Supplier<Shown> shownSource,
        java.util.function.Supplier<String> contentSource,
        java.util.function.Supplier<String> searchWordsSource,
        boolean featured,
        boolean hidden,
        boolean draft,
        boolean toc,
        String lang,
        String layout,
        Map<String, Object> data,
        boolean hasCode,
        String bodyKey,
        io.github.blogmaven.content.FrontMatter.Digest frontMatterDigest) {

    /**
     * What listings, cards, feeds and tables of contents show of the body, worked out when first asked for (a
     * rebuild after an edit asks it of the few posts its pages show).
     *
     * @param excerpt the excerpt as HTML, its links resolved
     * @param excerptText the excerpt as plain text
     * @param description the front matter's description, or else the excerpt's text shortened
     * @param headings the body's section headings
     */
    public record Shown(String excerpt, String excerptText, String description, List<Heading> headings) {
    }

    /**
     * The post's dates as pages show them, formatted when first asked for: a rebuild after an edit formats the dates
     * of the few posts its pages show, not of every post.
     *
     * @param dateIso the date in ISO 8601, with its offset
     * @param dateDisplay the date written out in the post's language
     * @param lastModifiedIso the last change in ISO 8601
     */
    public record Dates(String dateIso, String dateDisplay, String lastModifiedIso) {
    }

    public String dateIso() {
        return datesSource.get().dateIso();
    }

    public String dateDisplay() {
        return datesSource.get().dateDisplay();
    }

    public String lastModifiedIso() {
        return datesSource.get().lastModifiedIso();
    }

    /** A post's content worked out once for the work running on this thread. */
    private record Pinned(PostView post, String html) {
    }

    private static final ThreadLocal<Pinned> PINNED = new ThreadLocal<>();

    /** The post's HTML; read from the cache when it is not in memory. */
    public String content() {
        Reads.note(this);
        Pinned pin = PINNED.get();
        return pin != null && pin.post() == this ? pin.html() : contentSource.get();
    }

    /**
     * Runs work that needs this post's content more than once (its page and the link check) with the content
     * read from the cache, and its links resolved, only once.
     */
    public <T> T withContentOnce(java.util.function.Function<String, T> work) {
        String html = content();
        Pinned outer = PINNED.get();
        PINNED.set(new Pinned(this, html));
        try {
            return work.apply(html);
        } finally {
            if (outer == null) {
                PINNED.remove();
            } else {
                PINNED.set(outer);
            }
        }
    }

    @Override
    public int words() {
        Reads.note(this);
        return words;
    }

    @Override
    public int readingMinutes() {
        Reads.note(this);
        return readingMinutes;
    }

    public String excerpt() {
        Reads.note(this);
        return shownSource.get().excerpt();
    }

    public String excerptText() {
        Reads.note(this);
        return shownSource.get().excerptText();
    }

    public String description() {
        Reads.note(this);
        return shownSource.get().description();
    }

    /** The body's distinct words, for the search index; read from the cache when not in memory. */
    public String searchWords() {
        Reads.note(this);
        return searchWordsSource.get();
    }

    /** The same words as UTF-8, straight from the cache when they are there. */
    public byte[] searchWordsUtf8() {
        Reads.note(this);
        return io.github.blogmaven.markdown.Utf8Text.of(searchWordsSource);
    }

    public List<Heading> headings() {
        Reads.note(this);
        return shownSource.get().headings();
    }

    @Override
    public boolean hasCode() {
        Reads.note(this);
        return hasCode;
    }

    /** Records are compared by identity here: a view is one post of one build. */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
