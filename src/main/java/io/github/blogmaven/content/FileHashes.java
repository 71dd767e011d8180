package io.github.blogmaven.content;

/**
 * Content hashes of the source files, by their path below the source folder. A file whose hash is already known
 * (its size and time are as when it was last hashed) is not read for it; one that must be read anyway is hashed
 * from the bytes read, so that no file is read twice.
 */
public interface FileHashes {

    /** The file's hash when it is known without reading the file, else null. */
    String known(String relative);

    /** The file's hash from the bytes just read from it (the known hash when there is one). */
    String of(String relative, byte[] bytes);

    /**
     * The content hash of a file's bytes (MD5, hexadecimal): only ever compared with the hashes the last build
     * recorded and used as parse-cache keys, which is what {@link Digests#comparing()} is for.
     */
    static String hash(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(Digests.comparing().digest(bytes));
    }

    /** No hash is ever known: every file is read, and parsed results are cached under the hash of its bytes. */
    FileHashes NONE = new FileHashes() {
        @Override
        public String known(String relative) {
            return null;
        }

        @Override
        public String of(String relative, byte[] bytes) {
            return hash(bytes);
        }
    };
}
