package io.github.blogmaven.render;

import io.github.blogmaven.problem.Problem;
import io.github.blogmaven.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import io.github.blogmaven.site.LinkRewriter;
import io.github.blogmaven.site.PageView;
import io.github.blogmaven.site.PostView;
import io.github.blogmaven.site.Site;
import io.github.blogmaven.site.Urls;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/** Warns about images and internal links that point at nothing the site will have. */
final class LinkCheck {

    private final Problems problems;
    private final String base;

    LinkCheck(Problems problems, String base) {
        this.problems = problems;
        this.base = base;
    }

    /** Posts already checked in this build, as their pages were rendered. */
    private final java.util.Map<String, List<Problem>> checked = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Checks a post whose content is at hand (its page is being rendered), unless the memo knows the answer;
     * {@code files} must already list every file of the site.
     */
    void checkPost(PostView p, String html, Set<String> files, Set<String> copies, RenderMemo memo) {
        if (memo.linkWarnings(p.source(), p.bodyKey()) != null) {
            return;
        }
        checked.put(p.source(), checkNow(p, html, files, copies, memo));
    }

    /** A post's problems, kept in the memo for the next build. */
    private List<Problem> checkNow(PostView p, String html, Set<String> files, Set<String> copies, RenderMemo memo) {
        List<Problem> found = new ArrayList<>();
        checkAll(found, p.source(), p.path(), html, files, copies);
        checkOne(found, p.source(), p.path(), p.image(), files, copies, "image");
        memo.linksChecked(p.source(), p.bodyKey(), found);
        return found;
    }

    /** Checks every post (or takes a post's warnings from the memo when neither it nor the site changed) and page. */
    void check(Site site, Set<String> files, Set<String> copies, RenderMemo memo) {
        site.posts().parallelStream().forEach(p -> {
            List<Problem> known = checked.get(p.source());
            if (known == null) {
                known = memo.linkWarnings(p.source(), p.bodyKey());
            }
            if (known == null) {
                known = checkNow(p, p.content(), files, copies, memo);
            }
            known.forEach(problems::warn);
        });
        for (PageView p : site.pages()) {
            List<Problem> found = new ArrayList<>();
            checkAll(found, p.source(), p.path(), p.content(), files, copies);
            checkOne(found, p.source(), p.path(), p.image(), files, copies, "image");
            found.forEach(problems::warn);
        }
    }

    private void checkAll(List<Problem> found, String source, String pagePath, String html, Set<String> files,
                          Set<String> copies) {
        for (String target : LinkRewriter.internalTargets(html)) {
            checkOne(found, source, pagePath, target, files, copies, "link");
        }
    }

    private void checkOne(List<Problem> found, String source, String pagePath, String url, Set<String> files,
                          Set<String> copies, String what) {
        if (url.isEmpty() || !LinkRewriter.isInternal(url)) {
            return;
        }
        String target = resolve(pagePath, url);
        if (target == null) {
            return;
        }
        if (!exists(target, files, copies)) {
            String written = !base.isEmpty() && url.startsWith(base + "/") ? url.substring(base.length() + (what.equals("image") ? 1 : 0)) : url;
            found.add(new Problem(source, 0, (what.equals("image") ? "image " : "link to ") + written
                    + " points at nothing in the site: fix the path or add the file"));
        }
    }

    /** The site path a URL on a page means, without the base path; null for what cannot be checked. */
    private String resolve(String pagePath, String url) {
        String u = url;
        int cut = indexOfAny(u, '#', '?');
        if (cut >= 0) {
            u = u.substring(0, cut);
        }
        if (u.isEmpty()) {
            return null;
        }
        String path;
        if (u.startsWith("/")) {
            if (!base.isEmpty() && (u.equals(base) || u.startsWith(base + "/"))) {
                u = u.substring(base.length());
            }
            path = u.isEmpty() ? "/" : u;
        } else {
            try {
                path = new URI(null, null, Urls.encode(pagePath), null).resolve(new URI(u.replace(" ", "%20")))
                        .getRawPath();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;
            }
            if (path == null) {
                return null;
            }
        }
        return Urls.decode(path);
    }

    private static boolean exists(String path, Set<String> files, Set<String> copies) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.startsWith("../")) {
            return false;
        }
        String decoded = Urls.decode(p);
        for (String candidate : new String[] {decoded, decoded.endsWith("/") || decoded.isEmpty()
                ? decoded + "index.html" : decoded + "/index.html", decoded + ".html"}) {
            if (files.contains(candidate) || copies.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
