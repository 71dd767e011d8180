package io.github.blogmaven.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file made of pieces: bytes made by this build, and ranges of a file the last build wrote that are still right.
 * The sink copies those ranges from file to file, so that a large file changed in one piece after an edit (the
 * search index: 12 MB at 10,000 posts) does not pass through the heap whole.
 */
public final class Pieces {

    /** Bytes {@code offset} to {@code offset + length} of {@code file}, a file of the last build's output. */
    public record Range(Path file, long offset, int length) {
        public Range {
            if (offset < 0 || length < 0) {
                throw new IllegalArgumentException("a range of " + file + " at " + offset + " of " + length + " bytes");
            }
        }
    }

    /** Each piece a {@code byte[]} or a {@link Range}, in order. */
    private final List<Object> pieces;
    private final long size;

    private Pieces(List<Object> pieces, long size) {
        this.pieces = pieces;
        this.size = size;
    }

    /** The file's size in bytes. */
    public long size() {
        return size;
    }

    /**
     * Writes the file to {@code out}. A range that can no longer be read whole (its file changed since it was looked
     * at) is an {@link IOException}: the file written would be wrong.
     */
    public void writeTo(FileChannel out) throws IOException {
        Path open = null;
        FileChannel in = null;
        try {
            for (Object piece : pieces) {
                if (piece instanceof byte[] b) {
                    ByteBuffer buffer = ByteBuffer.wrap(b);
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                    continue;
                }
                Range r = (Range) piece;
                if (!r.file().equals(open)) {
                    if (in != null) {
                        in.close();
                    }
                    in = FileChannel.open(r.file());
                    open = r.file();
                }
                copy(in, r, out);
            }
        } finally {
            if (in != null) {
                in.close();
            }
        }
    }

    /** The whole file in memory (to compare it with a file of the same size). */
    public byte[] bytes() throws IOException {
        if (size > Integer.MAX_VALUE - 16) {
            throw new IOException("a file of " + size + " bytes is too large to hold");
        }
        ByteBuffer all = ByteBuffer.allocate((int) size);
        for (Object piece : pieces) {
            if (piece instanceof byte[] b) {
                all.put(b);
            } else {
                Range r = (Range) piece;
                try (FileChannel in = FileChannel.open(r.file())) {
                    ByteBuffer slice = all.slice(all.position(), r.length());
                    while (slice.hasRemaining()) {
                        if (in.read(slice, r.offset() + slice.position()) < 0) {
                            throw changed(r);
                        }
                    }
                }
                all.position(all.position() + r.length());
            }
        }
        return all.array();
    }

    private static void copy(FileChannel in, Range r, WritableByteChannel out) throws IOException {
        long at = r.offset();
        long end = r.offset() + r.length();
        if (end > in.size()) {
            throw changed(r);
        }
        while (at < end) {
            long n = in.transferTo(at, end - at, out);
            if (n <= 0) {
                throw changed(r);
            }
            at += n;
        }
    }

    private static IOException changed(Range r) {
        return new IOException(r.file() + " changed while the build was copying from it: build again");
    }

    /** Builds a {@link Pieces}: bytes in a row are joined into one piece. */
    public static final class Builder {
        private final List<Object> pieces = new ArrayList<>();
        private final ByteArrayOutputStream made = new ByteArrayOutputStream(256);
        private long size;

        public Builder add(byte[] bytes) {
            if (bytes.length >= 4096) {
                flush();
                pieces.add(bytes); // not copied: a builder's caller hands over what it adds
            } else {
                made.writeBytes(bytes);
            }
            size += bytes.length;
            return this;
        }

        public Builder add(char ascii) {
            made.write(ascii);
            size++;
            return this;
        }

        public Builder add(Range range) {
            flush();
            pieces.add(range);
            size += range.length();
            return this;
        }

        /** The size of what was added so far: where the next piece starts. */
        public long size() {
            return size;
        }

        public Pieces build() {
            flush();
            return new Pieces(List.copyOf(pieces), size);
        }

        private void flush() {
            if (made.size() > 0) {
                pieces.add(made.toByteArray());
                made.reset();
            }
        }
    }
}
