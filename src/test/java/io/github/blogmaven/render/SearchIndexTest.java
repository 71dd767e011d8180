package io.github.blogmaven.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The search index copies a post's words as they are exactly when JSON would write them unchanged. */
class SearchIndexTest {

    private static final String[] PIECES = {"a", "word", "-", "_", " ", "é", "日本", "\u2027", "\u2028", "\u2029",
        "\u202a", "\"", "\\", "<", ">", "&", "\n", "\t", "\u0000", "\u001f", "\u007f", "\u00a0", "\ud83d\ude00", "’"};

    @Test
    void wordsAreCopiedAsTheyAreOnlyWhenJsonWouldNotChangeThem() {
        Random random = new Random(11);
        int plain = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(random.nextInt(3) == 0 ? PIECES[random.nextInt(PIECES.length)] : PIECES[random.nextInt(8)]);
            }
            String text = s.toString();
            boolean unchanged = Json.write(text).equals("\"" + text + "\"");
            assertThat(SearchIndex.plainJson(text.getBytes(StandardCharsets.UTF_8))).as("%s", text)
                    .isEqualTo(unchanged);
            plain += unchanged ? 1 : 0;
        }
        assertThat(plain).as("both kinds were tried").isBetween(1000, 19_000);
    }
}
