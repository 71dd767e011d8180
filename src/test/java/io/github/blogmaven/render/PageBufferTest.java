package io.github.blogmaven.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageBufferTest {

    /** Characters from every UTF-8 length, and surrogates alone, in pairs and in the wrong order. */
    private static final char[] PIECES = {'a', '<', '\n', 'é', 'ß', '\u07ff', '\u0800', '—', '“', '\uffff', '\ud83d',
        '\ude00', '\udbff', '\udfff', '\ud800', '\udc00', '\u0000', '\u007f', '\u0080'};

    @Test
    void givesTheBytesThatStringGetBytesGives() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            int n = random.nextInt(40);
            char[] text = new char[n];
            for (int i = 0; i < n; i++) {
                text[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : PIECES[random.nextInt(PIECES.length)];
            }
            String s = new String(text);
            assertThat(utf8(text, n)).as("text %s", s.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void keepsWhatEachWayOfWritingWrites() {
        PageBuffer b = PageBuffer.take();
        b.write('x');
        b.write("-abc-", 1, 3);
        b.write(new char[] {'1', '2', '3'}, 1, 2);
        b.append("“q”");
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            big.append((char) ('a' + i % 26));
        }
        b.write(big.toString(), 0, big.length());
        String expected = "xabc23“q”" + big;
        assertThat(b.toString()).isEqualTo(expected);
        assertThat(b.utf8()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        b.release();
    }

    @Test
    void aPageRenderedInsideAnotherGetsABufferOfItsOwn() {
        PageBuffer outer = PageBuffer.take();
        outer.write("outer", 0, 5);
        PageBuffer inner = PageBuffer.take();
        assertThat(inner).isNotSameAs(outer);
        inner.write("inner", 0, 5);
        inner.release();
        assertThat(outer.toString()).isEqualTo("outer");
        outer.release();
        PageBuffer next = PageBuffer.take();
        assertThat(next.toString()).as("a buffer taken again starts empty").isEmpty();
        next.release();
    }

    @Test
    void aThemePageIsTheUtf8OfTheRenderedText(@TempDir Path dir) throws Exception {
        Path templates = dir.resolve("_templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("t.ftlh"), "<p>${text}</p><#list 1..3000 as i>“${i}” ${text} </#list>");
        ThemeEngine theme = new ThemeEngine(templates);
        Map<String, Object> model = new HashMap<>();
        model.put("text", "a < b & ça — \ud83d\ude00");
        byte[] page = theme.page("t.ftlh", model);
        assertThat(page).isEqualTo(theme.render("t.ftlh", model).getBytes(StandardCharsets.UTF_8));
        assertThat(new String(page, StandardCharsets.UTF_8)).startsWith("<p>a &lt; b &amp; ça — \ud83d\ude00</p>");
        assertThat(theme.page("t.ftlh", model)).as("the same page again, from the thread's kept buffer")
                .isEqualTo(page);
    }

    /** The bytes a taken buffer gives for the text; the thread's buffer, and its kept scratch, serve every round. */
    private static byte[] utf8(char[] text, int n) {
        PageBuffer b = PageBuffer.take();
        b.write(text, 0, n);
        byte[] bytes = b.utf8();
        b.release();
        return bytes;
    }
}
