package io.github.blogmaven.site;

import io.github.blogmaven.content.Page;
import io.github.blogmaven.content.Post;
import io.github.blogmaven.liquid.LiquidRenderer;
import io.github.blogmaven.problem.Problems;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves what Liquid's {@code post_url} and {@code link} left in rendered HTML, once every post and page has its
 * URL: {@code post_url} names a post by its file name without extension, {@code link} a file by its source path.
 */
final class LiquidLinks {

    private static final Pattern MARKER = Pattern.compile("(" + Pattern.quote(LiquidRenderer.POST_URL) + "|"
            + Pattern.quote(LiquidRenderer.LINK) + ")([^\"'\\s<>]*?)/(?=[\"'\\s<>)]|$)");

    /** The targets by name and by source path, made when a body first holds a marker: most blogs have none. */
    private final java.util.function.Supplier<Targets> targets;
    private final UnaryOperator<String> href;
    private final Problems problems;

    private record Targets(Map<String, String> byName, Map<String, String> bySource) {
    }

    LiquidLinks(Map<Post, String> posts, Map<Page, String> pages, UnaryOperator<String> href, Problems problems) {
        this.href = href;
        this.problems = problems;
        this.targets = io.github.blogmaven.markdown.Once.of(() -> {
            Map<String, String> byName = new HashMap<>();
            Map<String, String> bySource = new HashMap<>();
            posts.forEach((p, path) -> {
                String rel = p.source().relative();
                bySource.put(rel, path);
                String underPosts = rel.substring(rel.indexOf('/') + 1);
                byName.put(stripExtension(underPosts), path);
                byName.putIfAbsent(stripExtension(p.source().name()), path);
            });
            pages.forEach((p, path) -> bySource.put(p.source().relative(), path));
            return new Targets(byName, bySource);
        });
    }

    String resolve(String html, String source) {
        if (!html.contains("/__blog_")) {
            return html;
        }
        Matcher m = MARKER.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean postUrl = m.group(1).equals(LiquidRenderer.POST_URL);
            String target = LiquidRenderer.decode(m.group(2));
            String path = postUrl ? targets.get().byName().get(target) : targets.get().bySource().get(
                    target.startsWith("/") ? target.substring(1) : target);
            String replacement;
            if (path == null) {
                problems.warn(source, 0, (postUrl ? "{% post_url " + target + " %} names no post (give the file name "
                        + "without its extension, e.g. 2024-03-18-my-title)" : "{% link " + target + " %} names no "
                        + "file of this site") + "; the link points nowhere");
                replacement = "#";
            } else {
                replacement = href.apply(path);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash ? name.substring(0, dot) : name;
    }
}
