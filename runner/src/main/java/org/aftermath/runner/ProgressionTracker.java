package org.aftermath.runner;

import java.util.function.DoubleUnaryOperator;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.sim.Observable;
import org.aftermath.kernel.sim.SimulationObserver;
import org.aftermath.kernel.sim.StepSearch;
import org.aftermath.ode.DenseStep;

/**
 * Finds the first time the burden reaches {@code ratio} × its running minimum (baseline
 * included), from the exact trajectory: event states, and in each step
 * {@link StepSearch#SAMPLES} + 1 samples with the step's minimum ({@link StepSearch#minimum})
 * inserted, the crossing solved by {@link StepSearch#crossing} to about 1e-10 days.
 */
final class ProgressionTracker implements SimulationObserver {

    private final String observableName;
    private final double ratio;
    private Observable observable;
    private double runningMin = Double.POSITIVE_INFINITY;
    private double progression = Double.NaN;

    /**
     * @param observableName the burden observable
     * @param ratio          burden ratio over the running minimum that marks progression, &gt; 1
     */
    ProgressionTracker(String observableName, double ratio) {
        this.observableName = observableName;
        this.ratio = ratio;
    }

    @Override
    public void start(CompiledModel model, double t0, double[] y, double[] p) {
        observable = new Observable(model, observableName);
        runningMin = observable.value(t0, y, p);
    }

    @Override
    public void event(double t, String eventId, double[] yBefore, double[] pBefore, double[] yAfter, double[] pAfter) {
        if (!Double.isNaN(progression)) {
            return;
        }
        double v = observable.value(t, yAfter, pAfter);
        if (v >= ratio * runningMin) {
            progression = t;
        }
        runningMin = Math.min(runningMin, v);
    }

    @Override
    public void step(DenseStep s, double[] p) {
        if (!Double.isNaN(progression)) {
            return;
        }
        DoubleUnaryOperator f = t -> observable.value(s, t, p);
        double a = s.start();
        double b = s.end();
        // samples in time order, with the step's refined minimum inserted among them
        StepSearch.Point min = StepSearch.minimum(a, b, f);
        double[] ts = new double[StepSearch.SAMPLES + 2];
        int n = 0;
        for (int i = 0; i <= StepSearch.SAMPLES; i++) {
            double t = i == StepSearch.SAMPLES ? b : a + (b - a) * i / StepSearch.SAMPLES;
            if (n > 0 && ts[n - 1] < min.t() && min.t() < t) {
                ts[n++] = min.t();
            }
            ts[n++] = t;
        }
        double previous = f.applyAsDouble(ts[0]);
        runningMin = Math.min(runningMin, previous);
        for (int i = 1; i < n; i++) {
            double v = f.applyAsDouble(ts[i]);
            double level = ratio * runningMin;
            if (v >= level) {
                progression = previous >= level ? ts[i - 1] : StepSearch.crossing(f, level, ts[i - 1], ts[i]);
                return;
            }
            runningMin = Math.min(runningMin, v);
            previous = v;
        }
    }

    /** @return the first progression time, or NaN if none */
    double progressionTime() {
        return progression;
    }
}
