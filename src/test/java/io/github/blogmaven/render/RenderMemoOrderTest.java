package io.github.blogmaven.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The memo writes its pages and checked posts in sorted order; a rebuild takes that order from the last build's
 * memo instead of sorting again. Either way the order must be the sorted one.
 */
class RenderMemoOrderTest {

    private static final Random RANDOM = new Random(11);

    private static String[] paths(int n) {
        Set<String> out = new HashSet<>();
        while (out.size() < n) {
            out.add(switch (RANDOM.nextInt(3)) {
                case 0 -> "tags/t" + RANDOM.nextInt(60) + "/page/" + RANDOM.nextInt(400) + "/index.html";
                case 1 -> "2024/0" + (1 + RANDOM.nextInt(9)) + "/post-" + RANDOM.nextInt(100_000) + "/index.html";
                default -> "page/" + RANDOM.nextInt(2000) + "/index.html";
            });
        }
        String[] sorted = out.toArray(new String[0]);
        Arrays.sort(sorted);
        return sorted;
    }

    private static String[] sortedCopy(Set<String> keys) {
        String[] out = keys.toArray(new String[0]);
        Arrays.sort(out);
        return out;
    }

    @Test
    void keysThatTheLastOrderHoldsComeOutSorted() {
        String[] last = paths(5000);
        Set<String> kept = new HashSet<>();
        for (String p : last) {
            if (RANDOM.nextInt(10) > 0) {
                kept.add(p); // a rebuild keeps most pages, and a removed post takes some away
            }
        }
        assertThat(RenderMemo.sorted(kept, last)).containsExactly(sortedCopy(kept));
        assertThat(RenderMemo.sorted(Set.of(last), last)).containsExactly(last);
        assertThat(RenderMemo.sorted(Set.of(), last)).isEmpty();
    }

    @Test
    void aKeyTheLastBuildDidNotHaveIsSortedIn() {
        String[] last = paths(3000);
        Set<String> now = new HashSet<>(List.of(last));
        now.remove(last[17]);
        now.add("tags/a-new-tag/index.html"); // a new page: as many keys as before, one of them new
        now.add("zzz/index.html");
        assertThat(RenderMemo.sorted(now, last)).containsExactly(sortedCopy(now));
    }

    @Test
    void withoutALastOrderTheKeysAreSorted() {
        List<String> shuffled = new ArrayList<>(List.of(paths(2000)));
        java.util.Collections.shuffle(shuffled, RANDOM);
        Set<String> keys = new HashSet<>(shuffled);
        assertThat(RenderMemo.sorted(keys, null)).containsExactly(sortedCopy(keys));
        assertThat(RenderMemo.sorted(keys, new String[0])).containsExactly(sortedCopy(keys));
    }
}
