package io.github.blogmaven.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.List;
import java.util.Set;

/**
 * Writes a text node as flexmark's own renderer does (undo backslash escapes and character references, turn
 * {@code \r} line ends into {@code \n}, escape {@code & < > "}), but without its regular expressions when the
 * text holds none of the characters those steps act on, which is nearly every text of a post: they were a tenth of
 * the time a large blog took to build. Any other text goes through flexmark's own steps.
 *
 * <p>Flexmark's writer then takes a text one character at a time (it tracks lines and indents as it goes), which was
 * half of its rendering time. So while a render holds a list under {@link #HELD}, a plain text that the writer would
 * copy as it is gets written as a short mark instead ({@code \u0001}, its index, {@code \u0002}), and {@link #fill}
 * puts the texts in their marks' places afterwards. The writer copies a text as it is when, with the renderer's
 * default format flags (only leading spaces of a line trimmed), the text has no line break and neither starts nor
 * ends with a space or tab: it then does with the mark what it does with the text (a character that is not white
 * space first and last), and with the characters between what it does with any character. Marks are used only for
 * sources without those two control characters, and a result whose marks do not match the held texts one to one is
 * not used ({@code fill} gives null and the caller renders the plain way).
 */
final class PlainTextRenderer implements NodeRenderer {

    static final NodeRendererFactory FACTORY = options -> new PlainTextRenderer();

    /** The texts written as marks during a render, in index order; absent (null) for no marks. */
    static final NullableDataKey<List<String>> HELD = new NullableDataKey<>("BLOG_HELD_TEXTS");

    static final char MARK = '\u0001';
    static final char MARK_END = '\u0002';

    /** A text shorter than this is written as it is: its mark would not be much shorter. */
    private static final int SHORTEST = 8;

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
    }

    private void render(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        String text = string(chars);
        if (plain(text)) {
            List<String> held = text.length() < SHORTEST ? null : HELD.get(context.getDocument());
            if (held != null && copiedAsItIs(text)) {
                html.append(MARK + Integer.toString(held.size()) + MARK_END);
                held.add(text);
            } else {
                html.append(text);
            }
        } else {
            html.text(Escaping.normalizeEOL(chars.unescape()));
        }
    }

    /** The characters of a text; a slice of the source string when the text is one (nearly always). */
    private static String string(BasedSequence chars) {
        if (chars instanceof SubSequence s && s.getBase() instanceof String source) {
            return source.substring(s.getStartOffset(), s.getEndOffset());
        }
        return chars.toString();
    }

    /** Whether flexmark's writer would copy this text as it is (see the class comment). */
    static boolean copiedAsItIs(String s) {
        int n = s.length();
        if (n == 0 || white(s.charAt(0)) || white(s.charAt(n - 1))) {
            return false;
        }
        return s.indexOf('\n') < 0;
    }

    private static boolean white(char c) {
        return c == ' ' || c == '\t';
    }

    /** Whether marks can stand for texts in the HTML of this source: it has neither of their two characters. */
    static boolean marksPossible(String source) {
        return source.indexOf(MARK) < 0 && source.indexOf(MARK_END) < 0;
    }

    /**
     * The rendered HTML with each mark replaced by its held text, or null when the marks are not exactly the held
     * texts, each once (then the caller renders again without marks).
     */
    static String fill(String html, List<String> held) {
        int first = html.indexOf(MARK);
        if (first < 0) {
            return held.isEmpty() ? html : null;
        }
        int size = html.length();
        for (String t : held) {
            size += t.length();
        }
        StringBuilder out = new StringBuilder(size);
        boolean[] used = new boolean[held.size()];
        int last = 0;
        int count = 0;
        for (int at = first; at >= 0; at = html.indexOf(MARK, last)) {
            int end = html.indexOf(MARK_END, at + 1);
            int index = end < 0 ? -1 : index(html, at + 1, end);
            if (index < 0 || index >= used.length || used[index]) {
                return null;
            }
            used[index] = true;
            count++;
            out.append(html, last, at).append(held.get(index));
            last = end + 1;
        }
        if (count != used.length) {
            return null;
        }
        return out.append(html, last, html.length()).toString();
    }

    /** The decimal number between {@code from} and {@code to}, or -1 when that is not one. */
    private static int index(String s, int from, int to) {
        if (from == to || to - from > 9) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Whether no step changes this text: no escape or reference to undo, no {@code \r}, nothing to escape. */
    static boolean plain(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            switch (s.charAt(i)) {
                case '\\', '&', '\r', '<', '>', '"' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }
}
