package org.aftermath.runner;

import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.sim.Observable;
import org.aftermath.kernel.sim.SimulationObserver;
import org.aftermath.ode.DenseStep;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * Finds the first time the burden reaches {@code ratio} × its running minimum (baseline
 * included), from the exact trajectory: event states, and in each step {@value #SAMPLES} + 1
 * samples with the interior minimum refined by Brent's method, the crossing solved by a
 * Brent-type root finder to about 1e-9 days.
 */
final class ProgressionTracker implements SimulationObserver {

    static final int SAMPLES = 16;
    private static final double TIME_ACCURACY = 1e-10;

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
        double a = s.start();
        double b = s.end();
        double[] ts = new double[SAMPLES + 2];
        double[] vs = new double[SAMPLES + 2];
        int best = 0;
        for (int i = 0; i <= SAMPLES; i++) {
            ts[i] = i == SAMPLES ? b : a + (b - a) * i / SAMPLES;
            vs[i] = observable.value(s, ts[i], p);
            if (vs[i] < vs[best]) {
                best = i;
            }
        }
        int n = SAMPLES + 1;
        if (best > 0 && best < SAMPLES) {
            UnivariatePointValuePair refined = new BrentOptimizer(1e-14, TIME_ACCURACY).optimize(new MaxEval(200),
                    GoalType.MINIMIZE, new UnivariateObjectiveFunction(t -> observable.value(s, t, p)),
                    new SearchInterval(ts[best - 1], ts[best + 1], ts[best]));
            if (refined.getValue() < vs[best] && refined.getPoint() != ts[best]) {
                // insert the refined minimum in time order
                int at = refined.getPoint() < ts[best] ? best : best + 1;
                System.arraycopy(ts, at, ts, at + 1, n - at);
                System.arraycopy(vs, at, vs, at + 1, n - at);
                ts[at] = refined.getPoint();
                vs[at] = refined.getValue();
                n++;
            }
        }
        runningMin = Math.min(runningMin, vs[0]);
        for (int i = 1; i < n; i++) {
            double threshold = ratio * runningMin;
            if (vs[i] >= threshold) {
                double level = threshold;
                progression = vs[i - 1] >= level ? ts[i - 1]
                        : new BracketingNthOrderBrentSolver(TIME_ACCURACY, 5).solve(200,
                                t -> observable.value(s, t, p) - level, ts[i - 1], ts[i]);
                return;
            }
            runningMin = Math.min(runningMin, vs[i]);
        }
    }

    /** @return the first progression time, or NaN if none */
    double progressionTime() {
        return progression;
    }
}
