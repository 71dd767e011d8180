package io.github.blogmaven.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a listing page stands among its pages: page 1 at the listing's own path, page n where
 * the listing's pattern puts it.
 *
 * @param previousUrl href of the newer posts' page, or ""
 * @param nextUrl href of the older posts' page, or ""
 */
public record Paginator(int number, int total, int totalPosts, String previousUrl, String nextUrl,
                        List<PageLink> links) {

    /** One page number in the pagination bar. */
    public record PageLink(int number, String url, boolean current) {
    }

    /**
     * Site path of page {@code n} of a listing at {@code path}: the listing itself for page 1, else {@code pattern}
     * with {@code :num} replaced (Jekyll's {@code paginate_path}); a pattern without an extension names a folder.
     */
    public static String pathOf(String path, String pattern, int n) {
        if (n == 1) {
            return path;
        }
        String p = pattern.replace(":num", Integer.toString(n));
        p = p.startsWith("/") ? p : "/" + p;
        String last = p.substring(p.lastIndexOf('/') + 1);
        return last.isEmpty() || last.contains(".") ? p : p + "/";
    }

    /** The pattern of a term, author or other listing's further pages: below the listing's own path. */
    public static String below(String path) {
        return path + "page/:num/";
    }

    static Paginator of(int number, int total, int totalPosts, String path, String pattern,
                        java.util.function.UnaryOperator<String> href) {
        List<PageLink> links = new ArrayList<>();
        for (int i = 1; i <= total; i++) {
            links.add(new PageLink(i, href.apply(pathOf(path, pattern, i)), i == number));
        }
        return new Paginator(number, total, totalPosts, number > 1 ? href.apply(pathOf(path, pattern, number - 1))
                : "", number < total ? href.apply(pathOf(path, pattern, number + 1)) : "", List.copyOf(links));
    }
}
