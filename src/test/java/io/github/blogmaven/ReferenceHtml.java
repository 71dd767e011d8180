package io.github.blogmaven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The post bodies Jekyll made from the shared corpus ({@code src/test/resources/jekyll-reference}), by file: real
 * HTML to test a hand-written scan against the rule it implements.
 */
public final class ReferenceHtml {

    private ReferenceHtml() {
    }

    public static SortedMap<Path, String> all() {
        SortedMap<Path, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/jekyll-reference"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                out.put(f, Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
