package io.github.blogmaven.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer md = new MarkdownRenderer("<!--more-->");

    @Test
    void gfmTablesWithAlignmentAsCss() {
        String html = md.render("| a | b |\n|---|--:|\n| 1 | 2 |\n", null).html();
        assertThat(html).contains("<table>").contains("<th>a</th>").contains("<td style=\"text-align: right\">2</td>")
                .doesNotContain("align=");
    }

    @Test
    void strikethroughTaskListsAndAutolinks() {
        String html = md.render("~~old~~\n\n- [x] done\n- [ ] todo\n\nSee https://example.org/x now\n", null).html();
        assertThat(html).contains("<del>old</del>")
                .contains("<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled aria-label=\"done\">")
                .contains("aria-label=\"to do\"")
                .contains("<a href=\"https://example.org/x\">https://example.org/x</a>");
    }

    @Test
    void autolinksWwwAndEmailToo() {
        assertThat(md.render("Visit www.example.org or write to team@example.org.", null).html())
                .contains("<a href=\"http://www.example.org\">www.example.org</a>")
                .contains("<a href=\"mailto:team@example.org\">team@example.org</a>");
        assertThat(md.render("No links here, just text.", null).html()).doesNotContain("<a ");
    }

    @Test
    void mathPassesThroughUntouched() {
        RenderedMarkdown r = md.render("Inline $$a_1 * b_2 < c$$ and\n\n$$\n\\sum_{i=1}^n x_i * y_i\n$$\n\nText _em_.", null);
        assertThat(r.html()).contains("Inline $$a_1 * b_2 &lt; c$$ and")
                .contains("$$\n\\sum_{i=1}^n x_i * y_i\n$$").contains("<em>em</em>").doesNotContain("BLOGMATH");
        assertThat(r.searchWords()).doesNotContain("BLOGMATH");
        assertThat(md.render("Costs $5 and $6.", null).html()).contains("Costs $5 and $6.");
    }

    @Test
    void footnotes() {
        // anchors named after the label, as kramdown names them, so that links to a Jekyll post's notes still work
        String html = md.render("Text[^note] and[^2].\n\n[^note]: The note.\n[^2]: Two.\n", null).html();
        assertThat(html).contains("href=\"#fn:note\"").contains("id=\"fn:note\"").contains("id=\"fnref:note\"")
                .contains("href=\"#fnref:note\"").contains("href=\"#fn:2\"").contains("The note.")
                .doesNotContain("fn-1");
    }

    @Test
    void headingIdsAndFencedCodeLanguage() {
        RenderedMarkdown r = md.render("## A primer on transformer models\n\n```java\nint x;\n```\n\n### Sub part\n", null);
        assertThat(r.html()).contains("<h2 id=\"a-primer-on-transformer-models\">")
                .contains("<code class=\"language-java\">");
        assertThat(r.headings()).extracting(Heading::id).containsExactly("a-primer-on-transformer-models", "sub-part");
    }

    @Test
    void rawHtmlIsKept() {
        assertThat(md.render("<div class=\"note\">Hi <b>there</b></div>\n", null).html())
                .contains("<div class=\"note\">Hi <b>there</b></div>");
    }

    @Test
    void textFragmentLinksKeepTheirExactUrl() {
        String url = "https://armanasq.github.io/nlp/self-attention/#:~:text=Self-attention%20enables%20models,words.";
        assertThat(md.render("[weigh](" + url + ")", null).html()).contains("href=\"" + url + "\"");
    }

    @Test
    void excerptFromFrontMatterThenSeparatorThenFirstParagraph() {
        assertThat(md.render("# T\n\nFirst para.\n\nSecond.", "Given *excerpt*").excerptHtml())
                .isEqualTo("<p>Given <em>excerpt</em></p>");
        RenderedMarkdown sep = md.render("One.\n\nTwo.\n\n<!--more-->\n\nThree.", null);
        assertThat(sep.excerptHtml()).contains("One.").contains("Two.").doesNotContain("Three");
        RenderedMarkdown first = md.render("## Heading\n\nFirst para[^1].\n\nSecond.\n\n[^1]: note", null);
        assertThat(first.excerptHtml()).isEqualTo("<p>First para.</p>");
        assertThat(first.excerptText()).isEqualTo("First para.");
    }

    @Test
    void emptyBody() {
        RenderedMarkdown r = md.render("", null);
        assertThat(r.html()).isEmpty();
        assertThat(r.excerptHtml()).isEmpty();
        assertThat(r.words()).isZero();
    }

    @Test
    void countsWords() {
        assertThat(md.render("One two  three\n\nfour", null).words()).isEqualTo(4);
    }

    @Test
    void kramdownAttributeListsOnBlocksAndSpans() {
        String html = md.render("""
                A paragraph with a class.
                {: .lead #intro data-x="a \\"b\\" c"}

                ## Setup {#set-up}

                > Quoted.

                {: .note}

                Some *stress*{: .strong} and [a link](https://example.org){: target="_blank" .ext} and {braces} kept.
                """, null).html();
        assertThat(html).contains("<p class=\"lead\" id=\"intro\" data-x=\"a &quot;b&quot; c\">A paragraph with a class.</p>")
                .contains("<h2 id=\"set-up\">Setup</h2>")
                .contains("<blockquote class=\"note\">")
                .contains("<em class=\"strong\">stress</em> and")
                .contains("<a href=\"https://example.org\" target=\"_blank\" class=\"ext\">a link</a> and {braces} kept.")
                .doesNotContain("{:");
    }

    @Test
    void markdownInsideAnHtmlBlockMarkedMarkdown1() {
        String html = md.render("<div class=\"box\" markdown=\"1\">\n*Inside* a [link](/x/).\n</div>\n\n<div>\n*raw*\n</div>\n",
                null).html();
        assertThat(html).contains("<div class=\"box\">").contains("<em>Inside</em> a <a href=\"/x/\">link</a>")
                .doesNotContain("markdown=").contains("*raw*");
    }

    @Test
    void tocListBecomesTheTableOfContents() {
        String html = md.render("* TOC\n{:toc}\n\n## One\n\n### One a\n\n## Two\n", null).html();
        assertThat(html).contains("<ul id=\"markdown-toc\">")
                .contains("<li><a href=\"#one\" id=\"markdown-toc-one\">One</a>\n<ul>\n<li><a href=\"#one-a\"")
                .contains("<li><a href=\"#two\" id=\"markdown-toc-two\">Two</a></li>")
                .doesNotContain("TOC").doesNotContain("{:toc}");
    }
}
