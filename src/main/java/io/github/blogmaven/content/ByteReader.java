package io.github.blogmaven.content;

import java.nio.charset.StandardCharsets;

/**
 * Reads records the cache writes (big-endian numbers as {@link java.io.DataOutput} writes them, texts as
 * {@link #writeText} writes them) straight from their bytes, which may be a file mapped into memory: a text is
 * copied at most once on its way to a String, as 10,000 posts hold some 500,000 of them. Reading past the end of the
 * record means it is damaged ({@link BodyPack.Damaged}).
 */
public final class ByteReader {

    /** Where texts of a mapped file are copied to become Strings, one per thread. */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[4096]);

    private final java.nio.ByteBuffer b;
    private final int start;
    private final int end;
    private int at;

    /** Reads all of {@code bytes}. */
    public ByteReader(byte[] bytes) {
        this(java.nio.ByteBuffer.wrap(bytes), 0, bytes.length);
    }

    /** Reads the {@code length} bytes of {@code bytes} from {@code offset} (absolute, whatever its position). */
    public ByteReader(java.nio.ByteBuffer bytes, int offset, int length) {
        if (offset < 0 || length < 0 || length > bytes.limit() - offset) {
            throw new BodyPack.Damaged("a parse cache record lies outside its file (" + length + " bytes at "
                    + offset + " of " + bytes.limit() + ")");
        }
        this.b = bytes;
        this.start = offset;
        this.at = offset;
        this.end = offset + length;
    }

    /** The next {@code n} bytes as a reader of their own, skipped by this one. */
    public ByteReader region(int n) {
        return new ByteReader(b, skip(n), n);
    }

    /** Where the next read starts, to give {@link #since} later. */
    public int position() {
        return at;
    }

    /** A reader of the bytes read since {@code from} (a {@link #position} of this reader). */
    public ByteReader since(int from) {
        if (from < start || from > at) {
            throw new IllegalArgumentException("not a position of this reader: " + from);
        }
        return new ByteReader(b, from, at - from);
    }

    /** Reads a text, telling whether it is {@code utf8} byte for byte, without making it. */
    public boolean textEquals(byte[] utf8) {
        int n = readInt();
        int from = skip(n);
        if (n != utf8.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b.get(from + i) != utf8[i]) {
                return false;
            }
        }
        return true;
    }

    /** Skips a text as {@link #str} would read it, without making it. */
    public void skipText() {
        skip(readInt());
    }

    /** A reader of the same bytes from their start. */
    public ByteReader rewound() {
        return new ByteReader(b, start, end - start);
    }

    /** Skips {@code n} bytes, giving where they start. */
    public int skip(int n) {
        if (n < 0 || n > end - at) {
            throw new BodyPack.Damaged("a parse cache record ends too early (" + n + " bytes wanted at " + at
                    + " of " + end + ")");
        }
        int start = at;
        at += n;
        return start;
    }

    public byte readByte() {
        return b.get(skip(1));
    }

    public boolean readBoolean() {
        return b.get(skip(1)) != 0;
    }

    public int readInt() {
        return b.getInt(skip(4)); // a ByteBuffer is big-endian unless told otherwise, as DataOutput writes
    }

    public long readLong() {
        return b.getLong(skip(8));
    }

    public double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    public String str() {
        int n = readInt();
        int from = skip(n);
        if (b.hasArray()) {
            return new String(b.array(), b.arrayOffset() + from, n, StandardCharsets.UTF_8);
        }
        byte[] scratch = SCRATCH.get();
        if (scratch.length < n) {
            scratch = new byte[Math.max(n, scratch.length * 2)];
            SCRATCH.set(scratch);
        }
        b.get(from, scratch, 0, n);
        return new String(scratch, 0, n, StandardCharsets.UTF_8);
    }

    /** How many bytes are left to read. */
    public int remaining() {
        return end - at;
    }

    /** Writes a text as {@link #str} reads it: its length in UTF-8 bytes, then those bytes. */
    public static void writeText(java.io.DataOutput out, String s) throws java.io.IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }
}
