package io.github.blogmaven.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work a build will need later, started now on a thread of its own so that it overlaps the stages that run on one
 * thread (listing and checking the inputs, reading the cache); {@link #get} waits for it. On a one-thread build
 * nothing runs ahead: {@link #get} does the work then, on the caller's thread, so that such a build stays serial.
 *
 * <p>Only a head start: the result is the one the work gives, whichever thread ran it, and a failure is thrown by
 * {@link #get} as the work threw it.
 */
final class Ahead<T> {

    /** What runs ahead: the value, then, optionally, more work on the same thread once the value is out. */
    interface Work<T> {
        T value();

        /** Runs after the value is handed over (a warm-up); what it throws is dropped. */
        default void afterwards(T value) {
        }
    }

    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final Work<T> work;
    private Thread thread;

    private Ahead(Work<T> work) {
        this.work = work;
    }

    /**
     * @param parallel false on a one-thread build: nothing starts now
     * @param name the thread's name, for profilers and thread dumps
     */
    static <T> Ahead<T> start(String name, boolean parallel, Work<T> work) {
        Ahead<T> ahead = new Ahead<>(work);
        if (parallel) {
            ahead.thread = new Thread(ahead::run, name);
            // Maven's plugin realm is the caller's context loader: the work loads the plugin's classes through it
            ahead.thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
            ahead.thread.setDaemon(true); // a build that finds nothing to do does not wait for a warm-up
            ahead.thread.start();
        }
        return ahead;
    }

    private void run() {
        T value;
        try {
            value = work.value();
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
            return;
        }
        result.complete(value);
        try {
            work.afterwards(value);
        } catch (RuntimeException | LinkageError e) {
            // a warm-up only: the stage that does the work for real reports what is wrong
        }
    }

    /** The value, waiting for it if it is still being worked out; the work's own exception if it failed. */
    T get() {
        if (thread == null && !result.isDone()) {
            synchronized (this) { // several threads may ask at once: the work is done once
                if (!result.isDone()) {
                    try {
                        result.complete(work.value());
                    } catch (RuntimeException | Error e) {
                        result.completeExceptionally(e);
                    }
                }
            }
        }
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Waits until the thread is done with its afterwards work too (for a build that must not leave it running). */
    void finish() throws InterruptedException {
        if (thread != null) {
            thread.join();
        }
    }
}
