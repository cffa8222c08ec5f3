package org.aftermath.kernel.sim;

import java.util.function.DoubleUnaryOperator;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.ode.DenseStep;

/**
 * Finds, from the exact trajectory (event states and dense output, never an output grid), the
 * first minimum of an observable and the first time after it at which the observable exceeds
 * its initial value (the value at the start, before any event there). When the first minimum is
 * the initial value itself (the observable never fell below it), that is the first time it
 * exceeds the initial value at all: 0 for a burden that grows from the start.
 *
 * <p>Inside a step the observable is sampled at {@value StepSearch#SAMPLES} + 1 points and the best
 * sample is refined with Brent's method; the up-crossing is bracketed by the samples and solved
 * with a Brent-type root finder ({@link StepSearch}). Times are accurate to about 1e-9 days.
 */
public final class NadirTracker implements SimulationObserver {
    private final String observableName;
    private final double[] ts = new double[StepSearch.SAMPLES + 1];
    private final double[] vs = new double[StepSearch.SAMPLES + 1];
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
        DoubleUnaryOperator f = t -> observable.value(s, t, p);
        for (int i = 0; i <= StepSearch.SAMPLES; i++) {
            ts[i] = StepSearch.sampleTime(a, b, i);
            vs[i] = f.applyAsDouble(ts[i]);
        }
        StepSearch.Point min = StepSearch.minimum(ts, vs, f);
        double minT = min.t();
        double minV = min.value();
        // Offer the samples before the minimum, the minimum, then the samples after it, so
        // that the first minimum and the first later up-crossing are found in time order.
        for (int i = 0; i <= StepSearch.SAMPLES && ts[i] < minT; i++) {
            offerWithCrossing(f, i == 0 ? ts[0] : ts[i - 1], ts[i], vs[i]);
        }
        offer(minT, minV);
        for (int i = 0; i <= StepSearch.SAMPLES; i++) {
            if (ts[i] > minT) {
                double prev = i == 0 ? minT : Math.max(ts[i - 1], minT);
                offerWithCrossing(f, prev, ts[i], vs[i]);
            }
        }
    }

    /** Offers a sample at t2, locating the up-crossing inside (t1, t2] if one happens there. */
    private void offerWithCrossing(DoubleUnaryOperator f, double t1, double t2, double v2) {
        if (Double.isNaN(recoveryTime) && v2 > initialValue && t2 > nadirTime) {
            double v1 = f.applyAsDouble(t1);
            recoveryTime = v1 <= initialValue && t2 > t1 ? StepSearch.crossing(f, initialValue, t1, t2) : t1;
        }
        offer(t2, v2);
    }

    private void offer(double t, double v) {
        if (v < nadir) {
            nadir = v;
            nadirTime = t;
            recoveryTime = Double.NaN;
        } else if (Double.isNaN(recoveryTime) && v > initialValue) {
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
     * @return the first time after the (first) nadir at which the value exceeds the initial value
     *         (the nadir time itself if the value jumps above it there), or NaN if it does not
     *         within the run
     */
    public double recoveryTime() { return recoveryTime; }
}
