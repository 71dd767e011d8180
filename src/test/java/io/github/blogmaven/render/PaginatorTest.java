package io.github.blogmaven.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaginatorTest {

    /** The bar as text: page numbers, [n] for the current one, ... for a gap. */
    private static String bar(int number, int total) {
        Paginator p = Paginator.of(number, total, total * 10, "/", "/page/:num/", h -> "/blog" + h);
        return String.join(" ", p.links().stream().map(l -> l.gap() ? "..."
                : l.current() ? "[" + l.number() + "]" : Integer.toString(l.number())).toList());
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1, [1]",
        "1, 2, [1] 2",
        "3, 5, 1 2 [3] 4 5",
        "1, 7, [1] 2 3 ... 7",
        "4, 7, 1 2 3 [4] 5 6 7",
        "5, 7, 1 2 3 4 [5] 6 7",
        "6, 9, 1 ... 4 5 [6] 7 8 9",
        "5, 9, 1 2 3 4 [5] 6 7 8 9",
        "5, 10, 1 2 3 4 [5] 6 7 ... 10",
        "1, 1000, [1] 2 3 ... 1000",
        "500, 1000, 1 ... 498 499 [500] 501 502 ... 1000",
        "999, 1000, 1 ... 997 998 [999] 1000",
        "1000, 1000, 1 ... 998 999 [1000]"})
    void theBarShowsTheEndsAndTwoPagesEitherSideWithGapsBetween(int number, int total, String expected) {
        assertThat(bar(number, total)).isEqualTo(expected);
    }

    @Test
    void linksAndNeighboursPointAtThePagesTheyName() {
        Paginator p = Paginator.of(3, 10, 95, "/tags/java/", Paginator.below("/tags/java/"), h -> "/blog" + h);
        assertThat(p.previousUrl()).isEqualTo("/blog/tags/java/page/2/");
        assertThat(p.nextUrl()).isEqualTo("/blog/tags/java/page/4/");
        assertThat(p.links().get(0).url()).isEqualTo("/blog/tags/java/");
        assertThat(p.links().get(p.links().size() - 1).url()).isEqualTo("/blog/tags/java/page/10/");
        assertThat(p.links().stream().filter(Paginator.PageLink::gap).map(Paginator.PageLink::url).toList())
                .isEqualTo(List.of(""));
        // the bar's length does not grow with the number of pages
        assertThat(Paginator.of(50_000, 100_000, 1_000_000, "/", "/page/:num/", h -> h).links()).hasSize(9);
    }
}
