package io.github.blogmaven.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The renderer's shortcuts change no byte: skipping flexmark's escaping steps and its writer for plain texts, and
 * parsing each text with only the extensions it can need. Every post of the shared corpus, the seed post and the
 * example blog, and random Markdown built from the characters those steps act on (and from pipes, dashes and bare
 * addresses), render the same with and without them.
 */
class PlainTextRendererTest {

    private static List<String> posts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path root : List.of(Path.of("../shared/corpus"), Path.of("example/src/blog"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".md") || name.endsWith(".markdown")) {
                        texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        texts.add(Files.readString(Path.of("../shared/seed-post.md")));
        return texts;
    }

    private static void assertSame(MarkdownRenderer fast, MarkdownRenderer flexmark, String markdown) {
        RenderedMarkdown a = fast.render(markdown, null);
        RenderedMarkdown b = flexmark.render(markdown, null);
        assertThat(a.html()).as(markdown).isEqualTo(b.html());
        assertThat(a.excerptHtml()).as(markdown).isEqualTo(b.excerptHtml());
    }

    @Test
    void everyRealPostRendersAsFlexmarkRendersIt() throws IOException {
        List<String> posts = posts();
        assertThat(posts).hasSizeGreaterThan(250);
        for (boolean autolinks : new boolean[] {true, false}) {
            MarkdownRenderer fast = new MarkdownRenderer("<!--more-->", autolinks, true);
            MarkdownRenderer flexmark = new MarkdownRenderer("<!--more-->", autolinks, false);
            for (String post : posts) {
                assertSame(fast, flexmark, post);
            }
        }
    }

    @Test
    void randomMarkdownFromTheCharactersTheStepsActOnRendersTheSame() {
        String[] parts = {"word ", "\\*", "\\\\", "\\", "&amp;", "&copy;", "&#169;", "&#xA9;", "&bogus;", "& ", "&",
            "<", ">", "\"", "'", "\r\n", "\r", "\n", "\n\n", "*em*", "**strong**", "`code`", "[link](/a?b=1&c=2)",
            "<span>", "</span>", "<b>x</b>", "- item\n", "1. one\n", "> quote\n", "| a | b |\n|---|---|\n| 1 | 2 |\n",
            "```\ncode & <b>\n```\n", "    indented & code\n", "# Heading & \"quotes\"\n", "--", "...", "é", "\u00a0",
            "https://example.org/?a=1&b=2 ", "[^1]\n\n[^1]: note & more\n", "![alt & \"q\"](/i.png)", "~~gone~~",
            "{: .klass}\n", "text\\\nbreak", "  \n", "a longer run of plain words", "\t", "\ttabbed words here",
            "trailing words here  ", "    ", " x", "<pre>\nkept  as  it is\n</pre>\n", "- [ ] a task with words\n",
            "\u0001", "\u00010\u0002", "mark \u00011\u0002 words", "a | b\n", "|", "---\n", "--- | ---\n", ":-:",
            "| --- |\n", "-|-\n", "www.example.org ", "mail@example.org ", "http://x.org"};
        MarkdownRenderer fast = new MarkdownRenderer("<!--more-->", true, true);
        MarkdownRenderer flexmark = new MarkdownRenderer("<!--more-->", true, false);
        for (String markdown : io.github.blogmaven.Fragments.of(parts, 8_000, 1, 24, 23)) {
            assertSame(fast, flexmark, markdown);
        }
    }

    @Test
    void marksAreFilledOnlyWhenTheyMatchTheHeldTextsOneToOne() {
        List<String> held = List.of("first text", "second text");
        assertThat(PlainTextRenderer.fill("<p>\u00010\u0002 and \u00011\u0002</p>", held))
                .isEqualTo("<p>first text and second text</p>");
        assertThat(PlainTextRenderer.fill("<p>\u00011\u0002 then \u00010\u0002</p>", held))
                .isEqualTo("<p>second text then first text</p>");
        assertThat(PlainTextRenderer.fill("<p>no marks</p>", List.of())).isEqualTo("<p>no marks</p>");
        assertThat(PlainTextRenderer.fill("<p>\u00010\u0002</p>", held)).as("one text not placed").isNull();
        assertThat(PlainTextRenderer.fill("<p>\u00010\u0002\u00010\u0002\u00011\u0002</p>", held)).as("placed twice")
                .isNull();
        assertThat(PlainTextRenderer.fill("<p>\u00012\u0002</p>", held)).as("no such text").isNull();
        assertThat(PlainTextRenderer.fill("<p>\u0001x\u0002</p>", held)).as("not a number").isNull();
        assertThat(PlainTextRenderer.fill("<p>\u00010</p>", held)).as("no end").isNull();
        assertThat(PlainTextRenderer.fill("<p>no marks</p>", held)).isNull();
        assertThat(PlainTextRenderer.copiedAsItIs("plain words")).isTrue();
        assertThat(PlainTextRenderer.copiedAsItIs(" lead")).isFalse();
        assertThat(PlainTextRenderer.copiedAsItIs("trail\t")).isFalse();
        assertThat(PlainTextRenderer.copiedAsItIs("two\nlines")).isFalse();
        assertThat(PlainTextRenderer.marksPossible("text \u0002")).isFalse();
    }

    @Test
    void mostTextsOfRealPostsTakeThePlainWay() throws IOException {
        // what the shortcut is worth: without it every one of these texts would go through three regex passes
        com.vladsch.flexmark.parser.Parser parser = com.vladsch.flexmark.parser.Parser.builder().build();
        int plain = 0;
        int all = 0;
        for (String post : posts()) {
            for (Node n : parser.parse(post).getDescendants()) {
                if (n instanceof Text t) {
                    all++;
                    plain += PlainTextRenderer.plain(t.getChars().toString()) ? 1 : 0;
                }
            }
        }
        assertThat(all).isGreaterThan(10_000);
        assertThat(plain).isGreaterThan(all * 3 / 4);
        assertThat(PlainTextRenderer.plain("a \\* b")).isFalse();
        assertThat(PlainTextRenderer.plain("a &amp; b")).isFalse();
        assertThat(PlainTextRenderer.plain("line\r")).isFalse();
        assertThat(PlainTextRenderer.plain("a \"quote\"")).isFalse();
        assertThat(PlainTextRenderer.plain("plain words, é and ’")).isTrue();
    }
}
