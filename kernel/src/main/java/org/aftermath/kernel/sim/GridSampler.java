package org.aftermath.kernel.sim;

import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.ode.DenseStep;

/**
 * Samples the trajectory on a fixed grid t0, t0 + h, t0 + 2h, … and at the end time, from the
 * dense output, without influencing the integration. At a grid time where an event fires the
 * sample shows the state after the event.
 */
public final class GridSampler implements SimulationObserver {

    /** Receives one sample. Arrays are valid only during the call. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param t time of the sample
         * @param y state at t
         * @param p parameters at t
         */
        void sample(double t, double[] y, double[] p);
    }

    private final double step;
    private final Sink sink;
    private double t0;
    private long next;
    private double[] buffer;

    /**
     * @param step grid spacing in days, &gt; 0
     * @param sink receives the samples in time order
     */
    public GridSampler(double step, Sink sink) {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("output step must be > 0, got " + step);
        }
        this.step = step;
        this.sink = sink;
    }

    private double gridTime(long k) {
        return t0 + k * step;
    }

    @Override
    public void start(CompiledModel model, double t0, double[] y, double[] p) {
        this.t0 = t0;
        this.next = 0;
        this.buffer = new double[y.length];
    }

    @Override
    public void step(DenseStep s, double[] p) {
        // Emit grid times in [start, end): a time at the end of a step (to within rounding) is
        // emitted by the next step or by finish, so it shows the state after any event there.
        double limit = s.end() - 1e-9 * step;
        while (gridTime(next) < limit) {
            double t = gridTime(next);
            s.interpolate(Math.max(t, s.start()), buffer);
            sink.sample(t, buffer, p);
            next++;
        }
    }

    @Override
    public void finish(double t1, double[] y, double[] p) {
        while (gridTime(next) < t1 - 1e-9 * step) {
            // Only reachable when no step covered these times (an empty run).
            sink.sample(gridTime(next), y, p);
            next++;
        }
        sink.sample(t1, y, p);
    }
}
