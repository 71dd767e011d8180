package io.github.blogmaven.markdown;

import java.util.function.Supplier;

/**
 * A text that is kept as UTF-8 (in the build's cache, say) and can be had as those bytes without making a String
 * of it first: what the search index copies as it is.
 */
public interface Utf8Text extends Supplier<String> {

    /** The text's UTF-8 bytes. */
    byte[] utf8();

    /** The bytes of any source of text: its own when it keeps them, else those of its String. */
    static byte[] of(Supplier<String> text) {
        return text instanceof Utf8Text t ? t.utf8() : text.get().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
