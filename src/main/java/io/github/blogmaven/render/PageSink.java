package io.github.blogmaven.render;

/** Where rendered files go as soon as they are rendered, so that a large site never sits in memory whole. */
public interface PageSink {

    /** Takes one generated file; safe to call from several threads. */
    void put(String path, byte[] bytes);
}
