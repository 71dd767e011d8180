package io.github.blogmaven.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds related posts by shared tags (weight 2) and categories (weight 1). Each post only looks at a window of the
 * posts nearest in time within each of its terms, so the work grows with posts times terms, never posts squared.
 * The index of terms is made once per build; a post's related posts are worked out when its page is rendered, so
 * that a rebuild after an edit works them out for the posts it renders, not for every post.
 */
public final class RelatedPosts {

    static final int WINDOW = 40;

    private final int max;
    /** Per post (in site order, newest first), the numbers of its terms and their weights. */
    private final int[][] terms;
    private final int[][] weights;
    /** Per term, the posts that have it, in site order. */
    private final int[][] postings;
    /** A score per post, all zero between calls, for each thread that asks. */
    private final ThreadLocal<int[]> scores;

    private RelatedPosts(int max, int[][] terms, int[][] weights, int[][] postings) {
        this.max = max;
        this.terms = terms;
        this.weights = weights;
        this.postings = postings;
        int n = terms.length;
        this.scores = ThreadLocal.withInitial(() -> new int[n]);
    }

    /**
     * @param tagKeys per post (in site order, newest first), its tag slugs
     * @param categoryKeys per post, its category slugs
     * @param max how many related posts each post gets at most
     */
    public static RelatedPosts index(List<List<String>> tagKeys, List<List<String>> categoryKeys, int max) {
        int n = tagKeys.size();
        // each term gets a number (tags and categories apart: a tag and a category of one name are two terms), and
        // each post the numbers of its terms, with their weights; the posts of a term are kept as growing arrays
        Map<String, Integer> tagIds = new HashMap<>();
        Map<String, Integer> categoryIds = new HashMap<>();
        Postings members = new Postings();
        int[][] terms = new int[n][];
        int[][] weights = new int[n][];
        for (int i = 0; i < n; i++) {
            List<String> tags = tagKeys.get(i);
            List<String> cats = categoryKeys.get(i);
            terms[i] = new int[tags.size() + cats.size()];
            weights[i] = new int[terms[i].length];
            int k = 0;
            for (String t : tags) {
                int id = members.id(tagIds, t);
                members.add(id, i);
                terms[i][k] = id;
                weights[i][k++] = 2;
            }
            for (String c : cats) {
                int id = members.id(categoryIds, c);
                members.add(id, i);
                terms[i][k] = id;
                weights[i][k++] = 1;
            }
        }
        return new RelatedPosts(max, terms, weights, members.lists());
    }

    /** Per term, the posts that have it, in the order they are added (site order). */
    private static final class Postings {
        private int[][] posts = new int[16][];
        private int[] sizes = new int[16];
        private int terms;

        /** The number of a term, given on first sight. */
        int id(Map<String, Integer> ids, String term) {
            Integer id = ids.get(term);
            if (id != null) {
                return id;
            }
            if (terms == posts.length) {
                posts = java.util.Arrays.copyOf(posts, terms * 2);
                sizes = java.util.Arrays.copyOf(sizes, terms * 2);
            }
            posts[terms] = new int[8];
            ids.put(term, terms);
            return terms++;
        }

        void add(int term, int post) {
            int[] list = posts[term];
            if (sizes[term] == list.length) {
                list = posts[term] = java.util.Arrays.copyOf(list, list.length * 2);
            }
            list[sizes[term]++] = post;
        }

        int[][] lists() {
            int[][] out = new int[terms][];
            for (int t = 0; t < terms; t++) {
                out[t] = java.util.Arrays.copyOf(posts[t], sizes[t]);
            }
            return out;
        }
    }

    /** The indexes of up to {@code max} posts related to post {@code i}, best first. */
    public List<Integer> of(int i) {
        int[] score = scores.get();
        int[] touched = new int[(WINDOW + 1) * terms[i].length];
        int count = 0;
        for (int k = 0; k < terms[i].length; k++) {
            int[] list = postings[terms[i][k]];
            // posts are in date order, so the list is too: find self and look at its neighbours
            int at = java.util.Arrays.binarySearch(list, i);
            int from = Math.max(0, at - WINDOW / 2);
            int to = Math.min(list.length, at + WINDOW / 2 + 1);
            for (int j = from; j < to; j++) {
                int other = list[j];
                if (other != i) {
                    if (score[other] == 0) {
                        touched[count++] = other;
                    }
                    score[other] += weights[i][k];
                }
            }
        }
        // best score first, then the nearest in time, then the newer
        int[] best = new int[Math.min(max, count)];
        int found = 0;
        for (int c = 0; c < count; c++) {
            int o = touched[c];
            int pos = found;
            while (pos > 0 && better(o, best[pos - 1], score, i)) {
                pos--;
            }
            if (pos < best.length) {
                int last = Math.min(found, best.length - 1);
                System.arraycopy(best, pos, best, pos + 1, last - pos);
                best[pos] = o;
                found = Math.min(found + 1, best.length);
            }
        }
        for (int c = 0; c < count; c++) {
            score[touched[c]] = 0;
        }
        List<Integer> out = new ArrayList<>(found);
        for (int c = 0; c < found; c++) {
            out.add(best[c]);
        }
        return List.copyOf(out);
    }

    private static boolean better(int a, int b, int[] score, int self) {
        if (score[a] != score[b]) {
            return score[a] > score[b];
        }
        int da = Math.abs(a - self);
        int db = Math.abs(b - self);
        return da != db ? da < db : a < b;
    }
}
