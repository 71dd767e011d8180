package io.github.blogmaven.site;

/** A named link, such as a post's category or tag. */
public record Link(String name, String url) {
}
