package io.github.blogmaven.problem;

import java.util.List;
import java.util.stream.Collectors;

/** The build cannot go on: every problem found, reported together. */
public final class BlogException extends RuntimeException {

    private final transient List<Problem> problems;

    public BlogException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public BlogException(Problem problem) {
        this(List.of(problem));
    }

    public BlogException(String file, String message, Throwable cause) {
        super(Problem.of(file, message).toString(), cause);
        this.problems = List.of(Problem.of(file, message));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        String head = problems.size() == 1 ? "1 problem in the blog sources:" : problems.size() + " problems in the blog sources:";
        return problems.stream().sorted().map(p -> "  " + p).collect(Collectors.joining("\n", head + "\n", ""));
    }
}
