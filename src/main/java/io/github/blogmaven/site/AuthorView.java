package io.github.blogmaven.site;

import io.github.blogmaven.config.Author;

/**
 * An author as pages show them.
 *
 * @param url the author's page on this blog
 * @param avatar a URL for the avatar image, or ""
 */
public record AuthorView(String key, String slug, String name, String bio, String avatar, String web, String email,
                         String twitter, String url) {

    static AuthorView of(Author a, String slug, String url, String avatarUrl) {
        return new AuthorView(a.key(), slug, a.name(), a.bio(), avatarUrl, a.web(), a.email(), a.twitter(), url);
    }
}
