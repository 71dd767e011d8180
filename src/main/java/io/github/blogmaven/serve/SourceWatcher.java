package io.github.blogmaven.serve;

import io.github.blogmaven.problem.BuildLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the source folder and its sub-folders, and reports each burst of changes once, after it has been quiet
 * for a moment (editors save in several steps).
 */
public final class SourceWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 120;
    static final long MAX_WAIT_MILLIS = 1000;

    private final Path root;
    private final Path skip;
    private final WatchService watch;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Thread thread;
    private final Consumer<Set<Path>> onChange;
    private final BuildLog log;

    /** @param skip a folder not to watch (the output, when it lies inside the sources), or null */
    public SourceWatcher(Path root, Path skip, Consumer<Set<Path>> onChange, BuildLog log) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.skip = skip == null ? null : skip.toAbsolutePath().normalize();
        this.onChange = onChange;
        this.log = log;
        this.watch = FileSystems.getDefault().newWatchService();
        registerTree(this.root);
        this.thread = new Thread(this::run, "blog-watch");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void registerTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (skip != null && d.startsWith(skip) || d.getFileName() != null
                        && d.getFileName().toString().startsWith(".") && !d.equals(root)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                keys.put(d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY), d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                WatchKey key = watch.take();
                long first = System.currentTimeMillis();
                collect(key, changed);
                // debounce: keep collecting until the tree has been quiet for a moment
                while (System.currentTimeMillis() - first < MAX_WAIT_MILLIS) {
                    WatchKey next = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                    if (next == null) {
                        break;
                    }
                    collect(next, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                changed.add(root);
                continue;
            }
            Path p = dir.resolve((Path) event.context());
            if (skip != null && p.startsWith(skip)) {
                continue;
            }
            changed.add(p);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p)) {
                try {
                    registerTree(p);
                } catch (IOException | UncheckedIOException e) {
                    log.warn("Cannot watch " + p + ": " + e.getMessage());
                }
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watch.close();
        } catch (IOException e) {
            log.debug("closing the watcher: " + e.getMessage());
        }
    }
}
