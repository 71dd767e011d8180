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
     * The last recorded build, read once; null when there is none or it cannot be read. Its list of output files is
     * parsed when first asked for: a rebuild whose inputs changed compares only the fingerprint on its way, and the
     * list (16,000 lines for 10,000 posts) is then read on the thread that loads the render memo.
     */
    private record Recorded(String fingerprint, String due, Counts counts, OutputList list) {
        /** The recorded output files by path; empty if the list cannot be read, which nothing trusts. */
        java.util.Map<String, Output> outputs() {
            java.util.Map<String, Output> m = list.get();
            return m == null ? java.util.Map.of() : m;
        }
    }

    /** A state file's text read line by line, as far as the list of output files. */
    private static final class Lines {
        final String text;
        int at;

        Lines(String text) {
            this.text = text;
        }

        /** The next whole line (ended by a line break), or null if there is none. */
        String next() {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                return null;
            }
            String line = text.substring(at, end);
            at = end + 1;
            return line;
        }

        /** How many lines are left, without reading them. */
        int left() {
            int n = 0;
            for (int i = at; i < text.length(); n++) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end + 1;
            }
            return n;
        }
    }

    /** The output lines of a state file, parsed once, on the first thread that asks. */
    private static final class OutputList {
        /** The state file's text until it is parsed (then let go). */
        private String text;
        private final int from;
        private java.util.Map<String, Output> parsed;

        OutputList(String text, int from) {
            this.text = text;
            this.from = from;
        }

        /** The outputs by path, or null if a line is damaged. */
        synchronized java.util.Map<String, Output> get() {
            if (text != null) {
                parsed = parse(text, from);
                text = null;
            }
            return parsed;
        }

        private static java.util.Map<String, Output> parse(String text, int from) {
            java.util.Map<String, Output> outputs = new java.util.LinkedHashMap<>();
            try {
                for (int at = from; at < text.length(); ) {
                    int end = text.indexOf('\n', at);
                    end = end < 0 ? text.length() : end;
                    int a = text.indexOf(' ', at);
                    int b = a < 0 ? -1 : text.indexOf(' ', a + 1);
                    if (a < 0 || b < 0 || b >= end) {
                        return null;
                    }
                    String name = text.substring(b + 1, end);
                    outputs.put(name, new Output(name, Long.parseLong(text, at, a, 10),
                            Long.parseLong(text, a + 1, b, 10)));
                    at = end + 1;
                }
            } catch (RuntimeException e) {
                return null;
            }
            return outputs;
        }
    }

    /** An output file as the recorded build left it. */
    private record Output(String file, long size, long millis) {
    }

    private Recorded recorded;
    private boolean read;
    /** What {@link #checkAhead} found, by output file; cleared when the output is about to change. */
    private final java.util.Map<String, Boolean> checked = new java.util.concurrent.ConcurrentHashMap<>();
    /** Whether {@link #checked} may be trusted: no longer once {@link #forget} has been called. */
    private volatile boolean ahead = true;

    /** The state file changed: the next question reads it again. */
    private synchronized void reread() {
        read = false;
    }

    private synchronized Recorded recorded() {
        if (read) {
            return recorded;
        }
        read = true;
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Lines in = new Lines(Files.readString(file, StandardCharsets.UTF_8));
            // the header, the fingerprint, the due date, the counts, the warnings; then one line per output file
            if (!HEADER.equals(in.next())) {
                return null;
            }
            String fingerprint = in.next();
            String due = in.next();
            String[] c = in.next().split(" "); // a line missing, here or below, throws: caught as a corrupt state
            int warningCount = Integer.parseInt(c[3]);
            if (warningCount < 0) {
                return null;
            }
            List<String> warnings = new java.util.ArrayList<>();
            for (int i = 0; i < warningCount; i++) {
                warnings.add(unescape(java.util.Objects.requireNonNull(in.next(), "cut short")));
            }
            recorded = new Recorded(fingerprint, due, new Counts(Integer.parseInt(c[0]), Integer.parseInt(c[1]),
                    Integer.parseInt(c[2]), in.left(), warnings), new OutputList(in.text, in.at));
        } catch (IOException | RuntimeException e) {
            recorded = null; // a corrupt state only costs a full build
        }
        return recorded;
    }

    /**
     * Whether the output is exactly what a build of inputs with this fingerprint made, and no post held back as
     * future has become due since. The fingerprint is asked for only if there is a recorded build.
     */
    public java.util.Optional<Counts> upToDate(java.util.function.Supplier<String> fingerprint, Instant now) {
        Recorded r = recorded();
        if (r == null || !r.fingerprint().equals(fingerprint.get())) {
            return java.util.Optional.empty();
        }
        try {
            if (!r.due().equals("-") && !now.isBefore(Instant.parse(r.due()))) {
                return java.util.Optional.empty();
            }
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty(); // a corrupt state only costs a full build
        }
        java.util.Map<String, Output> outputs = r.list().get();
        if (outputs == null) {
            return java.util.Optional.empty(); // a corrupt state only costs a full build
        }
        for (String out : outputs.keySet()) {
            if (!intact(out)) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(r.counts());
    }

    /**
     * Whether an output file is as the last recorded build left it (same size and time, whatever that build's
     * inputs were): one stat, as the no-change check and the render memo ask this of every output file.
     */
    public boolean intact(String relative) {
        Boolean known = ahead ? checked.get(relative) : null;
        return known != null ? known : stat(relative);
    }

    /**
     * The recorded build's own string for an output file's path, if it recorded that file, else {@code relative}:
     * what else remembers output files (the render memo) holds one copy of each path, not another.
     */
    public String known(String relative) {
        Recorded r = recorded();
        Output o = r == null ? null : r.outputs().get(relative);
        return o == null ? relative : o.file();
    }

    /**
     * Looks at these output files now (a stat each), so that {@link #intact} answers for them without one later: a
     * rebuild runs it on a thread of its own while it parses, and then renders with the answers ready. Only until
     * {@link #forget}, which comes before the output changes.
     */
    public void checkAhead(java.util.Collection<String> relatives) {
        for (String relative : relatives) {
            if (!ahead) {
                return;
            }
            checked.computeIfAbsent(relative, this::stat);
        }
    }

    private boolean stat(String relative) {
        Recorded r = recorded();
        Output was = r == null ? null : r.outputs().get(relative);
        if (was == null) {
            return false;
        }
        if (!inside(relative)) {
            return false;
        }
        Path out = root.resolve(relative);
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(out,
                    java.nio.file.attribute.BasicFileAttributes.class);
            return a.isRegularFile() && a.size() == was.size() && a.lastModifiedTime().toMillis() == was.millis();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Where {@code length} bytes at {@code offset} of an output file lie, if the file is as the last recorded build
     * left it and holds them; else null: what a build copies from its last output must be that build's.
     */
    public io.github.blogmaven.render.Pieces.Range range(String relative, long offset, int length) {
        if (!intact(relative) || offset < 0 || length < 0) {
            return null;
        }
        Recorded r = recorded();
        Output was = r == null ? null : r.outputs().get(relative);
        if (was == null || offset + length > was.size()) {
            return null;
        }
        return new io.github.blogmaven.render.Pieces.Range(root.resolve(relative), offset, length);
    }

    /**
     * Whether a recorded path names a file inside the output folder: relative, and no segment empty, "." or "..".
     * A scan of the string: this is asked of every output file, and {@code Path.normalize} costs a dozen objects.
     */
    static boolean inside(String relative) {
        if (relative.isEmpty() || relative.indexOf('\\') >= 0 || relative.indexOf('\u0000') >= 0) {
            return false;
        }
        int start = 0;
        while (true) {
            int end = relative.indexOf('/', start);
            int stop = end < 0 ? relative.length() : end;
            int length = stop - start;
            if (length == 0 || length <= 2 && relative.startsWith(length == 1 ? "." : "..", start)) {
                return false;
            }
            if (end < 0) {
                return true;
            }
            start = end + 1;
        }
    }

    private static String unescape(String w) {
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '\\' && i + 1 < w.length()) {
                char next = w.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What the recorded build made, and the warnings it gave, which a build that stops at once gives again. */
    public record Counts(int posts, int pages, int feeds, int files, List<String> warnings) {
    }

    /**
     * Records a successful build: its fingerprint, when the next future post is due, and its files.
     *
     * @param kept files this build found {@link #intact} and left alone: their size and time are the recorded ones,
     *     so they are not asked of the file system again
     */
    public void record(String fingerprint, Instant nextDue, Counts counts, Iterable<String> files,
                       java.util.function.Predicate<String> kept) {
        Recorded last = recorded();
        StringBuilder text = new StringBuilder(HEADER).append('\n').append(fingerprint).append('\n')
                .append(nextDue == null ? "-" : nextDue.toString()).append('\n')
                .append(counts.posts()).append(' ').append(counts.pages()).append(' ').append(counts.feeds())
                .append(' ').append(counts.warnings().size()).append('\n');
        for (String w : counts.warnings()) {
            text.append(w.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        }
        try {
            List<String> all = new java.util.ArrayList<>();
            files.forEach(all::add);
            // one stat per file, on every thread of the build: a large blog has tens of thousands
            String[] lines = new String[all.size()];
            java.util.stream.IntStream.range(0, lines.length).parallel().forEach(i -> {
                Output was = last == null || !kept.test(all.get(i)) ? null : last.outputs().get(all.get(i));
                if (was != null) {
                    lines[i] = was.size() + " " + was.millis() + " " + all.get(i) + "\n";
                    return;
                }
                try {
                    java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(root.resolve(all.get(i)),
                            java.nio.file.attribute.BasicFileAttributes.class);
                    lines[i] = a.size() + " " + a.lastModifiedTime().toMillis() + " " + all.get(i) + "\n";
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (String line : lines) {
                text.append(line);
            }
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            reread();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the build state in " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * Forgets the last build on disk, so that the next one runs in full if this one does not {@link #record}. This
     * object still knows what it read, which {@link #record} uses for the files the build left alone.
     */
    public void forget() {
        ahead = false; // the output is about to change: what was looked at before is not asked again
        checked.clear();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
