package io.github.blogmaven.markdown;

import java.util.function.Supplier;

/**
 * A value worked out the first time it is asked for and kept from then on. Two threads asking at once may both work
 * it out; the sources it is made for give equal values each time, so either is kept.
 */
public final class Once<T> implements Supplier<T> {

    private volatile Supplier<T> source;
    private volatile T value;

    private Once(Supplier<T> source) {
        this.source = source;
    }

    /** {@code source}, asked at most once per thread that races for it, then never again. */
    public static <T> Once<T> of(Supplier<T> source) {
        return new Once<>(source);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            Supplier<T> s = source;
            if (s == null) {
                return value; // another thread finished in between
            }
            v = s.get();
            value = v;
            source = null; // what it needed to make the value can go
        }
        return v;
    }
}
