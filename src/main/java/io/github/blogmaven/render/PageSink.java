package io.github.blogmaven.render;

/** Where rendered files go as soon as they are rendered, so that a large site never sits in memory whole. */
public interface PageSink {

    /** Takes one generated file; safe to call from several threads. */
    void put(String path, byte[] bytes);

    /**
     * Takes one generated file made of pieces, some of them ranges of the last build's files, which the sink copies
     * from file to file.
     */
    void put(String path, Pieces file);
}
