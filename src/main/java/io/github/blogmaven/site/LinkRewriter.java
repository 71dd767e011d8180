package io.github.blogmaven.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the URLs in rendered HTML ({@code href} and {@code src} attributes): root-relative links to the blog's
 * base path, every link to an absolute URL for feeds, and lists internal targets for the link check.
 */
public final class LinkRewriter {

    private static final Pattern ATTR = Pattern.compile("(\\s(?:href|src)\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);
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
        Matcher m = ATTR.matcher(html);
        while (m.find()) {
            String url = unescape(m.group(2) != null ? m.group(2) : m.group(3)).trim();
            if (isInternal(url)) {
                out.add(url);
            }
        }
        return out;
    }

    private static String rewrite(String html, UnaryOperator<String> change) {
        Matcher m = ATTR.matcher(html);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            boolean dq = m.group(2) != null;
            String raw = dq ? m.group(2) : m.group(3);
            String url = unescape(raw);
            String changed = change.apply(url);
            if (changed.equals(url)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length() + 256);
            }
            out.append(html, last, m.start()).append(m.group(1)).append(dq ? '"' : '\'')
                    .append(escape(changed)).append(dq ? '"' : '\'');
            last = m.end();
        }
        if (out == null) {
            return html;
        }
        return out.append(html, last, html.length()).toString();
    }

    private static String unescape(String attr) {
        return attr.indexOf('&') < 0 ? attr : attr.replace("&amp;", "&").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }

    private static String escape(String url) {
        return url.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;").replace("<", "&lt;");
    }
}
