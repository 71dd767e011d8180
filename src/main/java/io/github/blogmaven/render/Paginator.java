package io.github.blogmaven.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a listing page stands among its pages: page 1 at the listing's own path, page n at {@code page/n/}.
 *
 * @param previousUrl href of the newer posts' page, or ""
 * @param nextUrl href of the older posts' page, or ""
 */
public record Paginator(int number, int total, int totalPosts, String previousUrl, String nextUrl,
                        List<PageLink> links) {

    /** One page number in the pagination bar. */
    public record PageLink(int number, String url, boolean current) {
    }

    /** Site path of page {@code n} of a listing at {@code path}. */
    public static String pathOf(String path, int n) {
        return n == 1 ? path : path + "page/" + n + "/";
    }

    static Paginator of(int number, int total, int totalPosts, String path, java.util.function.UnaryOperator<String> href) {
        List<PageLink> links = new ArrayList<>();
        for (int i = 1; i <= total; i++) {
            links.add(new PageLink(i, href.apply(pathOf(path, i)), i == number));
        }
        return new Paginator(number, total, totalPosts, number > 1 ? href.apply(pathOf(path, number - 1)) : "",
                number < total ? href.apply(pathOf(path, number + 1)) : "", List.copyOf(links));
    }
}
