package io.github.blogmaven.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The plain scans that take text and headings out of a post's HTML find exactly what the regular expressions
 * that state their rules find: on every Jekyll reference post, and on random fragments built from the awkward
 * pieces (unclosed tags, bad references, headings without ids).
 */
class TextScanTest {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    private static final Pattern HEADING = Pattern.compile("<h([23]) id=\"([^\"]*)\">(.*?)</h\\1>", Pattern.DOTALL);

    private static String textByRule(String html) {
        String text = TAG.matcher(html).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String r;
            String e = m.group(1);
            try {
                r = e.startsWith("#x") || e.startsWith("#X")
                        ? new String(Character.toChars(Integer.parseInt(e.substring(2), 16)))
                        : e.startsWith("#") ? new String(Character.toChars(Integer.parseInt(e.substring(1))))
                        : BodyText.decodeEntities(m.group()); // named: one reference alone
            } catch (IllegalArgumentException bad) {
                r = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        return m.appendTail(out).toString();
    }

    private static List<String> headingsByRule(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = HEADING.matcher(html);
        while (m.find()) {
            String inner = TAG.matcher(m.group(3)).replaceAll("").strip();
            if (!m.group(2).isEmpty() && !inner.isEmpty()) {
                out.add(m.group(1) + "|" + m.group(2) + "|" + inner);
            }
        }
        return out;
    }

    private static List<String> headingsByScan(String html) {
        return BodyText.headings(html).stream().map(h -> h.level() + "|" + h.id() + "|" + h.html()).toList();
    }

    @Test
    void everyReferencePostGivesTheSameTextAndHeadings() {
        int headings = 0;
        int posts = 0;
        for (Map.Entry<Path, String> e : io.github.blogmaven.ReferenceHtml.all().entrySet()) {
            String html = e.getValue();
            assertThat(BodyText.htmlToText(html)).as(e.getKey().toString()).isEqualTo(textByRule(html));
            assertThat(headingsByScan(html)).as(e.getKey().toString()).isEqualTo(headingsByRule(html));
            headings += headingsByRule(html).size();
            posts++;
        }
        assertThat(posts).isGreaterThan(200);
        assertThat(headings).isGreaterThan(100);
    }

    /** The rule for search words, written plainly: letters, digits, '_' and inner '-', lower-cased, once each. */
    private static String wordsByRule(String text) {
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-' && word.length() > 0) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                String w = word.toString().replaceAll("-+$", "");
                if (w.length() > 1) {
                    words.add(w);
                }
                word.setLength(0);
            }
        }
        return String.join(" ", words);
    }

    @Test
    void searchWordsFollowTheRule() {
        int posts = 0;
        for (Map.Entry<Path, String> e : io.github.blogmaven.ReferenceHtml.all().entrySet()) {
            String text = BodyText.htmlToText(e.getValue());
            assertThat(uniqueWords(text)).as(e.getKey().toString()).isEqualTo(wordsByRule(text));
            posts++;
        }
        assertThat(posts).isGreaterThan(200);
        String[] parts = {"Word", "word", "WORD", "-", "--", "_", "a", "b", "é", "É", "ß", "İ", "Σ", "σ", "日本",
            "\uD83D\uDE00", "42", " ", "\n", ".", "x-y", "don't", "\u00A0"};
        for (String text : io.github.blogmaven.Fragments.of(parts, 30_000, 0, 39, 11)) {
            assertThat(uniqueWords(text)).as(text).isEqualTo(wordsByRule(text));
        }
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            many.append("w").append(i).append(' ').append("w").append(i / 2).append(' ');
        }
        assertThat(uniqueWords(many.toString())).isEqualTo(wordsByRule(many.toString()));
    }

    @Test
    void awkwardFragmentsGiveTheSameTextAndHeadings() {
        String[] parts = {"<", ">", "<b>", "</b>", "<h2 id=\"a\">", "<h3 id=\"\">", "<h2 id=\"x", "\">", "</h2>",
            "</h3>", "<h2>", "&amp;", "&", "#", "x", "X", "12", "1234567", "12345678", "1F600", "abcdefg", ";",
            "&#", "&#x", "&#1114112;", "&nbsp;", "&bogus;", "word", " ", "\n"};
        for (String html : io.github.blogmaven.Fragments.of(parts, 30_000, 1, 12, 7)) {
            assertThat(BodyText.htmlToText(html)).as(html).isEqualTo(textByRule(html));
            assertThat(headingsByScan(html)).as(html).isEqualTo(headingsByRule(html));
        }
    }

    @Test
    void wordsAreCountedBetweenWhatJavaCallsWhiteSpace() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            int expected = Character.isWhitespace(c) ? 2 : 1;
            assertThat(countWords("a" + c + "b")).as("U+%04X", (int) c).isEqualTo(expected);
        }
        assertThat(countWords("  two\u2003words\t")).isEqualTo(2);
        assertThat(countWords("")).isZero();
    }

    private static String uniqueWords(String text) {
        return BodyText.words(text.toCharArray()).unique();
    }

    private static int countWords(String text) {
        return BodyText.words(text.toCharArray()).count();
    }
}
