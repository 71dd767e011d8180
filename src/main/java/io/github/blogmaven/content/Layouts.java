package io.github.blogmaven.content;

import io.github.blogmaven.problem.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of front matter's {@code layout:}: its default, and that it must name a layout the theme has. In a
 * Jekyll site, layouts of its old Liquid theme ({@code news_item}) fall back to ours with one warning per name, as
 * Jekyll itself only warns about a missing layout; elsewhere an unknown layout is a typo and an error.
 */
public final class Layouts {

    private Layouts() {
    }

    /** One document's layout, with the default for its kind. */
    private record Use(String layout, String fallback, SourceFile source, FrontMatter frontMatter) {
    }

    /** The layout a document uses: its own, or the default for its kind when it names none (or Jekyll's nil). */
    public static String name(String layout, String fallback) {
        return layout == null || layout.isBlank() || layout.equals("nil") || layout.equals("null") ? fallback : layout;
    }

    /** The layout a document is rendered with: its own if the theme has it, else the default for its kind. */
    public static String resolve(String layout, String fallback, List<String> known) {
        String name = name(layout, fallback);
        return known.contains(name) ? name : fallback;
    }

    /**
     * Reports every post and page whose layout is not in {@code known}: an error at its {@code layout:} line, or,
     * when {@code lenient}, one warning per unknown name at its first use.
     */
    public static void check(List<Post> posts, List<Page> pages, List<String> known, boolean lenient,
                             Problems problems) {
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        List<Use> uses = new ArrayList<>();
        posts.forEach(p -> uses.add(new Use(p.layout(), "post", p.source(), p.frontMatter())));
        pages.forEach(p -> uses.add(new Use(p.layout(), "page", p.source(), p.frontMatter())));
        uses.sort(java.util.Comparator.comparing(u -> u.source().relative()));
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Use u : uses) {
            if (known.contains(name(u.layout(), u.fallback()))) {
                continue;
            }
            if (!lenient) {
                problems.error(u.source().relative(), u.frontMatter().lineOf("layout"), "unknown layout '"
                        + u.layout() + "': known layouts are " + String.join(", ", known)
                        + " (or add _templates/layouts/" + u.layout() + ".ftlh)");
                continue;
            }
            String key = u.layout() + "\u0000" + u.fallback();
            unknown.computeIfAbsent(key, k -> new ArrayList<>()).add(u.source().relative());
            lines.putIfAbsent(key, u.frontMatter().lineOf("layout"));
        }
        unknown.forEach((key, files) -> {
            String[] parts = key.split("\u0000");
            String others = files.size() == 1 ? "" : " (and " + (files.size() - 1) + " other "
                    + (files.size() == 2 ? "file" : "files") + ")";
            problems.warn(files.get(0), lines.get(key), "layout '" + parts[0] + "'" + others + " is not a layout "
                    + "of this theme, so the '" + parts[1] + "' layout is used: add _templates/layouts/" + parts[0]
                    + ".ftlh to give these their own");
        });
    }
}
