package org.aftermath.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.aftermath.runner.BestResponse;
import org.junit.jupiter.api.Test;

/**
 * The local executor's contract with stand-in simulators whose timing varies: every index once, in order, a bounded
 * window of outcomes in flight, and the first failure raised after every earlier row.
 */
class LocalCohortExecutorTest {

    private static final CohortJob JOB = CohortFixtures.killCohort(400, 1);

    private static PatientOutcome outcome(long i) {
        return new PatientOutcome(i, i, new double[0], 0, 0, 0, BestResponse.SD, Double.NaN, new double[0]);
    }

    /** Simulators that take a pseudo-random 0-2 ms per patient and count the outcomes not yet delivered. */
    private static LocalCohortExecutor executor(int threads, AtomicLong inFlight, AtomicLong maxInFlight,
                                                long failAt, AtomicInteger closed) {
        return new LocalCohortExecutor(threads, job -> new LocalCohortExecutor.Patients() {
            @Override
            public PatientOutcome simulate(long index) {
                if (index == failAt) {
                    throw new IllegalStateException("patient " + index + " failed");
                }
                pause((index * 7919) % 3);
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                return outcome(index);
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        });
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
        executor(4, inFlight, max, -1, closed).execute(JOB, 10, 400, o -> {
            if (o.index() == 10) {
                // a stalled sink: the workers run ahead until the window is full, then have time to overrun it
                while (inFlight.get() < 4L * LocalCohortExecutor.WINDOW_PER_THREAD) {
                    pause(1);
                }
                pause(50);
            }
            seen.add(o.index());
            threads.add(Thread.currentThread().getName());
            inFlight.decrementAndGet();
        });
        assertThat(seen).hasSize(390);
        for (int k = 0; k < seen.size(); k++) {
            assertThat(seen.get(k)).isEqualTo(10L + k);
        }
        assertThat(threads).containsExactly(Thread.currentThread().getName());
        // never more than the ring's slots plus the outcome the sink is holding
        assertThat(max.get()).isLessThanOrEqualTo(4L * LocalCohortExecutor.WINDOW_PER_THREAD + 1);
        assertThat(closed.get()).isEqualTo(4);
    }

    @Test
    void theFirstFailureComesAfterEveryEarlierRow() {
        List<Long> seen = new ArrayList<>();
        AtomicInteger closed = new AtomicInteger();
        assertThatThrownBy(() -> executor(3, new AtomicLong(), new AtomicLong(), 57, closed)
                .execute(JOB, 0, 400, o -> seen.add(o.index())))
                .isInstanceOf(IllegalStateException.class).hasMessage("patient 57 failed");
        assertThat(seen).hasSize(57);
        assertThat(seen.get(56)).isEqualTo(56L);
        assertThat(closed.get()).isEqualTo(3);
    }

    @Test
    void aFailingSinkStopsTheWorkers() {
        AtomicInteger closed = new AtomicInteger();
        assertThatThrownBy(() -> executor(2, new AtomicLong(), new AtomicLong(), -1, closed).execute(JOB, 0, 400, o -> {
            if (o.index() == 20) {
                throw new IOException("disk full");
            }
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(closed.get()).isEqualTo(2);
    }

    @Test
    void aSimulatorThatCannotBeBuiltFailsTheRun() {
        LocalCohortExecutor broken = new LocalCohortExecutor(2, job -> {
            throw new IllegalArgumentException("no model");
        });
        assertThatThrownBy(() -> broken.execute(JOB, 0, 10, o -> { })).hasMessage("no model");
    }
}
