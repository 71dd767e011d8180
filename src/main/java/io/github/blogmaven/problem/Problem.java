package io.github.blogmaven.problem;

/**
 * One thing wrong with the input: the file (relative to the source folder), the line (0 when unknown) and what to do.
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

    public static Problem of(String file, String message) {
        return new Problem(file, 0, message);
    }

    @Override
    public int compareTo(Problem o) {
        int c = String.valueOf(file).compareTo(String.valueOf(o.file));
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        if (file == null || file.isEmpty()) {
            return message;
        }
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
