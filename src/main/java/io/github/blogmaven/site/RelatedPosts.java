package io.github.blogmaven.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds related posts by shared tags (weight 2) and categories (weight 1). Each post only looks at a window of the
 * posts nearest in time within each of its terms, so the work grows with posts times terms, never posts squared.
 */
public final class RelatedPosts {

    static final int WINDOW = 40;

    private RelatedPosts() {
    }

    /**
     * @param tagKeys per post (in site order, newest first), its tag slugs
     * @param categoryKeys per post, its category slugs
     * @return per post, the indexes of up to {@code max} related posts, best first
     */
    public static List<List<Integer>> compute(List<List<String>> tagKeys, List<List<String>> categoryKeys, int max) {
        int n = tagKeys.size();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String t : tagKeys.get(i)) {
                postings.computeIfAbsent("t:" + t, k -> new ArrayList<>()).add(i);
            }
            for (String c : categoryKeys.get(i)) {
                postings.computeIfAbsent("c:" + c, k -> new ArrayList<>()).add(i);
            }
        }
        List<List<Integer>> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> score = new LinkedHashMap<>();
            addScores(i, tagKeys.get(i), "t:", 2, postings, score);
            addScores(i, categoryKeys.get(i), "c:", 1, postings, score);
            final int self = i;
            List<Integer> best = score.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<Integer, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparingInt(e -> Math.abs(e.getKey() - self))
                            .thenComparingInt(Map.Entry::getKey))
                    .limit(max).map(Map.Entry::getKey).toList();
            result.add(best);
        }
        return result;
    }

    private static void addScores(int self, List<String> keys, String prefix, int weight,
                                  Map<String, List<Integer>> postings, Map<Integer, Integer> score) {
        for (String key : keys) {
            List<Integer> list = postings.get(prefix + key);
            // posts are in date order, so the list is too: find self and look at its neighbours
            int at = java.util.Collections.binarySearch(list, self);
            int from = Math.max(0, at - WINDOW / 2);
            int to = Math.min(list.size(), at + WINDOW / 2 + 1);
            for (int j = from; j < to; j++) {
                int other = list.get(j);
                if (other != self) {
                    score.merge(other, weight, Integer::sum);
                }
            }
        }
    }
}
