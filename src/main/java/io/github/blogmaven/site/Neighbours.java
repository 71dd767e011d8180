package io.github.blogmaven.site;

import java.util.List;

/** A post's previous (older) and next (newer) post, either possibly null, and its related posts. */
public record Neighbours(PostView previous, PostView next, List<PostView> related) {
}
