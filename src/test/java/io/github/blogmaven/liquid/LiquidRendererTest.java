package io.github.blogmaven.liquid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blogmaven.problem.Problem;
import io.github.blogmaven.problem.Problems;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiquidRendererTest {

    final LiquidRenderer liquid = new LiquidRenderer(Map.of("title", "Site", "baseurl", "/blog",
            "url", "https://example.org", "config", Map.of("url", "https://example.org", "baseurl", "/blog")));
    final Problems problems = new Problems();

    private String render(String body) {
        return liquid.render(body, Map.of("title", "Page title", "tags", java.util.List.of("a", "b")), "_posts/x.md",
                5, problems);
    }

    @Test
    void variablesAndJekyllFilters() {
        assertThat(render("{{ page.title }} on {{ site.title }}: {{ '/img/x.png' | relative_url }} "
                + "{{ '/x/' | absolute_url }} {{ '<b>' | escape }} {{ page.tags | join: ',' }}"))
                .isEqualTo("Page title on Site: /blog/img/x.png https://example.org/blog/x/ &lt;b&gt; a,b");
        assertThat(problems.warnings()).isEmpty();
    }

    @Test
    void jekyllsOwnFilters() {
        Map<String, Object> page = Map.of("date", java.time.ZonedDateTime.parse("2010-01-09T13:05:00+01:00"),
                "tags", java.util.List.of("java", "maven", "blogs"));
        assertThat(liquid.render("{{ page.date | date_to_string }}|{{ page.date | date_to_long_string }}|"
                + "{{ page.date | date_to_xmlschema }}|{{ 'Hello, World!' | slugify }}|{{ 'a & b' | xml_escape }}|"
                + "{{ 'one two  three' | number_of_words }}|{{ page.tags | array_to_sentence_string }}", page, "x", 1,
                problems)).isEqualTo("09 Jan 2010|09 January 2010|2010-01-09T13:05:00+01:00|hello-world|a &amp; b|3|"
                + "java, maven, and blogs");
    }

    @Test
    void controlFlowAndRaw() {
        assertThat(render("{% assign n = 2 %}{% for i in (1..n) %}[{{ i }}]{% endfor %}{% if n > 1 %}!{% endif %}"
                + "{% raw %}{{ kept }} {% if %}{% endraw %}")).isEqualTo("[1][2]!{{ kept }} {% if %}");
    }

    @Test
    void highlightBecomesACodeBlockWithItsLanguage() {
        String out = render("Before\n\n{% highlight ruby linenos %}\ndef x\n  \"<y>\" if a && b\nend\n{% endhighlight %}\n");
        assertThat(out).contains("<pre class=\"highlight\"><code class=\"language-ruby\" data-lang=\"ruby\">def x\n"
                + "  &quot;&lt;y&gt;&quot; if a &amp;&amp; b\nend\n</code></pre>");
    }

    @Test
    void liquidInsideHighlightIsText() {
        assertThat(render("{% highlight liquid %}\n{% raw %}{{ page.title }}{% endraw %} {% include x.html %}\n"
                + "{% endhighlight %}")).contains("{{ page.title }} {% include x.html %}");
        assertThat(problems.warnings()).isEmpty();
    }

    @Test
    void postUrlAndLinkLeaveMarkersForLater() {
        assertThat(render("[a]({% post_url 2010-07-21-my-post %}) [b]({% link about.md %})"))
                .isEqualTo("[a](/__blog_post_url__/2010-07-21-my-post/) [b](/__blog_link__/about.md/)");
        assertThat(LiquidRenderer.decode("2010-07-21-my~20post")).isEqualTo("2010-07-21-my post");
    }

    @Test
    void unknownTagsAndIncludesAreKeptVisibleWithAWarningOnTheirLine() {
        String out = render("Line one\n{% include figure.html src=\"a.png\" %}\nthree\n{% youtube abc %}\n");
        assertThat(out).contains("{% include figure.html src=\"a.png\" %}").contains("{% youtube abc %}");
        assertThat(problems.warnings()).extracting(Problem::toString).containsExactly(
                "_posts/x.md:6: {% include figure.html src=\"a.png\" %} needs the site's _includes, which are not "
                        + "used here; its text is kept as written",
                "_posts/x.md:8: {% youtube abc %} is not a Liquid tag this plugin knows (a Jekyll plugin's?); its "
                        + "text is kept as written");
    }

    @Test
    void brokenLiquidKeepsTheTextAndWarns() {
        String body = "Oops {% if %} and {{ unclosed";
        assertThat(render(body)).isEqualTo(body);
        assertThat(problems.warnings()).singleElement().asString()
                .startsWith("_posts/x.md:5: its Liquid could not be rendered (");
    }

    @Test
    void textWithoutLiquidIsUntouched() {
        assertThat(render("Plain {text} with 100% and } braces")).isEqualTo("Plain {text} with 100% and } braces");
    }
}
