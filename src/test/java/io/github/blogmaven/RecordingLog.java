package io.github.blogmaven;

import io.github.blogmaven.problem.BuildLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A build log that keeps what it is told, for tests that look at warnings or debug lines. */
public final class RecordingLog implements BuildLog {

    public final List<String> infos = new CopyOnWriteArrayList<>();
    public final List<String> warnings = new CopyOnWriteArrayList<>();
    public final List<String> debugs = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    @Override
    public void debug(String message) {
        debugs.add(message);
    }
}
