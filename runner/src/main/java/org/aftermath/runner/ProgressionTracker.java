package org.aftermath.runner;

import java.util.function.DoubleUnaryOperator;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.sim.Observable;
import org.aftermath.kernel.sim.SimulationObserver;
import org.aftermath.kernel.sim.StepSearch;
import org.aftermath.ode.DenseStep;

/**
 * Finds the first time the burden reaches {@code ratio} × its running minimum (baseline
 * included) while being detectable (at least {@code detectable}, so a burden far below one cell
 * that grows a thousandfold is not progression, and one eradicated to 0 cells never progresses),
 * from the exact trajectory: event states, and in each step
 * {@link StepSearch#SAMPLES} + 1 samples with the step's minimum ({@link StepSearch#minimum})
 * inserted, the crossing solved by {@link StepSearch#crossing} to about 1e-10 days.
 */
final class ProgressionTracker implements SimulationObserver {

    private final String observableName;
    private final double ratio;
    private final double detectable;
    private Observable observable;
    private double runningMin = Double.POSITIVE_INFINITY;
    private double progression = Double.NaN;
    private final double[] sampleTimes = new double[StepSearch.SAMPLES + 1];
    private final double[] sampleValues = new double[StepSearch.SAMPLES + 1];

    /**
     * @param observableName the burden observable
     * @param ratio          burden ratio over the running minimum that marks progression, &gt; 1
     * @param detectable     smallest burden that can show progression
     */
    ProgressionTracker(String observableName, double ratio, double detectable) {
        this.observableName = observableName;
        this.ratio = ratio;
        this.detectable = detectable;
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
        if (v >= level()) {
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
        // the samples, evaluated once, serve the minimum search and the crossing scan alike
        for (int i = 0; i <= StepSearch.SAMPLES; i++) {
            sampleTimes[i] = StepSearch.sampleTime(s.start(), s.end(), i);
            sampleValues[i] = f.applyAsDouble(sampleTimes[i]);
        }
        StepSearch.Point min = StepSearch.minimum(sampleTimes, sampleValues, f);
        // scan the samples in time order, with the step's refined minimum inserted among them
        double previousT = sampleTimes[0];
        double previous = sampleValues[0];
        runningMin = Math.min(runningMin, previous);
        for (int i = 1; i <= StepSearch.SAMPLES; i++) {
            if (sampleTimes[i - 1] < min.t() && min.t() < sampleTimes[i]) {
                if (crossed(f, previousT, previous, min.t(), min.value())) {
                    return;
                }
                previousT = min.t();
                previous = min.value();
            }
            if (crossed(f, previousT, previous, sampleTimes[i], sampleValues[i])) {
                return;
            }
            previousT = sampleTimes[i];
            previous = sampleValues[i];
        }
    }

    /**
     * Moves the scan from (t0, v0) to (t1, v1): records progression if v1 reaches the ratio over
     * the running minimum (at t0 if v0 already had, else where f crosses that level).
     *
     * @return true if progression was found
     */
    private boolean crossed(DoubleUnaryOperator f, double t0, double v0, double t1, double v1) {
        double level = level();
        if (v1 >= level) {
            progression = v0 >= level ? t0 : StepSearch.crossing(f, level, t0, t1);
            return true;
        }
        runningMin = Math.min(runningMin, v1);
        return false;
    }

    /** @return the burden that marks progression now: the ratio over the running minimum, at least detectable */
    private double level() {
        return Math.max(ratio * runningMin, detectable);
    }

    /** @return the first progression time, or NaN if none */
    double progressionTime() {
        return progression;
    }
}
