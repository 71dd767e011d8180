package io.github.blogmaven.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file made of new bytes and ranges of an old file is the bytes in order, however it is written out. */
class PiecesTest {

    @TempDir
    Path dir;

    @Test
    void writtenOrHeldTheFileIsItsPiecesInOrder() throws IOException {
        Random random = new Random(5);
        byte[] old = new byte[300_000];
        random.nextBytes(old);
        Path last = Files.write(dir.resolve("last.json"), old);
        byte[] large = new byte[10_000]; // added as it is, not joined with its neighbours
        random.nextBytes(large);

        Pieces.Builder b = new Pieces.Builder().add('[');
        assertThat(b.size()).isEqualTo(1);
        b.add(new Pieces.Range(last, 1000, 50_000)).add(',').add("small".getBytes(StandardCharsets.UTF_8)).add(large)
                .add(new Pieces.Range(last, 0, 7)).add(new Pieces.Range(last, 299_990, 10)).add(']');
        Pieces pieces = b.build();

        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        expected.write('[');
        expected.write(old, 1000, 50_000);
        expected.write(',');
        expected.writeBytes("small".getBytes(StandardCharsets.UTF_8));
        expected.writeBytes(large);
        expected.write(old, 0, 7);
        expected.write(old, 299_990, 10);
        expected.write(']');
        assertThat(pieces.size()).isEqualTo(expected.size());
        assertThat(pieces.bytes()).isEqualTo(expected.toByteArray());

        Path written = dir.resolve("written.json");
        try (FileChannel out = FileChannel.open(written, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            pieces.writeTo(out);
        }
        assertThat(Files.readAllBytes(written)).isEqualTo(expected.toByteArray());
    }

    @Test
    void aRangeTheOldFileNoLongerHoldsIsAnErrorNotAShortFile() throws IOException {
        Path last = Files.write(dir.resolve("last.json"), new byte[1000]);
        Pieces pieces = new Pieces.Builder().add('[').add(new Pieces.Range(last, 900, 100)).add(']').build();
        Files.write(last, new byte[950]); // cut short by someone else since the range was taken

        Path written = dir.resolve("written.json");
        try (FileChannel out = FileChannel.open(written, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            assertThatThrownBy(() -> pieces.writeTo(out)).isInstanceOf(IOException.class)
                    .hasMessageContaining(last.toString()).hasMessageContaining("build again");
        }
        assertThatThrownBy(pieces::bytes).isInstanceOf(IOException.class).hasMessageContaining("build again");
        assertThatThrownBy(() -> new Pieces.Range(last, -1, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
