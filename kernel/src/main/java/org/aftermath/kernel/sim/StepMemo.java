package org.aftermath.kernel.sim;

import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.ode.DenseStep;

/**
 * The step the {@link Simulator} hands to its observers: the integrator's step, with the
 * interpolated states remembered per sample time for the duration of the step. Observers sample the same times (the {@link StepSearch#SAMPLES} + 1 equally spaced
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
    private DenseStep step;
    private int size;
    private int next;

    /** @param model the model whose states are remembered */
    StepMemo(CompiledModel model) {
        this.model = model;
        states = new double[CAPACITY][model.stateNames().size()];
    }

    /**
     * Starts a new step: forgets everything remembered.
     *
     * @param s the integrator's step
     */
    void wrap(DenseStep s) {
        step = s;
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
     * @return the state at t, remembered: read it, do not modify or keep it
     */
    double[] state(double t) {
        return states[slot(t)];
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
        step.interpolate(t, states[k]);
        return k;
    }
}
