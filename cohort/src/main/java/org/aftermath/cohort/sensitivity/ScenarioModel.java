package org.aftermath.cohort.sensitivity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aftermath.runner.Outcome;
import org.aftermath.runner.RunOptions;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioInputs;

/**
 * A scenario as a {@link Model}: input vector → values of the scenario's varied inputs, in
 * {@code variability:} order → {@link ScenarioInputs#apply} → compile → run → the outcome.
 * {@link #evaluateAll} runs the rows on a fixed pool of threads; each result goes to its row's
 * slot, so the outputs do not depend on the number of threads. Close it to stop the threads.
 */
public final class ScenarioModel implements Model, AutoCloseable {

    private final Scenario base;
    private final List<String> inputs;
    private final Outcome outcome;
    private final RunOptions options;
    private final ExecutorService pool;
    private final Runnable afterRun;

    /**
     * @param base     the scenario as written
     * @param inputs   the varied input paths, in the order of the input vectors
     * @param outcome  what to read from each run
     * @param options  how to run (the output grid is made coarse: outcomes come from the exact trajectory)
     * @param threads  worker threads (&ge; 1)
     * @param afterRun called after each run (progress), from the worker thread
     */
    public ScenarioModel(Scenario base, List<String> inputs, Outcome outcome, RunOptions options, int threads,
                         Runnable afterRun) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1 (got " + threads + ")");
        }
        this.base = base;
        this.inputs = List.copyOf(inputs);
        this.outcome = outcome;
        this.options = options;
        this.afterRun = afterRun;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sensitivity-run");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public double evaluate(double[] x) {
        if (x.length != inputs.size()) {
            throw new IllegalArgumentException("expected " + inputs.size() + " inputs, got " + x.length);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            values.put(inputs.get(i), x[i]);
        }
        double y = outcome.run(ScenarioInputs.apply(base, values), options);
        afterRun.run();
        return y;
    }

    @Override
    public double[] evaluateAll(double[][] xs) {
        List<Future<Double>> futures = new ArrayList<>(xs.length);
        for (double[] x : xs) {
            double[] row = x.clone();
            futures.add(pool.submit(() -> evaluate(row)));
        }
        double[] y = new double[xs.length];
        for (int r = 0; r < y.length; r++) {
            try {
                y[r] = futures.get(r).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while running the design", e);
            } catch (ExecutionException e) {
                futures.forEach(f -> f.cancel(true));
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return y;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
