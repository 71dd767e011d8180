package io.github.blogmaven.content;

import io.github.blogmaven.problem.Problems;
import java.util.List;

/** The rules of front matter's {@code layout:}: its default, and that it must name a layout the theme has. */
public final class Layouts {

    private Layouts() {
    }

    /** The layout a document uses: its own, or the default for its kind when it names none (or Jekyll's nil). */
    public static String name(String layout, String fallback) {
        return layout == null || layout.isBlank() || layout.equals("nil") || layout.equals("null") ? fallback : layout;
    }

    /** Records an error, at the {@code layout:} line, for every post and page whose layout is not in {@code known}. */
    public static void check(List<Post> posts, List<Page> pages, List<String> known, Problems problems) {
        for (Post p : posts) {
            check(p.layout(), "post", p.source(), p.frontMatter(), known, problems);
        }
        for (Page p : pages) {
            check(p.layout(), "page", p.source(), p.frontMatter(), known, problems);
        }
    }

    private static void check(String layout, String fallback, SourceFile source, FrontMatter fm, List<String> known,
                              Problems problems) {
        if (!known.contains(name(layout, fallback))) {
            problems.error(source.relative(), fm.lineOf("layout"), "unknown layout '" + layout + "': known layouts "
                    + "are " + String.join(", ", known) + " (or add _templates/layouts/" + layout + ".ftlh)");
        }
    }
}
