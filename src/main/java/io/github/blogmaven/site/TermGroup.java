package io.github.blogmaven.site;

import java.util.List;

/**
 * A category, a tag or an author with the posts filed under it, newest first.
 *
 * @param kind "category", "tag" or "author"
 * @param path the site path of its first listing page
 */
public record TermGroup(String kind, String name, String slug, String path, String url, String feedPath,
                        String feedUrl, List<PostView> posts) {

    public int count() {
        return posts.size();
    }
}
