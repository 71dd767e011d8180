package io.github.blogmaven.markdown;

/** A section heading of a post, for its table of contents; {@code html} is already escaped inline text. */
public record Heading(int level, String id, String html) {
}
