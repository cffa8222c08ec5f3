package org.aftermath.cohort.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs patients on this machine's threads. Each worker thread builds its own {@link PatientSimulator} (they share
 * nothing mutable), claims the next unclaimed index, and parks its outcome in a ring of at most
 * {@value #WINDOW_PER_THREAD} × threads slots; the calling thread hands the outcomes to the sink strictly in index
 * order. A worker may run ahead of the oldest undelivered patient by at most the window, so memory stays bounded
 * whatever the cohort size, and the rows are the same for any thread count.
 */
public final class LocalCohortExecutor implements CohortExecutor {

    /** In-flight outcomes allowed per worker thread. */
    public static final int WINDOW_PER_THREAD = 32;

    private final int threads;
    private final Function<CohortJob, Patients> simulators;

    /** What a worker thread needs of a {@link PatientSimulator}; tests substitute their own. */
    interface Patients extends AutoCloseable {
        PatientOutcome simulate(long index);

        @Override
        void close();
    }

    /** An executor on all available processors. */
    public LocalCohortExecutor() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param threads worker threads (&ge; 1)
     */
    public LocalCohortExecutor(int threads) {
        this(threads, job -> {
            PatientSimulator simulator = new PatientSimulator(job);
            return new Patients() {
                @Override
                public PatientOutcome simulate(long index) {
                    return simulator.simulate(index);
                }

                @Override
                public void close() {
                    // a simulator holds nothing to release
                }
            };
        });
    }

    /**
     * @param threads    worker threads (&ge; 1)
     * @param simulators builds one worker's simulator from the job
     */
    LocalCohortExecutor(int threads, Function<CohortJob, Patients> simulators) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.simulators = simulators;
    }

    /** @return {@value CohortEngines#LOCAL} */
    @Override
    public String name() {
        return CohortEngines.LOCAL;
    }

    /** @return the number of worker threads */
    public int threads() {
        return threads;
    }

    @Override
    public void execute(CohortJob job, long from, long to, OutcomeSink sink) throws IOException {
        if (from < 0 || to < from || to > job.patients()) {
            throw new IllegalArgumentException("patient range [" + from + ", " + to + ") is not within [0, "
                    + job.patients() + ")");
        }
        if (from == to) {
            return;
        }
        int workers = (int) Math.min(threads, to - from);
        Ring ring = new Ring(from, to, WINDOW_PER_THREAD * workers);
        List<Thread> pool = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(() -> work(simulators, job, ring), "cohort-worker-" + w);
            t.setDaemon(true);
            pool.add(t);
            t.start();
        }
        try {
            for (long i = from; i < to; i++) {
                sink.accept(ring.take(i));
            }
        } finally {
            ring.stop();
            for (Thread t : pool) {
                t.interrupt();
            }
            for (Thread t : pool) {
                joinQuietly(t);
            }
        }
    }

    private static void work(Function<CohortJob, Patients> simulators, CohortJob job, Ring ring) {
        Patients simulator;
        try {
            simulator = simulators.apply(job);
        } catch (RuntimeException | Error e) {
            ring.fail(ring.claim(), e);
            return;
        }
        try (simulator) {
            for (long i = ring.claim(); i >= 0; i = ring.claim()) {
                try {
                    ring.put(i, simulator.simulate(i));
                } catch (RuntimeException | Error e) {
                    ring.fail(i, e);
                    return;
                }
            }
        }
    }

    private static void joinQuietly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The window of in-flight outcomes, guarded by its own monitor. */
    private static final class Ring {
        private final long from;
        private final long to;
        private final PatientOutcome[] outcomes;
        private final Throwable[] failures;
        private final AtomicLong next;
        private long delivered;
        private boolean stopped;

        Ring(long from, long to, int window) {
            this.from = from;
            this.to = to;
            this.outcomes = new PatientOutcome[window];
            this.failures = new Throwable[window];
            this.next = new AtomicLong(from);
            this.delivered = from;
        }

        /** @return the next index to simulate once it fits in the window, or -1 when none is left or stopped */
        long claim() {
            long i = next.getAndIncrement();
            if (i >= to) {
                return -1;
            }
            synchronized (this) {
                while (!stopped && i >= delivered + outcomes.length) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return -1;
                    }
                }
                return stopped ? -1 : i;
            }
        }

        synchronized void put(long i, PatientOutcome outcome) {
            outcomes[slot(i)] = outcome;
            notifyAll();
        }

        synchronized void fail(long i, Throwable e) {
            if (i >= 0) {
                failures[slot(i)] = e;
            }
            notifyAll();
        }

        synchronized PatientOutcome take(long i) {
            int s = slot(i);
            while (outcomes[s] == null && failures[s] == null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for patient " + i, e);
                }
            }
            Throwable failure = failures[s];
            PatientOutcome outcome = outcomes[s];
            outcomes[s] = null;
            failures[s] = null;
            delivered = i + 1;
            notifyAll();
            if (failure instanceof RuntimeException re) {
                throw re;
            }
            if (failure instanceof Error err) {
                throw err;
            }
            return outcome;
        }

        synchronized void stop() {
            stopped = true;
            notifyAll();
        }

        private int slot(long i) {
            return (int) ((i - from) % outcomes.length);
        }
    }
}
