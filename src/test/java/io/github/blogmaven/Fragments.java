package io.github.blogmaven;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random texts glued from awkward pieces, to test a hand-written scan against the rule it implements. */
public final class Fragments {

    private Fragments() {
    }

    /**
     * {@code count} texts of {@code minPieces} to {@code maxPieces} pieces each, the same for the same seed.
     */
    public static List<String> of(String[] pieces, int count, int minPieces, int maxPieces, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            int n = minPieces + random.nextInt(maxPieces - minPieces + 1);
            for (int j = 0; j < n; j++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            out.add(b.toString());
        }
        return out;
    }
}
