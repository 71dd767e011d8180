package io.github.blogmaven.site;

import io.github.blogmaven.config.BlogConfig;
import java.util.List;
import java.util.Map;

/**
 * The assembled blog, ready to render: posts newest first, pages, taxonomies and archive.
 *
 * @param neighbours aligned with {@code posts}: entry i belongs to post i
 * @param authorsByKey every author that wrote a post, keyed by registry key
 */
public record Site(
        BlogConfig config,
        List<PostView> posts,
        List<Neighbours> neighbours,
        List<PageView> pages,
        List<TermGroup> categories,
        List<TermGroup> tags,
        List<TermGroup> authors,
        Map<String, AuthorView> authorsByKey,
        List<YearGroup> years,
        Map<String, Object> data) {

    /** Posts shown in the home page's list: all but hidden ones. */
    public List<PostView> listed() {
        return posts.stream().filter(p -> !p.hidden()).toList();
    }

    /** Posts for the Featured strip. */
    public List<PostView> featured() {
        return posts.stream().filter(PostView::featured).toList();
    }
}
