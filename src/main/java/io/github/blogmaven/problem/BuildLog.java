package io.github.blogmaven.problem;

/** Where the engine reports progress and warnings; the Maven layer maps it onto Maven's log. */
public interface BuildLog {

    void info(String message);

    void warn(String message);

    default void debug(String message) {
    }

    /** A log that keeps nothing, for callers that do not care. */
    static BuildLog silent() {
        return new BuildLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
            }
        };
    }
}
