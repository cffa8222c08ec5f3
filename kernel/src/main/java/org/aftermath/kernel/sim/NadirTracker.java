package org.aftermath.kernel.sim;

import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.ode.DenseStep;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * Finds, from the exact trajectory (event states and dense output, never an output grid), the
 * first minimum of an observable and the first time after it at which the observable exceeds
 * its initial value (the value at the start, before any event there).
 *
 * <p>Inside a step the observable is sampled at {@value #SAMPLES} points and the best sample is
 * refined with Brent's method; the up-crossing is bracketed by the samples and solved with a
 * Brent-type root finder. Times are accurate to about 1e-9 days.
 */
public final class NadirTracker implements SimulationObserver {
    static final int SAMPLES = 16;
    private static final double TIME_ACCURACY = 1e-10;

    private final String observableName;
    private Observable observable;
    private double initialValue = Double.NaN;
    private double nadir = Double.POSITIVE_INFINITY;
    private double nadirTime = Double.NaN;
    private double recoveryTime = Double.NaN;
    private double finalValue = Double.NaN;

    /** @param observableName the observable to follow, e.g. {@code tumor_cells} */
    public NadirTracker(String observableName) {
        this.observableName = observableName;
    }

    @Override
    public void start(CompiledModel model, double t0, double[] y, double[] p) {
        observable = new Observable(model, observableName);
        initialValue = observable.value(t0, y, p);
        offer(t0, initialValue);
    }

    @Override
    public void event(double t, String eventId, double[] yBefore, double[] pBefore,
                      double[] yAfter, double[] pAfter) {
        offer(t, observable.value(t, yAfter, pAfter));
    }

    @Override
    public void step(DenseStep s, double[] p) {
        double a = s.start();
        double b = s.end();
        double[] ts = new double[SAMPLES + 1];
        double[] vs = new double[SAMPLES + 1];
        int best = 0;
        for (int i = 0; i <= SAMPLES; i++) {
            ts[i] = i == SAMPLES ? b : a + (b - a) * i / SAMPLES;
            vs[i] = observable.value(s, ts[i], p);
            if (vs[i] < vs[best]) {
                best = i;
            }
        }
        double minT = ts[best];
        double minV = vs[best];
        if (best > 0 && best < SAMPLES) {
            UnivariatePointValuePair refined = new BrentOptimizer(1e-14, TIME_ACCURACY).optimize(
                    new MaxEval(200), GoalType.MINIMIZE,
                    new UnivariateObjectiveFunction(t -> observable.value(s, t, p)),
                    new SearchInterval(ts[best - 1], ts[best + 1], ts[best]));
            if (refined.getValue() < minV) {
                minT = refined.getPoint();
                minV = refined.getValue();
            }
        }
        // Offer the samples before the minimum, the minimum, then the samples after it, so
        // that the first minimum and the first later up-crossing are found in time order.
        for (int i = 0; i <= SAMPLES && ts[i] < minT; i++) {
            offerWithCrossing(s, p, i == 0 ? ts[0] : ts[i - 1], ts[i], vs[i]);
        }
        offer(minT, minV);
        for (int i = 0; i <= SAMPLES; i++) {
            if (ts[i] > minT) {
                double prev = i == 0 ? minT : Math.max(ts[i - 1], minT);
                offerWithCrossing(s, p, prev, ts[i], vs[i]);
            }
        }
    }

    /** Offers a sample at t2, locating the up-crossing inside (t1, t2] if one happens there. */
    private void offerWithCrossing(DenseStep s, double[] p, double t1, double t2, double v2) {
        if (Double.isNaN(recoveryTime) && nadir < initialValue && v2 > initialValue && t2 > nadirTime) {
            double v1 = observable.value(s, t1, p);
            if (v1 <= initialValue && t2 > t1) {
                recoveryTime = new BracketingNthOrderBrentSolver(TIME_ACCURACY, 5).solve(200,
                        t -> observable.value(s, t, p) - initialValue, t1, t2);
            } else {
                recoveryTime = t1;
            }
        }
        offer(t2, v2);
    }

    private void offer(double t, double v) {
        if (v < nadir) {
            nadir = v;
            nadirTime = t;
            recoveryTime = Double.NaN;
        } else if (Double.isNaN(recoveryTime) && nadir < initialValue && v > initialValue) {
            recoveryTime = t;
        }
    }

    @Override
    public void finish(double t1, double[] y, double[] p) {
        finalValue = observable.value(t1, y, p);
    }

    /** @return the value at the start time, before any event there */
    public double initialValue() { return initialValue; }

    /** @return the value at the end time */
    public double finalValue() { return finalValue; }

    /** @return the smallest value reached */
    public double nadir() { return nadir; }

    /** @return the first time the smallest value was reached */
    public double nadirTime() { return nadirTime; }

    /**
     * @return the first time after the nadir at which the value exceeds the initial value, or
     *         NaN if it never fell below its initial value or never climbed back above it
     */
    public double recoveryTime() { return recoveryTime; }
}
