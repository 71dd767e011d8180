package io.github.blogmaven.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kramdown habits Jekyll posts rely on, on top of CommonMark: attribute lists ({@code {: .class #id key="v"}})
 * after a block, on a line of their own, and right after a span; header ids ({@code ## Title {#id}});
 * {@code markdown="1"} on an HTML block; and {@code {:toc}}, a one-item list replaced by the table of contents.
 * Attribute lists are read from the source text, so that quotes and other inline syntax inside them do not matter.
 */
final class KramdownExtras {

    /** The attributes found for each node, read by {@link HtmlDetails} when the HTML is written. */
    static final NullableDataKey<Map<Node, Map<String, String>>> ATTRIBUTES = new NullableDataKey<>("BLOG_IAL");

    /** The id of the list that stands for the table of contents until the headings' ids are known. */
    static final String TOC_ID = "blog-maven-toc";
    private static final Pattern TOC_LIST = Pattern.compile("<(ul|ol) id=\"" + TOC_ID + "\">.*?</\\1>",
            Pattern.DOTALL);

    private static final Pattern BLOCK_IAL = Pattern.compile("^[ \\t]{0,3}\\{:(?!:)\\s*([^}]*)\\}[ \\t]*$");
    private static final Pattern SPAN_IAL = Pattern.compile("\\{:(?!:)\\s*([^}\\n]*)\\}");
    private static final Pattern HEADER_ID = Pattern.compile("\\s+\\{#([A-Za-z][\\w:.-]*)\\}\\s*$");
    private static final Pattern PART = Pattern.compile(
            "\\.([\\w-]+)|#([\\w:.-]+)|([A-Za-z_:][\\w:.-]*)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'"
                    + "|([^\\s\"'=<>`]+))|([A-Za-z][\\w-]*)");
    private static final Pattern MARKDOWN_ATTR = Pattern.compile(
            "^(\\s*)<([A-Za-z][A-Za-z0-9-]*)([^>]*?)\\s+markdown=(\"|')(?:1|block|span)\\4([^>]*)>(.*)$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,}|~{3,})");

    private KramdownExtras() {
    }

    /** Whether a text can use any of these at all; most cannot, and skip the work. */
    static boolean mayUse(String markdown) {
        return markdown.contains("{:") || markdown.contains("{#") || markdown.contains("markdown=");
    }

    /**
     * Rewrites HTML blocks marked {@code markdown="1"} so that CommonMark reads their content as Markdown: the
     * attribute goes, and the opening and closing tags stand on lines of their own with a blank line inside.
     */
    static String markdownInHtml(String text) {
        if (!text.contains("markdown=")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length + 8);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (f.find()) {
                String marker = f.group(1);
                if (fence == null) {
                    fence = marker;
                } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
                    fence = null;
                }
            }
            Matcher m = fence == null ? MARKDOWN_ATTR.matcher(line) : null;
            if (m == null || !m.matches()) {
                out.add(line);
                continue;
            }
            String tag = m.group(2);
            out.add(m.group(1) + "<" + tag + m.group(3) + m.group(5) + ">");
            out.add("");
            List<String> inner = new ArrayList<>();
            if (!m.group(6).isBlank()) {
                inner.add(m.group(6));
            }
            // the matching close tag, counting nested tags of the same name
            int depth = 1;
            Pattern open = Pattern.compile("<" + tag + "(\\s|>)", Pattern.CASE_INSENSITIVE);
            Pattern close = Pattern.compile("</" + tag + "\\s*>", Pattern.CASE_INSENSITIVE);
            int j = i + 1;
            String tail = null;
            for (; j < lines.length && tail == null; j++) {
                String l = lines[j];
                Matcher o = open.matcher(l);
                while (o.find()) {
                    depth++;
                }
                Matcher c = close.matcher(l);
                int at = -1;
                while (depth > 0 && c.find()) {
                    depth--;
                    at = c.start();
                }
                if (depth == 0) {
                    if (!l.substring(0, at).isBlank()) {
                        inner.add(l.substring(0, at));
                    }
                    tail = l.substring(at);
                    break;
                }
                inner.add(l);
            }
            if (tail == null) {
                out.addAll(inner); // no close tag: leave the rest as it is
                i = j - 1;
                continue;
            }
            out.addAll(inner);
            out.add("");
            out.add(tail);
            i = j;
        }
        return String.join("\n", out);
    }

    /** Finds attribute lists, header ids and {@code {:toc}} in a parsed document and takes them out of its text. */
    static void apply(Document doc) {
        Map<Node, Map<String, String>> found = new IdentityHashMap<>();
        List<Node> nodes = new ArrayList<>();
        doc.getDescendants().forEach(nodes::add);
        for (Node n : nodes) {
            if (n instanceof Paragraph p && p.getParent() != null) {
                blockIal(doc, p, found);
            } else if (n instanceof Heading h) {
                headerId(h, found);
            }
        }
        nodes.clear();
        doc.getDescendants().forEach(nodes::add);
        for (Node n : nodes) {
            if (!(n instanceof Block) && n.getParent() != null && !(n instanceof Text)
                    && !(n instanceof SoftLineBreak)) {
                spanIal(doc, n, found);
            }
        }
        if (!found.isEmpty()) {
            ATTRIBUTES.set(doc, found);
        }
    }

    private static void blockIal(Document doc, Paragraph p, Map<Node, Map<String, String>> found) {
        int lines = p.getLineCount();
        if (lines == 0) {
            return;
        }
        BasedSequence last = p.getLineChars(lines - 1);
        Matcher m = BLOCK_IAL.matcher(last.toString().stripTrailing());
        if (!m.matches()) {
            return;
        }
        Map<String, String> attrs = parse(m.group(1));
        boolean toc = attrs.remove("\u0000toc") != null;
        if (lines == 1) {
            // an attribute list alone on its line belongs to the block before it, else to the one after it
            Node target = p.getPrevious() != null ? p.getPrevious() : p.getNext();
            p.unlink();
            if (target != null) {
                merge(found, target, attrs);
            }
            return;
        }
        int cut = last.getStartOffset();
        for (Node child = p.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            if (child.getStartOffset() >= cut) {
                child.unlink();
            }
            child = next;
        }
        Node lastChild = p.getLastChild();
        if (lastChild instanceof SoftLineBreak) {
            lastChild.unlink();
        }
        // "* TOC" followed by {:toc}: the list is replaced by the table of contents
        if (toc && p.getParent() instanceof ListItem item && item.getParent() instanceof ListBlock list
                && list.getFirstChild() == item && item.getNext() == null) {
            found.put(list, new LinkedHashMap<>(Map.of("id", TOC_ID)));
            return;
        }
        merge(found, p, attrs);
    }

    private static void headerId(Heading h, Map<Node, Map<String, String>> found) {
        Node lastChild = h.getLastChild();
        if (!(lastChild instanceof Text t)) {
            return;
        }
        Matcher m = HEADER_ID.matcher(t.getChars());
        if (m.find()) {
            t.setChars(t.getChars().subSequence(0, m.start()));
            merge(found, h, Map.of("id", m.group(1)));
        }
    }

    private static void spanIal(Document doc, Node n, Map<Node, Map<String, String>> found) {
        int end = n.getEndOffset();
        BasedSequence chars = doc.getChars();
        if (end <= 0 || end + 2 > chars.length() || chars.charAt(end) != '{' || chars.charAt(end + 1) != ':') {
            return;
        }
        Matcher m = SPAN_IAL.matcher(chars.subSequence(end, Math.min(chars.length(), end + 400)));
        if (!m.lookingAt()) {
            return;
        }
        int ialEnd = end + m.end();
        for (Node s = n.getNext(); s != null && s.getStartOffset() < ialEnd; ) {
            Node next = s.getNext();
            if (s.getEndOffset() <= ialEnd) {
                s.unlink();
            } else if (s instanceof Text t) {
                t.setChars(t.getChars().subSequence(ialEnd - t.getStartOffset()));
            } else {
                return; // the list runs into other syntax: leave it as text
            }
            s = next;
        }
        Map<String, String> attrs = parse(m.group(1));
        attrs.remove("\u0000toc");
        merge(found, n, attrs);
    }

    /** {@code .class #id key="v" ref}: classes gathered, the rest by name; a bare {@code toc} is remembered. */
    static Map<String, String> parse(String list) {
        Map<String, String> attrs = new LinkedHashMap<>();
        Matcher m = PART.matcher(list);
        while (m.find()) {
            if (m.group(1) != null) {
                attrs.merge("class", m.group(1), (a, b) -> a + " " + b);
            } else if (m.group(2) != null) {
                attrs.put("id", m.group(2));
            } else if (m.group(3) != null) {
                String value = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : m.group(6);
                value = value.replaceAll("\\\\(.)", "$1");
                if (m.group(3).equals("class")) {
                    attrs.merge("class", value, (a, b) -> a + " " + b);
                } else {
                    attrs.put(m.group(3), value);
                }
            } else if (m.group(7).equals("toc")) {
                attrs.put("\u0000toc", "");
            }
        }
        return attrs;
    }

    private static void merge(Map<Node, Map<String, String>> found, Node node, Map<String, String> attrs) {
        if (attrs.isEmpty()) {
            return;
        }
        Map<String, String> to = found.computeIfAbsent(node, k -> new LinkedHashMap<>());
        attrs.forEach((k, v) -> to.merge(k, v, (a, b) -> k.equals("class") ? a + " " + b : b));
    }

    private static final Pattern ANY_HEADING = Pattern.compile("<h([1-6]) id=\"([^\"]*)\"[^>]*>(.*?)</h\\1>",
            Pattern.DOTALL);

    /** Puts the table of contents where {@code {:toc}} was, nested by heading level, as kramdown writes it. */
    static String tableOfContents(String html) {
        Matcher list = TOC_LIST.matcher(html);
        if (!list.find()) {
            return html;
        }
        StringBuilder toc = new StringBuilder("<ul id=\"markdown-toc\">\n");
        Matcher m = ANY_HEADING.matcher(html);
        int base = 0;
        int current = 0;
        boolean itemOpen = false;
        while (m.find()) {
            int level = Integer.parseInt(m.group(1));
            if (base == 0) {
                base = level;
                current = level;
            }
            level = Math.max(level, base);
            if (level > current) {
                while (current < level) {
                    toc.append(itemOpen ? "\n<ul>\n" : "<li>\n<ul>\n");
                    current++;
                    itemOpen = false;
                }
            } else {
                if (itemOpen) {
                    toc.append("</li>\n");
                }
                while (current > level) {
                    toc.append("</ul>\n</li>\n");
                    current--;
                }
            }
            String text = m.group(3).replaceAll("<[^>]*>", "").strip();
            toc.append("<li><a href=\"#").append(m.group(2)).append("\" id=\"markdown-toc-").append(m.group(2))
                    .append("\">").append(text).append("</a>");
            itemOpen = true;
        }
        if (itemOpen) {
            toc.append("</li>\n");
        }
        while (current > base) {
            toc.append("</ul>\n</li>\n");
            current--;
        }
        toc.append("</ul>");
        return html.substring(0, list.start()) + toc + html.substring(list.end());
    }
}
