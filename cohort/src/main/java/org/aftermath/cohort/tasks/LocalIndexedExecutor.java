package org.aftermath.cohort.tasks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs indices on this machine's threads. Each worker thread builds its own {@link IndexedTask.Worker} (they share
 * nothing mutable), claims the next unclaimed index, and parks its result in a ring of at most
 * {@value #WINDOW_PER_THREAD} × threads slots; the calling thread hands the results to the sink strictly in index
 * order. A worker may run ahead of the oldest undelivered index by at most the window, so memory stays bounded
 * whatever the range, and the results are the same for any thread count.
 */
public final class LocalIndexedExecutor implements IndexedExecutor {

    /** In-flight results allowed per worker thread. */
    public static final int WINDOW_PER_THREAD = 32;

    private final int threads;

    /** An executor on all available processors. */
    public LocalIndexedExecutor() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param threads worker threads (&ge; 1)
     */
    public LocalIndexedExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    /** @return {@value TaskEngines#LOCAL} */
    @Override
    public String name() {
        return TaskEngines.LOCAL;
    }

    /** @return the number of worker threads */
    @Override
    public Integer threads() {
        return threads;
    }

    @Override
    public <R> void execute(IndexedTask<R> task, long from, long to, IndexedSink<R> sink) throws IOException {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("index range [" + from + ", " + to + ") is not a range of indices >= 0");
        }
        if (from == to) {
            return;
        }
        int workers = (int) Math.min(threads, to - from);
        Ring ring = new Ring(from, to, WINDOW_PER_THREAD * workers);
        List<Thread> pool = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(() -> work(task, ring), "task-worker-" + w);
            t.setDaemon(true);
            pool.add(t);
            t.start();
        }
        try {
            for (long i = from; i < to; i++) {
                @SuppressWarnings("unchecked")
                R result = (R) ring.take(i);
                sink.accept(i, result);
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

    private static <R> void work(IndexedTask<R> task, Ring ring) {
        IndexedTask.Worker<R> worker;
        try {
            worker = task.worker();
        } catch (RuntimeException | Error e) {
            ring.fail(ring.claim(), e);
            return;
        }
        try (worker) {
            for (long i = ring.claim(); i >= 0; i = ring.claim()) {
                try {
                    ring.put(i, worker.run(i));
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

    /** The window of in-flight results, guarded by its own monitor. */
    private static final class Ring {
        private final long from;
        private final long to;
        private final Object[] results;
        private final Throwable[] failures;
        private final AtomicLong next;
        private long delivered;
        private boolean stopped;

        Ring(long from, long to, int window) {
            this.from = from;
            this.to = to;
            this.results = new Object[window];
            this.failures = new Throwable[window];
            this.next = new AtomicLong(from);
            this.delivered = from;
        }

        /** @return the next index to compute once it fits in the window, or -1 when none is left or stopped */
        long claim() {
            long i = next.getAndIncrement();
            if (i >= to) {
                return -1;
            }
            synchronized (this) {
                while (!stopped && i >= delivered + results.length) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return -1;
                    }
                }
                return stopped ? -1 : i;
            }
        }

        synchronized void put(long i, Object result) {
            if (result == null) {
                failures[slot(i)] = new IllegalStateException("index " + i + " gave no result");
            } else {
                results[slot(i)] = result;
            }
            notifyAll();
        }

        synchronized void fail(long i, Throwable e) {
            if (i >= 0) {
                failures[slot(i)] = e;
            }
            notifyAll();
        }

        synchronized Object take(long i) {
            int s = slot(i);
            while (results[s] == null && failures[s] == null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for index " + i, e);
                }
            }
            Throwable failure = failures[s];
            Object result = results[s];
            results[s] = null;
            failures[s] = null;
            delivered = i + 1;
            notifyAll();
            if (failure instanceof RuntimeException re) {
                throw re;
            }
            if (failure instanceof Error err) {
                throw err;
            }
            return result;
        }

        synchronized void stop() {
            stopped = true;
            notifyAll();
        }

        private int slot(long i) {
            return (int) ((i - from) % results.length);
        }
    }
}
