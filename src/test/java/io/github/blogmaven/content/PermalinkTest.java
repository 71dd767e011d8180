package io.github.blogmaven.content;

import io.github.blogmaven.site.Urls;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blogmaven.content.Post;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermalinkTest {

    private static Post post(List<String> categories) {
        return new Post(null, null, "T", ZonedDateTime.parse("2024-03-08T09:05:07Z"), null, "my-post", categories,
                List.of(), List.of(), "", "", "post", "", false, false, false, false, "", Map.of(), null, "");
    }

    @ParameterizedTest
    @CsvSource({
        "/:year/:month/:day/:slug/,          /2024/03/08/my-post/",
        "date,                               /ai/ehr/2024/03/08/my-post.html",
        "pretty,                             /ai/ehr/2024/03/08/my-post/",
        "ordinal,                            /ai/ehr/2024/068/my-post.html",
        "none,                               /ai/ehr/my-post.html",
        "/:categories/:title/,               /ai/ehr/my-post/",
        "/:short_year/:i_month/:i_day/:title, /24/3/8/my-post",
        "/:year/:short_month/:hour:minute:second/, /2024/Mar/090507/"})
    void expandsPlaceholdersAndStyles(String pattern, String expected) {
        assertThat(Urls.clean(Permalink.expand(pattern, post(List.of("AI", "EHR"))))).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void categoriesAreLowerCasedButOtherwiseKeptAsJekyllDoes() {
        assertThat(Urls.clean(Permalink.expand("date", post(List.of("AI", "Big Data")))))
                .contains("/ai/big data/2024/03/08/my-post.html");
        assertThat(Urls.encode("/ai/big data/")).isEqualTo("/ai/big%20data/");
    }

    @ParameterizedTest
    @CsvSource({"pretty, /2024/03/08/my-post/", "/:categories/:title/, /my-post/"})
    void noCategoriesLeaveNoEmptySegment(String pattern, String expected) {
        assertThat(Urls.clean(Permalink.expand(pattern, post(List.of())))).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void numbersArePaddedAsFormatPadsThem() {
        // the pad replaces String.format("%0<width>d"); years before 1000 and after 9999 included
        for (int width = 2; width <= 4; width++) {
            for (int n : new int[] {-120, -5, 0, 3, 9, 10, 68, 99, 100, 365, 999, 1000, 2024, 12345}) {
                assertThat(Permalink.pad(n, width)).as("%d in %d digits", n, width)
                        .isEqualTo(String.format("%0" + width + "d", n));
            }
        }
    }

    /** The expansion as a regular expression gives it, the way this class did it before it scanned by hand. */
    private static String byRegex(String pattern, ZonedDateTime d, String slug, List<String> categories) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":([a-z_]+)").matcher(Permalink.pattern(pattern));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String one = Permalink.expand(":" + m.group(1), d, slug, categories);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(one));
        }
        m.appendTail(out);
        return out.toString();
    }

    @org.junit.jupiter.api.Test
    void anyPatternExpandsAsTheRegularExpressionWouldExpandIt() {
        java.util.Random random = new java.util.Random(11);
        String[] pieces = {":", "::", "/", "_", "a", "z", "A", "1", "$", "\\", ".", "-", " ", "ü", ":year", ":month",
            ":day", ":title", ":slug", ":categories", ":output_ext", ":i_month", ":y_day", ":week", ":short_day",
            ":hour", ":minute", ":second", ":unknown", ":Year", ":x_", "pretty", "date", "none"};
        ZonedDateTime d = ZonedDateTime.parse("2021-01-03T23:59:58+05:30");
        List<String> categories = List.of(" News ", "news", "Big Data", "", "$1");
        for (int t = 0; t < 20_000; t++) {
            StringBuilder p = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                p.append(pieces[random.nextInt(pieces.length)]);
            }
            String pattern = p.toString();
            assertThat(Permalink.expand(pattern, d, "my $slug\\", categories)).as(pattern)
                    .isEqualTo(byRegex(pattern, d, "my $slug\\", categories));
        }
        assertThat(Permalink.expand("/:categories/:title:output_ext", d, "s", categories))
                .isEqualTo("/news/big data/$1/s.html");
        assertThat(Permalink.expand("/:nope/:title", d, "s", categories)).isEqualTo("/:nope/s");
    }
}
