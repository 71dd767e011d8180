package io.github.blogmaven.content;

import java.nio.file.Path;

/**
 * A file of the blog's source folder.
 *
 * @param path where it is on disk
 * @param relative its path below the source folder, with {@code /} separators, as error messages name it
 */
public record SourceFile(Path path, String relative) implements Comparable<SourceFile> {

    /** The file name without its folder. */
    public String name() {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? relative : relative.substring(slash + 1);
    }

    @Override
    public int compareTo(SourceFile o) {
        return relative.compareTo(o.relative);
    }
}
