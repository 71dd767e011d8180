package io.github.blogmaven.maven;

import io.github.blogmaven.problem.BuildLog;
import org.apache.maven.plugin.logging.Log;

/** The engine's log lines, onto Maven's log. */
final class MavenBuildLog implements BuildLog {

    private final Log log;

    MavenBuildLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}
