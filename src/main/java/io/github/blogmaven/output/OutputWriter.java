package io.github.blogmaven.output;

import io.github.blogmaven.problem.BlogException;
import io.github.blogmaven.problem.Problem;
import io.github.blogmaven.render.PageSink;
import io.github.blogmaven.render.Rendered;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Queue;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * The only code that touches the output folder. Files that changed are first written to a staging folder inside
 * it and moved into place only when the whole build succeeded, so a failed build leaves the previous output as it
 * was; files whose bytes did not change are not touched at all. Nothing is written outside the output folder, and
 * only files that an earlier build wrote (listed in its manifest) are ever removed.
 */
public final class OutputWriter {

    /** Lists what the blog wrote, so that stale outputs can go and nothing else is ever deleted. */
    public static final String MANIFEST = ".blog-manifest";
    static final String STAGING = ".blog-staging";

    private final Path root;

    public OutputWriter(Path outputDirectory) {
        this.root = outputDirectory.toAbsolutePath().normalize();
    }

    /** What publishing did. */
    public record Result(int written, int unchanged, int removed) {
    }

    /** Starts a build's output; close it without {@link Session#commit} to drop everything staged. */
    public Session begin() {
        Session s = new Session();
        s.clearStaging();
        return s;
    }

    /** One build's writes: staged as they come, published together. */
    public final class Session implements PageSink, AutoCloseable {

        private final Path staging = root.resolve(STAGING);
        private final Queue<String> staged = new ConcurrentLinkedQueue<>();
        private final java.util.Map<Path, Boolean> stagingFolders = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger unchanged = new java.util.concurrent.atomic.AtomicInteger();
        private boolean committed;

        @Override
        public void put(String path, byte[] bytes) {
            Path target = inside(path);
            try {
                if (sameBytes(target, bytes)) {
                    unchanged.incrementAndGet();
                    return;
                }
                Path tmp = staging.resolve(path);
                folder(stagingFolders, tmp.getParent());
                Files.write(tmp, bytes);
                staged.add(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path + " into " + root + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void put(String path, io.github.blogmaven.render.Pieces file) {
            Path target = inside(path);
            try {
                // a file of another size has changed; one of the same size is compared whole (rare: an edit that
                // kept the length)
                if (Files.isRegularFile(target) && Files.size(target) == file.size()
                        && Arrays.equals(Files.readAllBytes(target), file.bytes())) {
                    unchanged.incrementAndGet();
                    return;
                }
                Path tmp = staging.resolve(path);
                folder(stagingFolders, tmp.getParent());
                try (java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(tmp,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                    file.writeTo(out);
                }
                staged.add(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path + " into " + root + ": " + e.getMessage(), e);
            }
        }

        /** Moves the staged files into place, copies changed assets, removes stale outputs, writes the manifest. */
        public Result commit(Rendered rendered) {
            try {
                int written = staged.size();
                int same = unchanged.get();
                // a folder the output does not have yet goes in with one rename, whatever it holds (a first build
                // is a handful of renames); the other files move one by one, on every core
                java.util.List<String> single = new java.util.ArrayList<>();
                for (String dir : newFolders(single)) {
                    Path target = inside(dir);
                    Files.createDirectories(target.getParent());
                    move(staging.resolve(dir), target);
                }
                java.util.Map<Path, Boolean> folders = new java.util.concurrent.ConcurrentHashMap<>();
                single.parallelStream().forEach(path -> {
                    Path target = inside(path);
                    try {
                        folder(folders, target.getParent());
                        move(staging.resolve(path), target);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot publish " + path + ": " + e.getMessage(), e);
                    }
                });
                for (Map.Entry<String, Path> e : rendered.copies().entrySet()) {
                    Path target = inside(e.getKey());
                    if (Files.isRegularFile(target) && Files.size(target) == Files.size(e.getValue())
                            && Files.mismatch(target, e.getValue()) == -1) {
                        same++;
                    } else {
                        Files.createDirectories(target.getParent());
                        Path tmp = target.resolveSibling("." + target.getFileName() + ".blog-tmp");
                        Files.copy(e.getValue(), tmp, StandardCopyOption.REPLACE_EXISTING);
                        move(tmp, target);
                        written++;
                    }
                }
                TreeSet<String> now = new TreeSet<>(rendered.files());
                now.addAll(rendered.copies().keySet());
                byte[] manifest = (String.join("\n", now) + "\n").getBytes(StandardCharsets.UTF_8);
                Path manifestFile = root.resolve(MANIFEST);
                int removed = 0;
                // the same manifest as the last build's names the same files: none of them can be stale
                if (!sameBytes(manifestFile, manifest)) {
                    for (String old : readManifest()) {
                        if (!now.contains(old)) {
                            Path stale = inside(old);
                            if (Files.isRegularFile(stale) && Files.deleteIfExists(stale)) {
                                removed++;
                                pruneEmptyParents(stale.getParent());
                            }
                        }
                    }
                    Files.createDirectories(root);
                    Path tmp = root.resolve(MANIFEST + ".blog-tmp");
                    Files.write(tmp, manifest);
                    move(tmp, manifestFile);
                }
                committed = true;
                clearStaging();
                return new Result(written, same, removed);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot publish the blog into " + root + ": " + e.getMessage(), e);
            }
        }

        /**
         * The topmost staged folders that the output lacks, each to be moved whole; the staged files outside them
         * go into {@code single}.
         */
        private java.util.Set<String> newFolders(java.util.List<String> single) {
            java.util.Map<String, Boolean> exists = new java.util.HashMap<>();
            java.util.Set<String> whole = new java.util.TreeSet<>();
            for (String path : staged) {
                boolean covered = false;
                for (int slash = path.indexOf('/'); slash > 0 && !covered; slash = path.indexOf('/', slash + 1)) {
                    String dir = path.substring(0, slash);
                    if (whole.contains(dir)) {
                        covered = true;
                    } else if (!exists.computeIfAbsent(dir, d -> Files.exists(inside(d)))) {
                        whole.add(dir);
                        covered = true;
                    }
                }
                if (!covered) {
                    single.add(path);
                }
            }
            return whole;
        }

        /** Drops what was staged unless the session was committed. */
        @Override
        public void close() {
            if (!committed) {
                clearStaging();
            }
        }

        private void clearStaging() {
            if (!Files.exists(staging)) {
                return;
            }
            try (Stream<Path> files = Files.walk(staging)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clear " + staging + ": " + e.getMessage(), e);
            }
        }
    }

    /** Resolves an output path, refusing anything that would land outside the output folder. */
    Path inside(String relative) {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root) || p.equals(root) || relative.contains("\\") || p.startsWith(root.resolve(STAGING))) {
            throw new BlogException(Problem.of(relative, "refusing to write outside the output folder " + root));
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

    /** Creates a folder once per build; other threads needing it wait until it exists. */
    private static void folder(java.util.Map<Path, Boolean> made, Path dir) {
        made.computeIfAbsent(dir, d -> {
            try {
                Files.createDirectories(d);
                return Boolean.TRUE;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + d + ": " + e.getMessage(), e);
            }
        });
    }

    private static boolean sameBytes(Path target, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(target) || Files.size(target) != bytes.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(target), bytes);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void pruneEmptyParents(Path dir) throws IOException {
        Path d = dir;
        while (d != null && d.startsWith(root) && !d.equals(root)) {
            try (Stream<Path> entries = Files.list(d)) {
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
}
