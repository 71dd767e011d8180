package io.github.blogmaven.liquid;

import io.github.blogmaven.problem.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.nodes.LNode;
import liqp.parser.Flavor;
import liqp.tags.Tag;

/**
 * Renders the Liquid in post and page bodies as Jekyll does, before Markdown: variables of {@code site} and
 * {@code page} with Jekyll's filters, {@code raw}, {@code assign}, {@code if}, {@code for} and friends, and
 * {@code highlight}, {@code post_url} and {@code link}. Tags it cannot render (an {@code include} of the site's
 * theme, plugins' tags) are reported with file and line and left visible as written: never a crash, never silent
 * loss. One instance serves a build; it is safe to use from several threads.
 */
public final class LiquidRenderer {

    /** Where {@code post_url} and {@code link} leave their target, to be resolved once every URL is known. */
    public static final String POST_URL = "/__blog_post_url__/";
    public static final String LINK = "/__blog_link__/";

    private static final Set<String> SUPPORTED = Set.of("raw", "endraw", "assign", "capture", "endcapture", "if",
            "elsif", "else", "endif", "unless", "endunless", "case", "when", "endcase", "for", "endfor", "break",
            "continue", "cycle", "comment", "endcomment", "increment", "decrement", "tablerow", "endtablerow",
            "ifchanged", "endifchanged", "post_url", "link", "highlight", "endhighlight");
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)(.*?)-?%\\}", Pattern.DOTALL);
    private static final Pattern HIGHLIGHT = Pattern.compile(
            "\\{%-?\\s*highlight\\s+([\\w+#.-]+)([^%]*?)-?%\\}(.*?)\\{%-?\\s*endhighlight\\s*-?%\\}", Pattern.DOTALL);
    private static final Pattern RAW_TAGS = Pattern.compile("\\{%-?\\s*(?:end)?raw\\s*-?%\\}");

    private final TemplateParser parser;
    private final Map<String, Object> site;

    /** @param site the {@code site} variable: title, url, baseurl, description, the keys of _config.yml, data */
    public LiquidRenderer(Map<String, Object> site) {
        this.site = site;
        TemplateParser.Builder builder = new TemplateParser.Builder(Flavor.JEKYLL.defaultParser())
                .withTag(new Placeholder("post_url", POST_URL))
                .withTag(new Placeholder("link", LINK))
                .withMaxRenderTimeMillis(10_000);
        JekyllFilters.all().forEach(builder::withFilter);
        this.parser = builder.build();
    }

    /** Whether a text has Liquid at all; most Markdown has none and skips this stage. */
    public static boolean hasLiquid(String text) {
        return text.contains("{%") || text.contains("{{");
    }

    /**
     * Renders a body. {@code firstLine} is the line of the file where the body starts, for messages.
     * On a Liquid error the body is returned as written, with a warning.
     */
    public String render(String body, Map<String, Object> page, String file, int firstLine, Problems problems) {
        if (!hasLiquid(body)) {
            return body;
        }
        // unsupported tags are found first, so that their lines are the lines of the file
        reportSiteLists(body, file, firstLine, problems);
        String text = highlights(protectUnsupported(body, file, firstLine, problems));
        try {
            Map<String, Object> vars = new HashMap<>();
            vars.put("site", site);
            vars.put("page", page);
            return parser.parse(text).render(vars);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            String first = firstLine(message);
            problems.warn(file, firstLine, "its Liquid could not be rendered ("
                    + (first.length() > 160 ? first.substring(0, 157) + "..." : first) + "); the text is kept as written");
            return body;
        }
    }

    private static final Pattern SITE_LIST = Pattern.compile(
            "\\{[{%][^}]*?\\bsite\\.(posts|pages|categories|tags|related_posts|collections|documents|static_files"
                    + "|html_pages)\\b");
    private static final Pattern RAW_BLOCK = Pattern.compile("\\{%-?\\s*raw\\s*-?%}.*?\\{%-?\\s*endraw\\s*-?%}",
            Pattern.DOTALL);

    /**
     * Jekyll gives post bodies the site's lists of posts, pages, categories and tags; a body here does not see them
     * (a post is parsed before the site is put together), so a loop over them renders nothing: that is said.
     */
    private static void reportSiteLists(String body, String file, int firstLine, Problems problems) {
        List<int[]> raw = new java.util.ArrayList<>();
        Matcher r = RAW_BLOCK.matcher(body);
        while (r.find()) {
            raw.add(new int[] {r.start(), r.end()});
        }
        Matcher m = SITE_LIST.matcher(body);
        while (m.find()) {
            int at = m.start();
            if (raw.stream().anyMatch(x -> at >= x[0] && at < x[1])) {
                continue;
            }
            problems.warn(file, firstLine + count(body, at), "site." + m.group(1) + " is not available in a post's "
                    + "body, so Liquid that reads it renders nothing here: list posts with a template "
                    + "(_templates/) instead");
        }
    }

    /** Jekyll's {@code highlight} block as a code block with its language, the code as written (escaped). */
    private static String highlights(String text) {
        Matcher m = HIGHLIGHT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String lang = m.group(1);
            String code = RAW_TAGS.matcher(m.group(3)).replaceAll("");
            code = code.replaceAll("^\\s*\\n", "").stripTrailing();
            String html = "\n<pre class=\"highlight\"><code class=\"language-" + escape(lang) + "\" data-lang=\""
                    + escape(lang) + "\">" + escape(code) + "\n</code></pre>\n";
            // the code must reach the page untouched by Liquid
            m.appendReplacement(out, Matcher.quoteReplacement("{% raw %}" + html + "{% endraw %}"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Wraps tags the renderer does not know in {@code raw}, so that they show as written, and reports them. */
    private static String protectUnsupported(String text, String file, int firstLine, Problems problems) {
        Matcher m = TAG.matcher(text);
        StringBuilder out = new StringBuilder();
        String skipUntil = null;
        while (m.find()) {
            String name = m.group(1);
            if (skipUntil != null) {
                skipUntil = name.equals(skipUntil) ? null : skipUntil;
                continue;
            }
            if (name.equals("raw") || name.equals("highlight")) {
                skipUntil = "end" + name; // their content is text, not Liquid
                continue;
            }
            if (!SUPPORTED.contains(name)) {
                int line = firstLine + count(text, m.start());
                String tag = m.group().replaceAll("\\s+", " ");
                tag = tag.length() > 80 ? tag.substring(0, 77) + "..." : tag;
                String what = name.startsWith("include")
                        ? tag + " needs the site's _includes, which are not used here"
                        : tag + " is not a Liquid tag this plugin knows (a Jekyll plugin's?)";
                problems.warn(file, line, what + "; its text is kept as written");
                m.appendReplacement(out, Matcher.quoteReplacement("{% raw %}" + m.group() + "{% endraw %}"));
            }
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int count(String text, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** {@code post_url} and {@code link}: leave a path-like marker that survives Markdown, resolved later. */
    private static final class Placeholder extends Tag {
        private final String prefix;

        Placeholder(String name, String prefix) {
            super(name);
            this.prefix = prefix;
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            StringBuilder arg = new StringBuilder();
            for (LNode n : nodes) {
                Object v = n.render(context);
                if (v != null) {
                    arg.append(v);
                }
            }
            return prefix + encode(arg.toString().strip()) + "/";
        }
    }

    /** Keeps the target readable inside a URL: letters, digits and {@code -._/} as they are, the rest escaped. */
    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._/".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('~').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** The inverse of {@link #encode}. */
    public static String decode(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '~' && i + 2 < s.length()) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
