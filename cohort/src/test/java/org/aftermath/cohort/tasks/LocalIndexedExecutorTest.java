package org.aftermath.cohort.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The local executor's contract with stand-in workers whose timing varies: every index once, in order, a bounded
 * window of results in flight, and the first failure raised after every earlier result.
 */
class LocalIndexedExecutorTest {

    /** Squares the index after a pseudo-random 0-2 ms, counting the results not yet delivered. */
    private record Squares(AtomicLong inFlight, AtomicLong maxInFlight, long failAt, AtomicInteger closed)
            implements IndexedTask<Long> {

        @Override
        public Worker<Long> worker() {
            return new Worker<>() {
                @Override
                public Long run(long index) {
                    if (index == failAt) {
                        throw new IllegalStateException("index " + index + " failed");
                    }
                    pause((index * 7919) % 3);
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    return index * index;
                }

                @Override
                public void close() {
                    closed.incrementAndGet();
                }
            };
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void deliversEveryIndexOnceInOrderWithABoundedWindow() throws IOException {
        AtomicLong inFlight = new AtomicLong();
        AtomicLong max = new AtomicLong();
        AtomicInteger closed = new AtomicInteger();
        List<Long> seen = new ArrayList<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        new LocalIndexedExecutor(4).execute(new Squares(inFlight, max, -1, closed), 10, 400, (i, square) -> {
            if (i == 10) {
                // a stalled sink: the workers run ahead until the window is full, then have time to overrun it
                while (inFlight.get() < 4L * LocalIndexedExecutor.WINDOW_PER_THREAD) {
                    pause(1);
                }
                pause(50);
            }
            assertThat(square).isEqualTo(i * i);
            seen.add(i);
            threads.add(Thread.currentThread().getName());
            inFlight.decrementAndGet();
        });
        assertThat(seen).hasSize(390);
        for (int k = 0; k < seen.size(); k++) {
            assertThat(seen.get(k)).isEqualTo(10L + k);
        }
        assertThat(threads).containsExactly(Thread.currentThread().getName());
        // never more than the ring's slots plus the result the sink is holding
        assertThat(max.get()).isLessThanOrEqualTo(4L * LocalIndexedExecutor.WINDOW_PER_THREAD + 1);
        assertThat(closed.get()).isEqualTo(4);
    }

    @Test
    void theFirstFailureComesAfterEveryEarlierResult() {
        List<Long> seen = new ArrayList<>();
        AtomicInteger closed = new AtomicInteger();
        assertThatThrownBy(() -> new LocalIndexedExecutor(3)
                .execute(new Squares(new AtomicLong(), new AtomicLong(), 57, closed), 0, 400, (i, r) -> seen.add(i)))
                .isInstanceOf(IllegalStateException.class).hasMessage("index 57 failed");
        assertThat(seen).hasSize(57);
        assertThat(seen.get(56)).isEqualTo(56L);
        assertThat(closed.get()).isEqualTo(3);
    }

    @Test
    void aFailingSinkStopsTheWorkers() {
        AtomicInteger closed = new AtomicInteger();
        assertThatThrownBy(() -> new LocalIndexedExecutor(2)
                .execute(new Squares(new AtomicLong(), new AtomicLong(), -1, closed), 0, 400, (i, r) -> {
                    if (i == 20) {
                        throw new IOException("disk full");
                    }
                })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(closed.get()).isEqualTo(2);
    }

    @Test
    void aWorkerThatCannotBeBuiltFailsTheRun() {
        IndexedTask<Long> broken = () -> {
            throw new IllegalArgumentException("no model");
        };
        assertThatThrownBy(() -> new LocalIndexedExecutor(2).execute(broken, 0, 10, (i, r) -> { }))
                .hasMessage("no model");
    }

    @Test
    void aNullResultIsAFailureOfItsIndex() {
        IndexedTask<Long> gaps = () -> i -> i == 3 ? null : i;
        List<Long> seen = new ArrayList<>();
        assertThatThrownBy(() -> new LocalIndexedExecutor(2).execute(gaps, 0, 10, (i, r) -> seen.add(r)))
                .hasMessage("index 3 gave no result");
        assertThat(seen).containsExactly(0L, 1L, 2L);
    }
}
