package io.github.blogmaven.render;

import java.nio.file.Path;
import java.util.SortedMap;

/**
 * The whole site in memory, ready to publish: generated files by output path, and source files to copy as they are.
 */
public record Rendered(SortedMap<String, byte[]> files, SortedMap<String, Path> copies, int posts, int pages,
                       int feeds) {
}
