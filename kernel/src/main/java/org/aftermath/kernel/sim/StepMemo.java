package org.aftermath.kernel.sim;

import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.ode.DenseStep;

/**
 * The step the {@link Simulator} hands to its observers: the integrator's step, with the
 * interpolated states and the observables remembered per sample time for the duration of the
 * step. Observers sample the same times (the {@link StepSearch#SAMPLES} + 1 equally spaced
 * points, quadrature nodes), so each time is interpolated once per step instead of once per
 * observer. The values are the integrator's, bit for bit; only repeated work is skipped.
 *
 * <p>Keeps the last {@value #CAPACITY} distinct times of the current step (older ones are
 * recomputed when asked again). One instance per simulation; not thread-safe.
 */
final class StepMemo implements DenseStep {

    static final int CAPACITY = 64;

    private final CompiledModel model;
    private final double[] times = new double[CAPACITY];
    private final double[][] states;
    private final double[][] observables;
    private final boolean[] observed = new boolean[CAPACITY];
    private DenseStep step;
    private double[] p;
    private int size;
    private int next;

    /** @param model the model whose states and observables are remembered */
    StepMemo(CompiledModel model) {
        this.model = model;
        int n = model.stateNames().size();
        int m = model.observableNames().size();
        states = new double[CAPACITY][n];
        observables = new double[CAPACITY][m];
    }

    /**
     * Starts a new step: forgets everything remembered.
     *
     * @param s the integrator's step
     * @param parameters the parameters in force during the step (constant over it)
     */
    void wrap(DenseStep s, double[] parameters) {
        step = s;
        p = parameters;
        size = 0;
        next = 0;
    }

    /** @return the model whose observables this step evaluates */
    CompiledModel model() {
        return model;
    }

    @Override
    public double start() {
        return step.start();
    }

    @Override
    public double end() {
        return step.end();
    }

    @Override
    public void interpolate(double t, double[] out) {
        double[] y = states[slot(t)];
        System.arraycopy(y, 0, out, 0, y.length);
    }

    /**
     * @param t a time in the step
     * @param parameters the parameters the caller evaluates with; the memo is used only when
     *                   they are the ones in force during the step
     * @return every observable at t, from the interpolated state; valid until the next call
     */
    double[] observables(double t, double[] parameters) {
        int k = slot(t);
        if (parameters != p) {
            model.observables(t, states[k], parameters, observables[k]);
            observed[k] = false;
            return observables[k];
        }
        if (!observed[k]) {
            model.observables(t, states[k], p, observables[k]);
            observed[k] = true;
        }
        return observables[k];
    }

    /** @return the slot holding the state at t, interpolating it if it is not remembered */
    private int slot(double t) {
        for (int i = 0; i < size; i++) {
            if (times[i] == t) {
                return i;
            }
        }
        int k = next;
        next = (next + 1) % CAPACITY;
        size = Math.max(size, next == 0 ? CAPACITY : next);
        times[k] = t;
        observed[k] = false;
        step.interpolate(t, states[k]);
        return k;
    }
}
