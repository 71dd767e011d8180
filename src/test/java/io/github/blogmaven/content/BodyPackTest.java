package io.github.blogmaven.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyPackTest {

    @TempDir
    Path dir;

    @Test
    void bodiesAndTheirWordsReadBackEachOnItsOwn() throws Exception {
        try (BodyPack pack = BodyPack.open(dir.resolve("p"), true)) {
            BodyPack.Ref first = pack.append("<p>Héllo, wörld</p>", "héllo wörld");
            BodyPack.Ref empty = pack.append("", "");
            BodyPack.Ref last = pack.append("<p>Two</p>", "two");
            assertThat(first.get()).isEqualTo("<p>Héllo, wörld</p>");
            assertThat(first.words().get()).isEqualTo("héllo wörld");
            assertThat(empty.get()).isEmpty();
            assertThat(empty.words().get()).isEmpty();
            assertThat(last.get()).isEqualTo("<p>Two</p>");
            assertThat(last.words().get()).isEqualTo("two");
        }
    }

    @Test
    void damagedWordsOrHtmlAreNoticedByWhatReadsThem() throws Exception {
        Path file = dir.resolve("p");
        BodyPack.Ref ref;
        try (BodyPack pack = BodyPack.open(file, true)) {
            ref = pack.append("<p>the html</p>", "the words");
        }
        byte[] clean = Files.readAllBytes(file);
        String text = new String(clean, StandardCharsets.ISO_8859_1);

        // one byte of the words changed: both reads refuse the record
        byte[] words = clean.clone();
        words[text.indexOf("words")] = 'W';
        Files.write(file, words);
        try (BodyPack pack = BodyPack.open(file, false)) {
            ref.move(pack, ref.offset());
            assertThatThrownBy(() -> ref.words().get()).isInstanceOf(BodyPack.Damaged.class);
            assertThatThrownBy(ref::get).isInstanceOf(BodyPack.Damaged.class);
        }

        // one byte of the HTML changed: the HTML is refused, the words (checked on their own) are still good
        byte[] html = clean.clone();
        html[text.indexOf("html")] = 'H';
        Files.write(file, html);
        try (BodyPack pack = BodyPack.open(file, false)) {
            ref.move(pack, ref.offset());
            assertThatThrownBy(ref::get).isInstanceOf(BodyPack.Damaged.class);
            assertThat(ref.words().get()).isEqualTo("the words");
        }

        // a record cut short is damaged, not read past its end
        Files.write(file, java.util.Arrays.copyOf(clean, 6));
        try (BodyPack pack = BodyPack.open(file, false)) {
            ref.move(pack, ref.offset());
            assertThatThrownBy(() -> ref.words().get()).isInstanceOf(BodyPack.Damaged.class);
            assertThatThrownBy(ref::get).isInstanceOf(BodyPack.Damaged.class);
        }
    }
}
