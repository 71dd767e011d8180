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
        String text = BodyText.htmlToText(html);
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
        return rendered(html, excerptHtml, text);
    }

    /** A body with its excerpt, and what their texts give: words, the excerpt's text, the headings. */
    private static RenderedMarkdown rendered(String html, String excerptHtml, String text) {
        BodyText.Words words = BodyText.words(text.toCharArray());
        return RenderedMarkdown.of(html, excerptHtml.strip(), BodyText.collapse(BodyText.htmlToText(excerptHtml)),
                words.count(), words.unique(), BodyText.headings(html));
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
        return rendered(html, excerptHtml, BodyText.htmlToText(html));
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
}
