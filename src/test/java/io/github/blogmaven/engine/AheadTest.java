package io.github.blogmaven.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AheadTest {

    @Test
    void theValueIsWorkedOutOnAThreadOfItsOwnAndHandedOverBeforeTheWarmUpEnds() throws Exception {
        CountDownLatch warmUpMayEnd = new CountDownLatch(1);
        AtomicReference<String> ranOn = new AtomicReference<>();
        AtomicReference<String> warmedWith = new AtomicReference<>();
        Ahead<String> ahead = Ahead.start("test-ahead", true, new Ahead.Work<>() {
            @Override
            public String value() {
                ranOn.set(Thread.currentThread().getName());
                return "value";
            }

            @Override
            public void afterwards(String value) {
                try {
                    warmUpMayEnd.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                warmedWith.set(value);
            }
        });
        // the warm-up is still waiting: get() does not wait for it
        assertThat(ahead.get()).isEqualTo("value");
        assertThat(ranOn.get()).isEqualTo("test-ahead");
        assertThat(warmedWith.get()).isNull();
        warmUpMayEnd.countDown();
        ahead.finish();
        assertThat(warmedWith.get()).isEqualTo("value");
    }

    @Test
    void aOneThreadBuildWorksItOutOnTheCallersThreadWhenAskedAndRunsNoWarmUp() throws Exception {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        AtomicReference<Boolean> warmed = new AtomicReference<>(false);
        Ahead<Integer> ahead = Ahead.start("unused", false, new Ahead.Work<>() {
            @Override
            public Integer value() {
                ranOn.set(Thread.currentThread());
                return 42;
            }

            @Override
            public void afterwards(Integer value) {
                warmed.set(true);
            }
        });
        assertThat(ranOn.get()).as("nothing runs before it is asked for").isNull();
        assertThat(ahead.get()).isEqualTo(42);
        assertThat(ahead.get()).isEqualTo(42);
        assertThat(ranOn.get()).isSameAs(Thread.currentThread());
        ahead.finish();
        assertThat(warmed.get()).isFalse();
    }

    @Test
    void whatTheWorkThrowsIsThrownByGetAsItWasAndAFailingWarmUpIsDropped() throws Exception {
        IllegalStateException boom = new IllegalStateException("no theme");
        for (boolean parallel : new boolean[] {true, false}) {
            Ahead<String> failing = Ahead.start("test-failing", parallel, () -> {
                throw boom;
            });
            assertThatThrownBy(failing::get).isSameAs(boom);
            failing.finish();
        }
        Ahead<String> warmUpFails = Ahead.start("test-warm-up-fails", true, new Ahead.Work<>() {
            @Override
            public String value() {
                return "fine";
            }

            @Override
            public void afterwards(String value) {
                throw new IllegalArgumentException("a warm-up that fails");
            }
        });
        warmUpFails.finish();
        assertThat(warmUpFails.get()).isEqualTo("fine");
    }
}
