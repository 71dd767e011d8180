package io.github.blogmaven.render;

import io.github.blogmaven.site.PageView;
import io.github.blogmaven.site.PostView;
import io.github.blogmaven.site.TermGroup;
import java.util.List;
import java.util.Map;

/**
 * What every template sees as {@code site}.
 *
 * @param url the absolute base URL, or "" when unknown
 * @param basePath the path of the blog below its host ("/blog"), or ""
 * @param customCssUrl href of the user's {@code assets/custom.css} when it exists, else ""
 * @param assets hrefs of the theme's scripts and styles by name: {@code highlightJs}, {@code highlightLight},
 *        {@code highlightDark}, {@code codeJs}, {@code searchJs}, {@code searchIndex}
 */
public record SiteModel(String title, String description, String url, String basePath, String lang,
                        String homeUrl, String archiveUrl, String categoriesUrl, String tagsUrl, String authorsUrl,
                        String searchUrl, Map<String, String> assets,
                        String rssUrl, String atomUrl, String jsonFeedUrl, String cssUrl, String customCssUrl,
                        List<PostView> posts, List<PageView> pages, List<TermGroup> categories,
                        List<TermGroup> tags, List<TermGroup> authors, Map<String, Object> data, String generator) {
}
