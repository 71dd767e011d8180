package io.github.blogmaven.render;

import java.nio.file.Path;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * What rendering produced: the paths of the generated files (their bytes went to the {@link PageSink}) and the
 * source files to copy as they are.
 */
public record Rendered(SortedSet<String> files, SortedMap<String, Path> copies, int posts, int pages, int feeds) {
}
