package io.github.blogmaven.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects problems across all files so that they are reported once, together; safe for parallel stages. */
public final class Problems {

    private final List<Problem> errors = Collections.synchronizedList(new ArrayList<>());
    private final List<Problem> warnings = Collections.synchronizedList(new ArrayList<>());

    public void error(String file, int line, String message) {
        errors.add(new Problem(file, line, message));
    }

    public void error(Problem problem) {
        errors.add(problem);
    }

    public void warn(String file, int line, String message) {
        warnings.add(new Problem(file, line, message));
    }

    public void warn(Problem problem) {
        warnings.add(problem);
    }

    /** The warnings recorded so far about one file, in the order they came. */
    public List<Problem> warningsFor(String file) {
        synchronized (warnings) {
            return warnings.stream().filter(w -> w.file().equals(file)).toList();
        }
    }

    /** Whether an error was recorded about one file. */
    public boolean hasErrorsFor(String file) {
        synchronized (errors) {
            return errors.stream().anyMatch(e -> e.file().equals(file));
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws every error collected so far, sorted by file and line. */
    public void throwIfAny() {
        if (hasErrors()) {
            List<Problem> sorted = new ArrayList<>(errors);
            Collections.sort(sorted);
            throw new BlogException(sorted);
        }
    }

    /**
     * Warnings sorted by file and line, so that logs are stable from build to build, each said once: a link a post
     * gets wrong is found by every page that shows it.
     */
    public List<Problem> warnings() {
        List<Problem> sorted;
        synchronized (warnings) {
            sorted = new ArrayList<>(new java.util.LinkedHashSet<>(warnings));
        }
        Collections.sort(sorted);
        return sorted;
    }
}
