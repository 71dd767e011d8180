package io.github.blogmaven.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

/**
 * What the last successful build was made from (a fingerprint of every input) and what it left in the output
 * folder (each file's size and time), so that a build whose inputs and outputs are both as they were can stop at
 * once. A state that is missing, unreadable or does not match is never trusted: the build runs in full.
 */
public final class BuildState {

    static final String FILE = "build-state";
    private static final String HEADER = "blog-maven-plugin build state 2";

    private final Path root;
    private final Path file;

    /**
     * @param cacheDirectory where the state is kept
     * @param outputDirectory the output it describes
     */
    public BuildState(Path cacheDirectory, Path outputDirectory) {
        this.root = outputDirectory.toAbsolutePath().normalize();
        this.file = cacheDirectory.toAbsolutePath().normalize().resolve(FILE);
    }

    /**
     * Whether the output is exactly what a build of inputs with this fingerprint made, and no post held back as
     * future has become due since.
     */
    public java.util.Optional<Counts> upToDate(String fingerprint, Instant now) {
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 4 || !lines.get(0).equals(HEADER) || !lines.get(1).equals(fingerprint)) {
                return java.util.Optional.empty();
            }
            String due = lines.get(2);
            if (!due.equals("-") && !now.isBefore(Instant.parse(due))) {
                return java.util.Optional.empty();
            }
            String[] c = lines.get(3).split(" ");
            int warningCount = Integer.parseInt(c[3]);
            List<String> warnings = lines.subList(4, 4 + warningCount).stream()
                    .map(w -> w.replace("\\n", "\n").replace("\\\\", "\\")).toList();
            int first = 4 + warningCount;
            Counts counts = new Counts(Integer.parseInt(c[0]), Integer.parseInt(c[1]), Integer.parseInt(c[2]),
                    lines.size() - first, warnings);
            for (String line : lines.subList(first, lines.size())) {
                int a = line.indexOf(' ');
                int b = line.indexOf(' ', a + 1);
                Path out = root.resolve(line.substring(b + 1)).normalize();
                if (!out.startsWith(root) || !Files.isRegularFile(out)
                        || Files.size(out) != Long.parseLong(line.substring(0, a))
                        || Files.getLastModifiedTime(out).toMillis() != Long.parseLong(line.substring(a + 1, b))) {
                    return java.util.Optional.empty();
                }
            }
            return java.util.Optional.of(counts);
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty(); // a corrupt state only costs a full build
        }
    }

    /**
     * Each output file's size and modification time as the last recorded build left them, whatever its inputs
     * were; empty when there is no readable state.
     */
    public java.util.Map<String, long[]> outputs() {
        java.util.Map<String, long[]> out = new java.util.HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 4 || !lines.get(0).equals(HEADER)) {
                return out;
            }
            int first = 4 + Integer.parseInt(lines.get(3).split(" ")[3]);
            for (String line : lines.subList(first, lines.size())) {
                int a = line.indexOf(' ');
                int b = line.indexOf(' ', a + 1);
                out.put(line.substring(b + 1), new long[] {Long.parseLong(line.substring(0, a)),
                        Long.parseLong(line.substring(a + 1, b))});
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return new java.util.HashMap<>();
        }
    }

    /** What the recorded build made, and the warnings it gave, which a build that stops at once gives again. */
    public record Counts(int posts, int pages, int feeds, int files, List<String> warnings) {
    }

    /** Records a successful build: its fingerprint, when the next future post is due, and its files. */
    public void record(String fingerprint, Instant nextDue, Counts counts, Iterable<String> files) {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append(fingerprint).append('\n')
                .append(nextDue == null ? "-" : nextDue.toString()).append('\n')
                .append(counts.posts()).append(' ').append(counts.pages()).append(' ').append(counts.feeds())
                .append(' ').append(counts.warnings().size()).append('\n');
        for (String w : counts.warnings()) {
            text.append(w.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        }
        try {
            for (String f : files) {
                Path p = root.resolve(f);
                text.append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p).toMillis()).append(' ')
                        .append(f).append('\n');
            }
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the build state in " + root + ": " + e.getMessage(), e);
        }
    }

    /** Forgets the last build, so that the next one runs in full. */
    public void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
