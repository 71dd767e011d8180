package io.github.blogmaven.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A file's text is what the strict decoder gives, and malformed input is refused, whichever way it is decoded. */
class DecodeTest {

    private static String strict(byte[] bytes, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static void assertAsStrict(byte[] bytes, Charset cs) {
        String expected;
        try {
            expected = strict(bytes, cs);
        } catch (CharacterCodingException e) {
            assertThatThrownBy(() -> ContentReader.decode(bytes, cs)).isInstanceOf(CharacterCodingException.class);
            return;
        }
        try {
            assertThat(ContentReader.decode(bytes, cs)).isEqualTo(expected);
        } catch (CharacterCodingException e) {
            throw new AssertionError("refused valid input", e);
        }
    }

    @Test
    void randomBytesDecodeAsTheStrictDecoderDecodesThem() {
        // pieces of valid UTF-8 (ASCII, two-, three- and four-byte characters, a BOM, U+FFFD itself) and of invalid
        byte[][] pieces = {"plain text ".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8),
            "’".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8),
            "\uFEFF".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8), {(byte) 0x80},
            {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
            {(byte) 0xC0, (byte) 0xAF}, {0}};
        Random random = new Random(17);
        int invalid = 0;
        for (int round = 0; round < 5_000; round++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int k = random.nextInt(6); k >= 0; k--) {
                out.writeBytes(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = out.toByteArray();
            try {
                strict(bytes, StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                invalid++;
            }
            assertAsStrict(bytes, StandardCharsets.UTF_8);
            assertAsStrict(bytes, StandardCharsets.ISO_8859_1);
        }
        assertThat(invalid).as("both kinds of input were tried").isBetween(500, 4_500);
    }

    @Test
    void aWrittenReplacementCharacterIsKept() throws CharacterCodingException {
        byte[] bytes = "a \uFFFD b".getBytes(StandardCharsets.UTF_8);
        assertThat(ContentReader.decode(bytes, StandardCharsets.UTF_8)).isEqualTo("a \uFFFD b");
        assertThatThrownBy(() -> ContentReader.decode(new byte[] {'a', (byte) 0xC3}, StandardCharsets.UTF_8))
                .isInstanceOf(CharacterCodingException.class);
    }
}
