package org.aftermath.kernel.sim;

import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.ode.DenseStep;

/**
 * Evaluates one named observable of a compiled model from a state. Holds scratch buffers:
 * one instance per thread.
 */
public final class Observable {
    private final CompiledModel model;
    private final int index;
    private final String name;
    private final double[] state;

    /**
     * @param model the compiled model
     * @param name  an observable (assignment-rule variable) of the model
     * @throws IllegalArgumentException if the model has no such observable
     */
    public Observable(CompiledModel model, String name) {
        this.model = model;
        this.index = model.observableIndex(name);
        if (index < 0) {
            throw new IllegalArgumentException("the model has no observable '" + name
                    + "' (observables: " + model.observableNames() + ")");
        }
        this.name = name;
        this.state = new double[model.stateNames().size()];
    }

    /** @return the observable's name */
    public String name() {
        return name;
    }

    /** @return the observable's value at (t, y, p) */
    public double value(double t, double[] y, double[] p) {
        return model.observable(index, t, y, p);
    }

    /**
     * @return the observable's value inside a step, from its dense output (shared with the other
     *         observers when the step is the simulator's)
     */
    public double value(DenseStep step, double t, double[] p) {
        if (step instanceof StepMemo memo && memo.model() == model) {
            return model.observable(index, t, memo.state(t), p);
        }
        step.interpolate(t, state);
        return value(t, state, p);
    }
}
