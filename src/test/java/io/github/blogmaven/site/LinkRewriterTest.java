package io.github.blogmaven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LinkRewriterTest {

    /** The rule the scan implements, written as a regular expression. */
    private static final Pattern ATTR = Pattern.compile("\\s(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);

    /** Each value found, with the offset where it starts. */
    private static List<String> byRegex(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = ATTR.matcher(html);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            out.add(m.start(g) + ":" + m.group(g));
        }
        return out;
    }

    private static List<String> byScan(String html) {
        List<String> out = new ArrayList<>();
        int[] at = new int[2];
        for (int from = 0; (from = LinkRewriter.nextAttr(html, from, at)) >= 0; ) {
            out.add((at[0] + 1) + ":" + html.substring(at[0] + 1, at[1]));
        }
        return out;
    }

    @Test
    void theScanFindsWhatTheRuleFindsInEveryReferencePost() {
        int compared = 0;
        for (Map.Entry<Path, String> e : io.github.blogmaven.ReferenceHtml.all().entrySet()) {
            assertThat(byScan(e.getValue())).as(e.getKey().toString()).isEqualTo(byRegex(e.getValue()));
            compared += byRegex(e.getValue()).size();
        }
        assertThat(compared).isGreaterThan(500);
    }

    @Test
    void theScanFindsWhatTheRuleFindsInAwkwardFragments() {
        String[] parts = {" ", "\t", "\n", "href", "HREF", "Src", "src", "=", " = ", "\"", "'", "/a", "x", "<a",
            ">", "hre", "sr", "&amp;"};
        for (String html : io.github.blogmaven.Fragments.of(parts, 20_000, 1, 14, 42)) {
            assertThat(byScan(html)).as(html).isEqualTo(byRegex(html));
        }
    }

    @Test
    void rootRelativeLinksGetTheBasePathAndOthersStayAsTheyAre() {
        String html = "<p><a href=\"/2024/x/\">x</a> <img src='/img/a.png'> <a href=\"https://e.org/\">e</a> "
                + "<a HREF = \"/blog/already/\">b</a> <a href=\"#top\">t</a> <a href=\"rel/\">r</a> "
                + "<a href=\"/q?a=1&amp;b=2\">q</a></p>";
        assertThat(LinkRewriter.rootToBase(html, "/blog")).isEqualTo("<p><a href=\"/blog/2024/x/\">x</a> "
                + "<img src='/blog/img/a.png'> <a href=\"https://e.org/\">e</a> <a HREF = \"/blog/already/\">b</a> "
                + "<a href=\"#top\">t</a> <a href=\"rel/\">r</a> <a href=\"/blog/q?a=1&amp;b=2\">q</a></p>");
        assertThat(LinkRewriter.rootToBase(html, "")).isSameAs(html);
        assertThat(LinkRewriter.internalTargets(html)).containsExactly("/2024/x/", "/img/a.png", "/blog/already/",
                "rel/", "/q?a=1&b=2");
    }
}
