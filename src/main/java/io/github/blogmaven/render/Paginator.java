package io.github.blogmaven.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a listing page stands among its pages: page 1 at the listing's own path, page n where
 * the listing's pattern puts it.
 *
 * @param previousUrl href of the newer posts' page, or ""
 * @param nextUrl href of the older posts' page, or ""
 * @param links the pagination bar: the first and last pages and those up to {@link #AROUND} either side of this
 *     one, with a gap where pages are left out, so that the bar stays short however many pages there are (a bar
 *     of every page made each of a large blog's thousand listing pages carry a thousand links)
 */
public record Paginator(int number, int total, int totalPosts, String previousUrl, String nextUrl,
                        List<PageLink> links) {

    /** One page number in the pagination bar, or a gap ({@code gap}, no number or URL) where pages are left out. */
    public record PageLink(int number, String url, boolean current, boolean gap) {
    }

    /** How many pages either side of the current one the bar shows. */
    static final int AROUND = 2;

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
        java.util.SortedSet<Integer> pages = new java.util.TreeSet<>(List.of(1, total));
        for (int i = Math.max(1, number - AROUND); i <= Math.min(total, number + AROUND); i++) {
            pages.add(i);
        }
        List<PageLink> links = new ArrayList<>();
        int shown = 0;
        for (int i : pages) {
            if (i == shown + 2) {
                links.add(link(shown + 1, number, path, pattern, href)); // a gap would hide no more than the page
            } else if (i > shown + 2) {
                links.add(new PageLink(0, "", false, true));
            }
            links.add(link(i, number, path, pattern, href));
            shown = i;
        }
        return new Paginator(number, total, totalPosts, number > 1 ? href.apply(pathOf(path, pattern, number - 1))
                : "", number < total ? href.apply(pathOf(path, pattern, number + 1)) : "", List.copyOf(links));
    }

    private static PageLink link(int i, int number, String path, String pattern,
                                 java.util.function.UnaryOperator<String> href) {
        return new PageLink(i, href.apply(pathOf(path, pattern, i)), i == number, false);
    }
}
