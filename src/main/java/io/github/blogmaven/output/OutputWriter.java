package io.github.blogmaven.output;

import io.github.blogmaven.problem.BlogException;
import io.github.blogmaven.render.Rendered;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The only code that touches the output folder. Writes a file only when its bytes changed (atomically, through a
 * temporary file beside it), never outside the folder, and removes only files that an earlier build wrote, as
 * listed in its manifest.
 */
public final class OutputWriter {

    /** Lists what the blog wrote, so that stale outputs can go and nothing else is ever deleted. */
    public static final String MANIFEST = ".blog-manifest";

    private final Path root;

    public OutputWriter(Path outputDirectory) {
        this.root = outputDirectory.toAbsolutePath().normalize();
    }

    /** What publishing did. */
    public record Result(int written, int unchanged, int removed) {
    }

    public Result publish(Rendered site) {
        try {
            Files.createDirectories(root);
            TreeSet<String> previous = readManifest();
            TreeSet<String> now = new TreeSet<>();
            int written = 0;
            int unchanged = 0;
            for (Map.Entry<String, byte[]> e : site.files().entrySet()) {
                Path target = inside(e.getKey());
                now.add(e.getKey());
                if (sameBytes(target, e.getValue())) {
                    unchanged++;
                } else {
                    write(target, e.getValue());
                    written++;
                }
            }
            for (Map.Entry<String, Path> e : site.copies().entrySet()) {
                Path target = inside(e.getKey());
                now.add(e.getKey());
                if (Files.isRegularFile(target) && Files.size(target) == Files.size(e.getValue())
                        && Files.mismatch(target, e.getValue()) == -1) {
                    unchanged++;
                } else {
                    Files.createDirectories(target.getParent());
                    Path tmp = temp(target);
                    Files.copy(e.getValue(), tmp, StandardCopyOption.REPLACE_EXISTING);
                    move(tmp, target);
                    written++;
                }
            }
            int removed = 0;
            for (String old : previous) {
                if (!now.contains(old)) {
                    Path stale = inside(old);
                    if (Files.isRegularFile(stale) && Files.deleteIfExists(stale)) {
                        removed++;
                        pruneEmptyParents(stale.getParent());
                    }
                }
            }
            byte[] manifest = (String.join("\n", now) + "\n").getBytes(StandardCharsets.UTF_8);
            Path manifestFile = root.resolve(MANIFEST);
            if (!sameBytes(manifestFile, manifest)) {
                write(manifestFile, manifest);
            }
            return new Result(written, unchanged, removed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the blog into " + root + ": " + e.getMessage(), e);
        }
    }

    /** Resolves an output path, refusing anything that would land outside the output folder. */
    Path inside(String relative) {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root) || p.equals(root) || relative.contains("\\")) {
            throw new BlogException(io.github.blogmaven.problem.Problem.of(relative,
                    "refusing to write outside the output folder " + root));
        }
        return p;
    }

    private TreeSet<String> readManifest() throws IOException {
        Path m = root.resolve(MANIFEST);
        TreeSet<String> set = new TreeSet<>();
        if (Files.isRegularFile(m)) {
            for (String line : Files.readAllLines(m, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    Path p = root.resolve(line).normalize();
                    if (p.startsWith(root) && !p.equals(root)) {
                        set.add(line);
                    }
                }
            }
        }
        return set;
    }

    private static boolean sameBytes(Path target, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(target) || Files.size(target) != bytes.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(target), bytes);
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = temp(target);
        Files.write(tmp, bytes);
        move(tmp, target);
    }

    private static Path temp(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".blog-tmp");
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void pruneEmptyParents(Path dir) throws IOException {
        Path d = dir;
        while (d != null && d.startsWith(root) && !d.equals(root)) {
            try (var entries = Files.list(d)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            try {
                Files.delete(d);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
            d = d.getParent();
        }
    }

    static List<String> sorted(java.util.Collection<String> c) {
        return new ArrayList<>(new TreeSet<>(c));
    }
}
