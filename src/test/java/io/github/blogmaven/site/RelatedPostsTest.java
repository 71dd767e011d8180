package io.github.blogmaven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Related posts: shared tags weigh 2, shared categories 1, then the nearest in time, then the newer. */
class RelatedPostsTest {

    @Test
    void sharedTagsWeighMoreThanSharedCategoriesAndTiesGoToTheNearest() {
        // posts in site order, newest first
        List<List<String>> tags = List.of(
                List.of("java"),           // 0
                List.of("java", "maven"),  // 1
                List.of(),                 // 2
                List.of("maven"),          // 3
                List.of("java"));          // 4
        List<List<String>> categories = List.of(
                List.of("news"),
                List.of(),
                List.of("news", "java"),   // a category named like a tag is another term
                List.of("news"),
                List.of());
        RelatedPosts related = RelatedPosts.index(tags, categories, 3);
        // post 1 shares java with 0 and 4 (2 each), maven with 3 (2): all tie, nearest first, then the newer
        assertThat(related.of(1)).containsExactly(0, 3, 4);
        // post 0 shares java with 1 and 4 (2), news with 2 and 3 (1)
        assertThat(related.of(0)).containsExactly(1, 4, 2);
        // post 2 shares only categories: news with 0 and 3; its category java is not the tag java
        assertThat(related.of(2)).containsExactly(3, 0);
        assertThat(RelatedPosts.index(tags, categories, 1).of(1)).containsExactly(0);
    }

    @Test
    void aPostWithNoTermsHasNoRelatedPosts() {
        RelatedPosts related = RelatedPosts.index(List.of(List.of(), List.of("a")), List.of(List.of(), List.of()), 3);
        assertThat(related.of(0)).isEmpty();
        assertThat(related.of(1)).isEmpty();
    }

    /** The index gives what the rules, applied plainly, give: on random blogs, for every post. */
    @Test
    void theIndexGivesWhatThePlainRulesGive() {
        Random random = new Random(3);
        for (int round = 0; round < 20; round++) {
            int n = 1 + random.nextInt(300);
            List<List<String>> tags = new ArrayList<>();
            List<List<String>> categories = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                tags.add(terms(random, "t", 12, 4));
                categories.add(terms(random, "c", 5, 2));
            }
            int max = 1 + random.nextInt(5);
            RelatedPosts related = RelatedPosts.index(tags, categories, max);
            for (int i = 0; i < n; i++) {
                assertThat(related.of(i)).as("round " + round + ", post " + i).isEqualTo(plain(tags, categories, max, i));
            }
        }
    }

    private static List<String> terms(Random random, String prefix, int kinds, int most) {
        List<String> out = new ArrayList<>();
        for (int k = random.nextInt(most + 1); k > 0; k--) {
            String t = prefix + random.nextInt(kinds);
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The rules written out with maps and sorting: each term looks at the posts nearest in time within it. */
    private static List<Integer> plain(List<List<String>> tags, List<List<String>> categories, int max, int self) {
        Map<String, List<Integer>> postings = new LinkedHashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            for (String t : tags.get(i)) {
                postings.computeIfAbsent("tag " + t, k -> new ArrayList<>()).add(i);
            }
            for (String c : categories.get(i)) {
                postings.computeIfAbsent("category " + c, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Integer> score = new HashMap<>();
        List<String> own = new ArrayList<>();
        tags.get(self).forEach(t -> own.add("tag " + t));
        categories.get(self).forEach(c -> own.add("category " + c));
        for (String term : own) {
            List<Integer> list = postings.get(term);
            int at = list.indexOf(self);
            for (int j = Math.max(0, at - RelatedPosts.WINDOW / 2);
                 j < Math.min(list.size(), at + RelatedPosts.WINDOW / 2 + 1); j++) {
                if (list.get(j) != self) {
                    score.merge(list.get(j), term.startsWith("tag ") ? 2 : 1, Integer::sum);
                }
            }
        }
        return score.keySet().stream()
                .sorted(Comparator.<Integer>comparingInt(o -> -score.get(o))
                        .thenComparingInt(o -> Math.abs(o - self)).thenComparingInt(o -> o))
                .limit(max).toList();
    }
}
