package io.github.blogmaven.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All of the flexmark set-up: CommonMark with GFM tables, strikethrough, task lists, autolinks, footnotes and
 * heading ids. One instance serves a whole build; it is safe to use from several threads.
 */
public final class MarkdownRenderer {

    private static final Pattern FOOTNOTE_REF = Pattern.compile("<sup id=\"fnref[^\"]*\"><a [^>]*>[^<]*</a></sup>");

    /** Parsers by what a text can need: [bare URLs possible][tables possible] (see {@link #parserFor}). */
    private final Parser[][] parsers = new Parser[2][2];
    private final HtmlRenderer renderer;
    private final String excerptSeparator;
    private final boolean autolinks;
    /** Whether the shortcuts are taken (see the constructor). */
    private final boolean shortcuts;

    public MarkdownRenderer(String excerptSeparator) {
        this(excerptSeparator, true);
    }

    /**
     * @param autolinks whether bare URLs and e-mail addresses become links, as on GitHub; kramdown, and so a Jekyll
     *     site, leaves them as text
     */
    public MarkdownRenderer(String excerptSeparator, boolean autolinks) {
        this(excerptSeparator, autolinks, true);
    }

    /**
     * @param shortcuts whether this renderer takes its shortcuts: plain texts skip flexmark's escaping steps and its
     *     writer ({@link PlainTextRenderer}), and each text is parsed with only the extensions it can need
     *     ({@link #parserFor}); without them everything goes flexmark's own way, which tests compare with
     */
    MarkdownRenderer(String excerptSeparator, boolean autolinks, boolean shortcuts) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), AutolinkExtension.create(), FootnoteExtension.create(),
                TypographicExtension.create()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        // typography as kramdown does it, written as characters so that excerpts and feeds carry them too
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "\u201c");
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u201d");
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, "\u2018");
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "\u2019");
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019");
        options.set(TypographicExtension.ELLIPSIS, "\u2026");
        options.set(TypographicExtension.ELLIPSIS_SPACED, "\u2026");
        options.set(TypographicExtension.EN_DASH, "\u2013");
        options.set(TypographicExtension.EM_DASH, "\u2014");
        options.set(TypographicExtension.ANGLE_QUOTE_OPEN, "\u00ab");
        options.set(TypographicExtension.ANGLE_QUOTE_CLOSE, "\u00bb");
        // a checkbox that only shows state: labelled for screen readers, no 'readonly' (invalid on checkboxes)
        options.set(TaskListExtension.ITEM_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled aria-label=\"done\">");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled aria-label=\"to do\">");
        this.autolinks = autolinks;
        this.shortcuts = shortcuts;
        // finding bare URLs costs as much as a third of parsing, and looking for a table in every paragraph a sixth:
        // texts that cannot have one skip that extension
        for (int urls = 0; urls < 2; urls++) {
            for (int tables = 0; tables < 2; tables++) {
                List<Extension> extensions = new ArrayList<>();
                if (tables == 1) {
                    extensions.add(TablesExtension.create());
                }
                extensions.addAll(List.of(StrikethroughExtension.create(), TaskListExtension.create()));
                if (urls == 1) {
                    extensions.add(AutolinkExtension.create());
                }
                extensions.addAll(List.of(FootnoteExtension.create(), TypographicExtension.create()));
                parsers[urls][tables] = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, extensions))
                        .build();
            }
        }
        HtmlRenderer.Builder html = HtmlRenderer.builder(options).attributeProviderFactory(HtmlDetails.FACTORY);
        this.renderer = (shortcuts ? html.nodeRendererFactory(PlainTextRenderer.FACTORY) : html).build();
        this.excerptSeparator = excerptSeparator == null || excerptSeparator.isEmpty() ? null : excerptSeparator;
    }

    /**
     * Renders a body. The excerpt comes from {@code excerpt} (front matter) when given, else from the text before
     * the excerpt separator, else from the first paragraph.
     */
    public RenderedMarkdown render(String source, String excerpt) {
        // $$...$$ math goes to MathJax or KaTeX untouched: Markdown must not see its _ and * as emphasis
        List<String> math = new ArrayList<>();
        String markdown = source.contains("$$") ? protectMath(source, math) : source;
        boolean kramdown = KramdownExtras.mayUse(markdown);
        if (kramdown) {
            markdown = KramdownExtras.markdownInHtml(markdown);
        }
        Document doc = parse(markdown, kramdown);
        boolean marks = shortcuts && PlainTextRenderer.marksPossible(markdown);
        String html = kramdownFootnoteIds(restoreMath(html(doc, marks), math), doc);
        if (kramdown) {
            html = KramdownExtras.tableOfContents(html);
        }
        // the text as readers see it (flexmark's own text collector trips over some typographic nodes)
        String text = htmlToText(html);
        if (!math.isEmpty()) {
            text = MATH_TOKEN.matcher(text).replaceAll(" ");
        }

        String excerptHtml;
        int cut = excerptSeparator == null ? -1 : markdown.indexOf(excerptSeparator);
        if (excerpt != null && !excerpt.isBlank()) {
            Document e = parse(excerpt, KramdownExtras.mayUse(excerpt));
            excerptHtml = html(e, shortcuts && PlainTextRenderer.marksPossible(excerpt));
        } else if (cut >= 0) {
            String before = markdown.substring(0, cut);
            Document e = parse(before, kramdown);
            excerptHtml = html(e, marks);
        } else {
            Node first = doc.getFirstChildAny(Paragraph.class);
            excerptHtml = first == null ? "" : html(first, marks);
        }
        excerptHtml = restoreMath(excerptHtml, math);
        // footnote references would point at notes that are not on the listing page
        excerptHtml = FOOTNOTE_REF.matcher(excerptHtml).replaceAll("");
        Words words = words(text.toCharArray());
        return RenderedMarkdown.of(html, excerptHtml.strip(), collapse(htmlToText(excerptHtml)), words.count(),
                words.unique(), headings(html));
    }

    /**
     * A body written in HTML (an {@code .html} post): kept as it is. Its excerpt is the front matter's, else the text
     * before the excerpt separator, else its first block (up to the first blank line), as Jekyll takes it.
     */
    public RenderedMarkdown renderHtml(String source, String excerpt) {
        String html = source.strip();
        String excerptHtml;
        int cut = excerptSeparator == null ? -1 : html.indexOf(excerptSeparator);
        if (excerpt != null && !excerpt.isBlank()) {
            excerptHtml = excerpt;
        } else if (cut >= 0) {
            excerptHtml = html.substring(0, cut);
        } else {
            int blank = html.indexOf("\n\n");
            excerptHtml = blank < 0 ? html : html.substring(0, blank);
        }
        String text = htmlToText(html);
        Words words = words(text.toCharArray());
        return RenderedMarkdown.of(html, excerptHtml.strip(), collapse(htmlToText(excerptHtml)), words.count(),
                words.unique(), headings(html));
    }

    private static final Pattern FOOTNOTE_ID = Pattern.compile("(id=\"|href=\"#)(fnref|fn)-(\\d+)(?:-(\\d+))?\"");

    /**
     * Footnote anchors named after their labels as kramdown names them ({@code #fn:note}, {@code #fnref:note}), so
     * that links to a migrated post's notes keep working; flexmark numbers them ({@code #fn-1}).
     */
    static String kramdownFootnoteIds(String html, Document doc) {
        if (!html.contains("fnref-")) {
            return html;
        }
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof com.vladsch.flexmark.ext.footnotes.FootnoteBlock b && b.getFootnoteOrdinal() > 0) {
                labels.put(Integer.toString(b.getFootnoteOrdinal()), b.getText().toString());
            }
        }
        Matcher m = FOOTNOTE_ID.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            String label = labels.getOrDefault(m.group(3), m.group(3)).replace("\"", "");
            String repeat = m.group(4) == null || m.group(4).equals("0") ? "" : ":" + m.group(4);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + ":" + label + repeat + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern MATH = Pattern.compile("\\$\\$(.+?)\\$\\$", Pattern.DOTALL);
    private static final Pattern MATH_TOKEN = Pattern.compile("BLOGMATHTOKEN(\\d+)X");

    /** Replaces each $$...$$ with a token that Markdown leaves alone, remembering the math. */
    static String protectMath(String text, List<String> math) {
        Matcher m = MATH.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            math.add(m.group());
            m.appendReplacement(out, "BLOGMATHTOKEN" + (math.size() - 1) + "X");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Puts the math back, HTML-escaped as text, where the tokens are. */
    static String restoreMath(String html, List<String> math) {
        if (math.isEmpty()) {
            return html;
        }
        Matcher m = MATH_TOKEN.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            String tex = i < math.size() ? math.get(i) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(tex.replace("&", "&amp;").replace("<", "&lt;")
                    .replace(">", "&gt;")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Autolinks need "://", "www." or an e-mail's "@"; without them the cheaper parser gives the same result. */
    /**
     * The HTML of a node; plain texts go in through marks when {@code marks} (the renderer has the plain-text way,
     * and the source the node was parsed from has no mark characters; see {@link PlainTextRenderer}).
     */
    private String html(Node node, boolean marks) {
        if (!marks) {
            return renderer.render(node);
        }
        Document doc = node.getDocument();
        List<String> held = new ArrayList<>();
        PlainTextRenderer.HELD.set(doc, held);
        String marked;
        try {
            marked = renderer.render(node);
        } finally {
            PlainTextRenderer.HELD.set(doc, null);
        }
        String html = PlainTextRenderer.fill(marked, held);
        return html != null ? html : renderer.render(node);
    }

    private Document parse(String text, boolean kramdown) {
        Document doc = parserFor(text).parse(text);
        if (kramdown) {
            KramdownExtras.apply(doc);
        }
        return doc;
    }

    /**
     * The parser for a text: with autolinks only when it has something a bare URL or address needs, with tables only
     * when it has a pipe (every table has one in its separator line, flexmark's rule for which requires it). Without
     * those, the extension changes nothing in the document.
     */
    private Parser parserFor(String text) {
        if (!shortcuts) {
            return parsers[autolinks ? 1 : 0][1];
        }
        boolean urls = autolinks && (text.contains("://") || text.contains("www.") || text.indexOf('@') >= 0);
        return parsers[urls ? 1 : 0][text.indexOf('|') >= 0 ? 1 : 0];
    }

    /**
     * The {@code h2} and {@code h3} headings that have an id, as {@code <h([23]) id="([^"]*)">(.*?)</h\\1>} finds
     * them; a plain scan, as it runs over every post.
     */
    static List<Heading> headings(String html) {
        List<Heading> list = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = html.indexOf("<h", from);
            if (open < 0 || open + 9 > html.length()) {
                break;
            }
            from = open + 2;
            char level = html.charAt(open + 2);
            if (level != '2' && level != '3' || !html.startsWith(" id=\"", open + 3)) {
                continue;
            }
            int idEnd = html.indexOf('"', open + 8);
            if (idEnd < 0 || idEnd + 1 >= html.length() || html.charAt(idEnd + 1) != '>') {
                continue;
            }
            int close = html.indexOf(level == '2' ? "</h2>" : "</h3>", idEnd + 2);
            if (close < 0) {
                continue;
            }
            String id = html.substring(open + 8, idEnd);
            String inner = stripTags(html.substring(idEnd + 2, close)).strip();
            if (!id.isEmpty() && !inner.isEmpty()) {
                list.add(new Heading(level - '0', id, inner));
            }
            from = close + 5;
        }
        return List.copyOf(list);
    }

    /**
     * The distinct words of a text, lower-cased, in order of first use: what the search index needs to find a
     * post by any word of its body, at a fraction of the size of the text.
     */
    static String uniqueWords(String text) {
        return words(text.toCharArray()).unique();
    }

    /**
     * How many words a text has ({@link #countWords}) and its distinct words ({@link #uniqueWords}), from one pass
     * over its characters.
     */
    record Words(int count, String unique) {
    }

    static Words words(char[] text) {
        int n = text.length;
        int count = 0;
        boolean in = false;
        // the distinct words, each followed by a space, and an open-addressing set of where each one starts, so
        // that a word seen before costs no String of its own (a post repeats most of its words)
        char[] out = new char[n + 1];
        int used = 0;
        int[] starts = new int[256];
        int[] lengths = new int[256];
        int distinct = 0;
        char[] word = new char[32];
        int length = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text[i] : ' ';
            // a word to count is anything between what Character.isWhitespace calls white space
            boolean space = c <= ' ' ? c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C'
                    : c >= 0x80 && Character.isWhitespace(c);
            if (!space && !in) {
                count++;
            }
            in = !space;
            char lower;
            if (c < 128) {
                lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                boolean part = lower >= 'a' && lower <= 'z' || c >= '0' && c <= '9' || c == '_'
                        || c == '-' && length > 0;
                if (!part) {
                    lower = 0;
                }
            } else {
                lower = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
            }
            if (lower != 0) {
                if (length == word.length) {
                    word = java.util.Arrays.copyOf(word, length * 2);
                }
                word[length++] = lower;
                continue;
            }
            int w = length;
            length = 0;
            while (w > 0 && word[w - 1] == '-') {
                w--;
            }
            if (w < 2) {
                continue;
            }
            int mask = starts.length - 1;
            int slot = slot(word, 0, w, mask);
            boolean seen = false;
            while (lengths[slot] != 0) {
                if (lengths[slot] == w && java.util.Arrays.equals(out, starts[slot], starts[slot] + w, word, 0, w)) {
                    seen = true;
                    break;
                }
                slot = slot + 1 & mask;
            }
            if (seen) {
                continue;
            }
            starts[slot] = used;
            lengths[slot] = w;
            System.arraycopy(word, 0, out, used, w);
            used += w;
            out[used++] = ' ';
            if (++distinct * 2 > starts.length) {
                int[][] grown = grow(starts, lengths, out);
                starts = grown[0];
                lengths = grown[1];
            }
        }
        return new Words(count, used == 0 ? "" : new String(out, 0, used - 1));
    }

    /** Where a word (the characters from {@code from} to {@code to}) starts looking in the word set. */
    private static int slot(char[] chars, int from, int to, int mask) {
        int hash = 0;
        for (int k = from; k < to; k++) {
            hash = 31 * hash + chars[k];
        }
        return (hash ^ hash >>> 16) & mask;
    }

    /** The word set of {@link #uniqueWords} at twice the size. */
    private static int[][] grow(int[] starts, int[] lengths, char[] out) {
        int[] s = new int[starts.length * 2];
        int[] l = new int[starts.length * 2];
        int mask = s.length - 1;
        for (int i = 0; i < starts.length; i++) {
            if (lengths[i] == 0) {
                continue;
            }
            int slot = slot(out, starts[i], starts[i] + lengths[i], mask);
            while (l[slot] != 0) {
                slot = slot + 1 & mask;
            }
            s[slot] = starts[i];
            l[slot] = lengths[i];
        }
        return new int[][] {s, l};
    }

    /** How many words a text has: runs of characters between white space, as {@code Character.isWhitespace} has it. */
    static int countWords(String text) {
        return words(text.toCharArray()).count();
    }

    /** Plain text of an HTML fragment: tags dropped, character references decoded. */
    static String htmlToText(String html) {
        String text = stripTags(html);
        return text.indexOf('&') < 0 ? text : decodeEntities(text);
    }

    /** The text without its tags, as replacing {@code <[^>]*>} with nothing would leave it. */
    static String stripTags(String html) {
        int lt = html.indexOf('<');
        if (lt < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int last = 0;
        while (lt >= 0) {
            int gt = html.indexOf('>', lt + 1);
            if (gt < 0) {
                break; // an unclosed '<' is text, and so is everything after it
            }
            out.append(html, last, lt);
            last = gt + 1;
            lt = html.indexOf('<', last);
        }
        return out.append(html, last, html.length()).toString();
    }

    /**
     * Decodes {@code &(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);}: numeric references and the named ones that
     * Markdown and typography write; other names and impossible code points stay as written.
     */
    static String decodeEntities(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        int n = text.length();
        for (int amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', amp + 1)) {
            int i = amp + 1;
            int max;
            int start;
            if (i < n && text.charAt(i) == '#') {
                boolean hex = i + 1 < n && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X');
                start = hex ? i + 2 : i + 1;
                max = hex ? 6 : 7;
                i = start;
                while (i < n && (hex ? Character.digit(text.charAt(i), 16) >= 0 && text.charAt(i) < 128
                        : text.charAt(i) >= '0' && text.charAt(i) <= '9')) {
                    i++;
                }
            } else {
                start = i;
                max = Integer.MAX_VALUE;
                while (i < n && (text.charAt(i) >= 'a' && text.charAt(i) <= 'z'
                        || text.charAt(i) >= 'A' && text.charAt(i) <= 'Z')) {
                    i++;
                }
            }
            if (i == start || i - start > max || i >= n || text.charAt(i) != ';') {
                continue;
            }
            String e = text.substring(amp + 1, i);
            String raw = text.substring(amp, i + 1);
            String r;
            try {
                r = entity(e, raw);
            } catch (IllegalArgumentException bad) {
                r = raw;
            }
            out.append(text, last, amp).append(r);
            last = i + 1;
            amp = i;
        }
        return last == 0 ? text : out.append(text, last, n).toString();
    }

    private static String entity(String e, String raw) {
        return switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                case "ndash" -> "\u2013";
                case "mdash" -> "\u2014";
                case "hellip" -> "\u2026";
                case "laquo" -> "\u00ab";
                case "raquo" -> "\u00bb";
                case "lsquo" -> "\u2018";
                case "rsquo" -> "\u2019";
                case "ldquo" -> "\u201c";
                case "rdquo" -> "\u201d";
                default -> e.startsWith("#x") || e.startsWith("#X")
                        ? new String(Character.toChars(Integer.parseInt(e.substring(2), 16)))
                        : e.startsWith("#") ? new String(Character.toChars(Integer.parseInt(e.substring(1)))) : raw;
            };
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
