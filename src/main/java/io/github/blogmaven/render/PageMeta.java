package io.github.blogmaven.render;

/**
 * What the head of an HTML page says about it: titles, canonical URL, sharing metadata.
 *
 * @param kind post, page, home, category, tag, author, archive, terms or 404
 * @param url the page's own href
 * @param canonical the absolute URL search engines should use
 * @param image absolute URL of the sharing image, or ""
 * @param feedUrl href of a feed specific to this page (a category's), or ""
 * @param jsonLd structured data (JSON) for the page, or ""
 * @param code whether the page shows highlighted code, so that it loads the highlighter (and only then)
 */
public record PageMeta(String kind, String title, String description, String url, String canonical, String image,
                       String type, String lang, boolean noindex, String feedTitle, String feedUrl, String jsonLd,
                       boolean code) {

    /** Whether HTML has code blocks with a language, the ones the highlighter colours. */
    public static boolean hasCode(String html) {
        return io.github.blogmaven.markdown.RenderedMarkdown.hasCode(html);
    }
}
