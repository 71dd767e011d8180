package io.github.blogmaven.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * What a post's HTML says as text: its plain text, its words (counted, and the distinct ones for the search index)
 * and its headings for the table of contents. Plain scans rather than regular expressions, as they run over every
 * post of every build; each is checked against the rule it stands for in {@code TextScanTest}.
 */
final class BodyText {

    private BodyText() {
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
     * What a text's words are, from one pass over its characters.
     *
     * @param count how many words it has: runs of characters between white space, as {@code Character.isWhitespace}
     *     has it
     * @param unique its distinct words, lower-cased, in order of first use: what the search index needs to find a
     *     post by any word of its body, at a fraction of the size of the text
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

    /** The word set of {@link #words} at twice the size. */
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

    /** The text with each run of white space made one space, and none at either end. */
    static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
