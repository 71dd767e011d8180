package io.github.blogmaven.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * Where a template writes a page: characters gathered in a buffer that each rendering thread keeps from page to
 * page, then turned into UTF-8 once, at the page's exact size. Writing into a {@code StringWriter} and calling
 * {@code toString().getBytes(UTF_8)} instead made three copies of every page and grew the buffer from 8 KB each
 * time: at 10,000 posts that was about 1.5 GB of garbage for the collector, which runs on one thread.
 *
 * <p>The bytes are those {@link String#getBytes} gives for the same characters, a lone surrogate included (it
 * becomes {@code ?}).
 */
final class PageBuffer extends Writer {

    /** A buffer larger than this is not kept for the thread's next page (a huge page should not pin memory). */
    private static final int KEEP = 1 << 21;
    private static final ThreadLocal<PageBuffer> FREE = new ThreadLocal<>();

    private char[] chars = new char[1 << 15];
    private int size;
    /** Where {@link #utf8()} encodes, kept with the buffer: three bytes a character at most. */
    private byte[] bytes;

    private PageBuffer() {
    }

    /** A buffer for one page: the thread's own when free (it is not while a page renders inside another). */
    static PageBuffer take() {
        PageBuffer b = FREE.get();
        if (b == null) {
            return new PageBuffer();
        }
        FREE.remove();
        b.size = 0;
        return b;
    }

    /** Gives the buffer back for the thread's next page. */
    void release() {
        if (chars.length <= KEEP) {
            FREE.set(this);
        }
    }

    private void room(int more) {
        if (size + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, size + more));
        }
    }

    @Override
    public void write(int c) {
        room(1);
        chars[size++] = (char) c;
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        room(len);
        System.arraycopy(cbuf, off, chars, size, len);
        size += len;
    }

    @Override
    public void write(String s, int off, int len) {
        room(len);
        s.getChars(off, off + len, chars, size);
        size += len;
    }

    /** As {@link Writer#append(CharSequence)}, without its {@code IOException}: a buffer in memory cannot fail. */
    @Override
    public Writer append(CharSequence csq) {
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The text written so far. */
    @Override
    public String toString() {
        return new String(chars, 0, size);
    }

    /** The text written so far as UTF-8. */
    byte[] utf8() {
        if (bytes == null || bytes.length < 3 * size) {
            bytes = new byte[Math.max(3 * size, 3 << 15)];
        }
        int n = encode(chars, size, bytes);
        byte[] out = Arrays.copyOf(bytes, n);
        if (bytes.length > 3 * KEEP) {
            bytes = null;
        }
        return out;
    }

    /**
     * Writes the characters as UTF-8 into {@code out}, which has room for three bytes a character (the most one
     * takes; a pair of surrogates takes four for two), in one pass; returns how many bytes it wrote.
     */
    private static int encode(char[] chars, int size, byte[] out) {
        int o = 0;
        for (int i = 0; i < size; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[o++] = (byte) c;
            } else if (c < 0x800) {
                out[o++] = (byte) (0xC0 | c >> 6);
                out[o++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < size && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                out[o++] = (byte) (0xF0 | cp >> 18);
                out[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[o++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out[o++] = '?';
            } else {
                out[o++] = (byte) (0xE0 | c >> 12);
                out[o++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[o++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return o;
    }
}
