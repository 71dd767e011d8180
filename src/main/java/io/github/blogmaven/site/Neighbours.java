package io.github.blogmaven.site;

import java.util.List;
import java.util.function.Supplier;

/**
 * A post's previous (older) and next (newer) post, either possibly null, and its related posts, worked out when
 * first asked for (when its page is rendered).
 */
public record Neighbours(PostView previous, PostView next, Supplier<List<PostView>> relatedSource) {

    public List<PostView> related() {
        return relatedSource.get();
    }
}
