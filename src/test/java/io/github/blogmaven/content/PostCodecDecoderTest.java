package io.github.blogmaven.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cache's reader reads back exactly what {@link DataOutputStream} wrote, and a record cut short is damaged. */
class PostCodecDecoderTest {

    @Test
    void readsWhatDataOutputWrote() throws Exception {
        Random random = new Random(3);
        long[] longs = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32, (1L << 32) - 1, -(1L << 31)};
        int[] ints = {0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 255, 256, -256};
        double[] doubles = {0.0, -0.0, 1.5, Double.NaN, Double.NEGATIVE_INFINITY, 1e-300};
        String[] texts = {"", "plain", "ça “quoted” — \ud83d\ude00", "\u0000", "日本語"};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (long l : longs) {
            out.writeLong(l);
        }
        for (int i : ints) {
            out.writeInt(i);
        }
        for (double d : doubles) {
            out.writeDouble(d);
        }
        for (String t : texts) {
            byte[] b = t.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
        out.writeBoolean(true);
        out.writeBoolean(false);
        out.writeByte('M');
        long[] randomLongs = random.longs(200).toArray();
        for (long l : randomLongs) {
            out.writeLong(l);
        }

        ByteReader in = new ByteReader(bytes.toByteArray());
        for (long l : longs) {
            assertThat(in.readLong()).isEqualTo(l);
        }
        for (int i : ints) {
            assertThat(in.readInt()).isEqualTo(i);
        }
        for (double d : doubles) {
            assertThat(Double.doubleToRawLongBits(in.readDouble())).isEqualTo(Double.doubleToRawLongBits(d));
        }
        for (String t : texts) {
            assertThat(in.str()).isEqualTo(t);
        }
        assertThat(in.readBoolean()).isTrue();
        assertThat(in.readBoolean()).isFalse();
        assertThat(in.readByte()).isEqualTo((byte) 'M');
        for (long l : randomLongs) {
            assertThat(in.readLong()).isEqualTo(l);
        }
        assertThatThrownBy(in::readByte).isInstanceOf(BodyPack.Damaged.class);
    }

    @Test
    void aTextLongerThanWhatIsLeftOrOfANegativeLengthIsDamage() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(10);
        out.write("short".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new ByteReader(bytes.toByteArray()).str())
                .isInstanceOf(BodyPack.Damaged.class).hasMessageContaining("ends too early");
        byte[] negative = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFE, 'a', 'b'};
        assertThatThrownBy(() -> new ByteReader(negative).str()).isInstanceOf(BodyPack.Damaged.class);
        assertThatThrownBy(() -> new ByteReader(Arrays.copyOf(negative, 3)).readInt())
                .isInstanceOf(BodyPack.Damaged.class);
    }
}
