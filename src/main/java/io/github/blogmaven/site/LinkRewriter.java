package io.github.blogmaven.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Rewrites the URLs in rendered HTML ({@code href} and {@code src} attributes): root-relative links to the blog's
 * base path, every link to an absolute URL for feeds, and lists internal targets for the link check.
 */
public final class LinkRewriter {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private LinkRewriter() {
    }

    /** Whether a URL stays inside the site: no scheme, not protocol-relative, not only a fragment. */
    public static boolean isInternal(String url) {
        return !url.isEmpty() && !url.startsWith("#") && !url.startsWith("//") && !SCHEME.matcher(url).find();
    }

    /**
     * Root-relative links ({@code /assets/x.png}) mean the blog's root, which may sit below a base path
     * ({@code /blog}); such links get the base path in front.
     */
    public static String rootToBase(String html, String basePath) {
        if (basePath.isEmpty()) {
            return html;
        }
        return rewrite(html, url -> url.startsWith("/") && !url.startsWith("//") && !url.equals(basePath)
                && !url.startsWith(basePath + "/") ? basePath + url : url);
    }

    /** Every URL made absolute against the page's own absolute URL, as feed readers need. */
    public static String absolutize(String html, String pageUrl) {
        URI base;
        try {
            base = new URI(pageUrl);
        } catch (URISyntaxException e) {
            return html;
        }
        if (!base.isAbsolute()) {
            return html;
        }
        return rewrite(html, url -> {
            if (url.isEmpty() || SCHEME.matcher(url).find()) {
                return url;
            }
            try {
                return base.resolve(new URI(url.replace(" ", "%20"))).toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return url;
            }
        });
    }

    /** The internal URLs an HTML fragment links to, in order. */
    public static List<String> internalTargets(String html) {
        List<String> out = new ArrayList<>();
        int[] at = new int[2];
        for (int from = 0; (from = nextAttr(html, from, at)) >= 0; ) {
            String url = unescape(html.substring(at[0] + 1, at[1])).trim();
            if (isInternal(url)) {
                out.add(url);
            }
        }
        return out;
    }

    private static String rewrite(String html, UnaryOperator<String> change) {
        StringBuilder out = null;
        int last = 0;
        int[] at = new int[2];
        for (int from = 0; (from = nextAttr(html, from, at)) >= 0; ) {
            String url = unescape(html.substring(at[0] + 1, at[1]));
            String changed = change.apply(url);
            if (changed.equals(url)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length() + 256);
            }
            out.append(html, last, at[0] + 1).append(escape(changed));
            last = at[1];
        }
        if (out == null) {
            return html;
        }
        return out.append(html, last, html.length()).toString();
    }

    /**
     * Finds the next quoted {@code href} or {@code src} attribute value at or after {@code from}, as
     * {@code \s(href|src)\s*=\s*("…"|'…')} case-insensitively would: {@code at} gets the offsets of the opening and
     * closing quotes. Returns where to search on, or -1 when there is none. This runs over every post's HTML several
     * times per build, so it looks only at the equals signs (rare in HTML, and {@code indexOf} finds them quickly) and
     * reads the name backwards from each: a match of the expression has exactly one, and matches cannot overlap,
     * so the matches come in the same order as a scan from the left finds them.
     */
    static int nextAttr(String html, int from, int[] at) {
        int n = html.length();
        for (int eq = html.indexOf('=', from); eq >= 0; eq = html.indexOf('=', eq + 1)) {
            int k = eq - 1;
            while (k >= from && space(html.charAt(k))) {
                k--;
            }
            // the name ends at k; it is preceded by white space that is at or after from
            int start;
            if (k - 4 >= from && html.regionMatches(true, k - 3, "href", 0, 4)) {
                start = k - 4;
            } else if (k - 3 >= from && html.regionMatches(true, k - 2, "src", 0, 3)) {
                start = k - 3;
            } else {
                continue;
            }
            if (!space(html.charAt(start)) || start >= n - 4) {
                continue;
            }
            int q = eq + 1;
            while (q < n && space(html.charAt(q))) {
                q++;
            }
            if (q >= n || html.charAt(q) != '"' && html.charAt(q) != '\'') {
                continue;
            }
            int close = html.indexOf(html.charAt(q), q + 1);
            if (close < 0) {
                continue;
            }
            at[0] = q;
            at[1] = close;
            return close + 1;
        }
        return -1;
    }

    /** What {@code \s} matches in a Java regular expression. */
    private static boolean space(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static String unescape(String attr) {
        return attr.indexOf('&') < 0 ? attr : attr.replace("&amp;", "&").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }

    private static String escape(String url) {
        return url.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;").replace("<", "&lt;");
    }
}
