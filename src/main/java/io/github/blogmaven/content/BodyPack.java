package io.github.blogmaven.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * Post bodies as HTML, appended one after another to one file of the cache folder, so that a large blog keeps
 * them on disk instead of in memory and a rebuild finds the bodies of unchanged posts without parsing them. Every
 * body is checked against its checksum when read: a damaged file is noticed, never trusted.
 */
public final class BodyPack implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;

    private BodyPack(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens the pack, emptied when {@code fresh}. */
    static BodyPack open(Path file, boolean fresh) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        if (fresh) {
            ch.truncate(0);
        }
        return new BodyPack(file, ch);
    }

    Path file() {
        return file;
    }

    long size() throws IOException {
        return channel.size();
    }

    /**
     * Appends a body (its HTML and its search words) and says where it is. The words come first, with their own
     * length and checksum, so that the search index reads only them: rebuilding it after one post changed reads
     * every post's words, and the HTML is ten times their size.
     */
    Ref append(String html, String words) {
        byte[] h = html.getBytes(StandardCharsets.UTF_8);
        byte[] w = words.getBytes(StandardCharsets.UTF_8);
        byte[] record = new byte[WORDS_AT + w.length + h.length];
        ByteBuffer.wrap(record).putInt(w.length).putInt(crc(w)).put(w).put(h);
        return append(record);
    }

    /** A record starts with its words' length and checksum. */
    private static final int WORDS_AT = 8;

    /** Appends a record as it is and says where it is. */
    synchronized Ref append(byte[] bytes) {
        try {
            long at = channel.size();
            ByteBuffer b = ByteBuffer.wrap(bytes);
            long pos = at;
            while (b.hasRemaining()) {
                pos += channel.write(b, pos);
            }
            return new Ref(this, at, bytes.length, crc(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the body cache " + file + ": " + e.getMessage(), e);
        }
    }

    byte[] read(long offset, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        long pos = offset;
        while (b.hasRemaining()) {
            int n = channel.read(b, pos);
            if (n < 0) {
                throw new Damaged(file + " ends before the body at " + offset);
            }
            pos += n;
        }
        return b.array();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    static int crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return (int) c.getValue();
    }

    /** The cache's files are not what they should be: the build starts again without them. */
    public static final class Damaged extends RuntimeException {
        Damaged(String message) {
            super(message);
        }
    }

    /**
     * Where one body is. Mutable so that compacting the pack can move a body that live posts still point at.
     */
    static final class Ref implements Supplier<String> {
        private volatile BodyPack pack;
        private volatile long offset;
        final int length;
        final int crc;

        Ref(BodyPack pack, long offset, int length, int crc) {
            this.pack = pack;
            this.offset = offset;
            this.length = length;
            this.crc = crc;
        }

        long offset() {
            return offset;
        }

        void move(BodyPack to, long at) {
            this.pack = to;
            this.offset = at;
        }

        byte[] bytes() {
            BodyPack p = pack;
            long at = offset;
            return checked(p, at, 0, length, crc, () -> "the body at " + at + " does not match its checksum");
        }

        /**
         * {@code n} bytes of the record at {@code at}, from {@code from} on, that must have checksum {@code crc};
         * anything else is damage ({@code mismatch} says what did not match).
         */
        private static byte[] checked(BodyPack p, long at, int from, int n, int crc, Supplier<String> mismatch) {
            byte[] bytes = raw(p, at + from, n);
            if (crc(bytes) != crc) {
                throw new Damaged(p.file + ": " + mismatch.get());
            }
            return bytes;
        }

        /** Bytes of the pack; a read that fails is damage. */
        private static byte[] raw(BodyPack p, long at, int n) {
            try {
                return p.read(at, n);
            } catch (IOException e) {
                throw new Damaged("cannot read " + p.file + ": " + e.getMessage());
            }
        }

        /** The HTML. */
        @Override
        public String get() {
            byte[] b = bytes();
            int w = ByteBuffer.wrap(b).getInt();
            if (w < 0 || WORDS_AT + w > b.length) {
                throw new Damaged(pack.file + ": the body at " + offset + " has a wrong length");
            }
            return new String(b, WORDS_AT + w, b.length - WORDS_AT - w, StandardCharsets.UTF_8);
        }

        /** The search words, as a source of their own: read without the HTML, checked by their own checksum. */
        io.github.blogmaven.markdown.Utf8Text words() {
            return new io.github.blogmaven.markdown.Utf8Text() {
                @Override
                public byte[] utf8() {
                    BodyPack p = pack;
                    long at = offset;
                    ByteBuffer head = ByteBuffer.wrap(raw(p, at, Math.min(WORDS_AT, length)));
                    int w = length >= WORDS_AT ? head.getInt() : -1;
                    if (w < 0 || WORDS_AT + w > length) {
                        throw new Damaged(p.file + ": the body at " + at + " has a wrong length");
                    }
                    return checked(p, at, WORDS_AT, w, head.getInt(),
                            () -> "the words at " + at + " do not match their checksum");
                }

                @Override
                public String get() {
                    return new String(utf8(), StandardCharsets.UTF_8);
                }
            };
        }
    }
}
