package io.github.blogmaven.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value worked out on first use is worked out once, and every asker gets an equal one. */
class OnceTest {

    @Test
    void theSourceIsAskedOnceAndItsValueKept() {
        AtomicInteger asked = new AtomicInteger();
        Once<String> once = Once.of(() -> "value " + asked.incrementAndGet());
        assertThat(asked).hasValue(0);
        assertThat(once.get()).isEqualTo("value 1");
        assertThat(once.get()).isEqualTo("value 1");
        assertThat(asked).hasValue(1);
    }

    @Test
    void threadsRacingForItAllGetTheValue() throws Exception {
        for (int round = 0; round < 200; round++) {
            Once<String> once = Once.of(() -> new String("same"));
            String[] seen = new String[4];
            Thread[] threads = new Thread[seen.length];
            for (int i = 0; i < threads.length; i++) {
                int k = i;
                threads[i] = new Thread(() -> seen[k] = once.get());
                threads[i].start();
            }
            for (Thread t : threads) {
                t.join();
            }
            assertThat(seen).containsOnly("same");
        }
    }
}
