package org.aftermath.ode;

import java.util.function.ToDoubleFunction;

/**
 * Checks that steps are contiguous and moving forward, and tracks the largest value of a
 * state functional (e.g. a conservation defect) at step ends and interior points.
 */
final class StepRecorder implements StepListener {
    private final double[] state;
    private final ToDoubleFunction<double[]> functional;
    private double previousEnd;
    private long steps;
    private double maxFunctional;

    StepRecorder(int dimension, double t0, ToDoubleFunction<double[]> functional) {
        this.state = new double[dimension];
        this.previousEnd = t0;
        this.functional = functional;
    }

    @Override
    public void step(DenseStep step) {
        if (step.start() != previousEnd || !(step.end() > step.start())) {
            throw new AssertionError("step [" + step.start() + ", " + step.end() + "] after " + previousEnd);
        }
        steps++;
        previousEnd = step.end();
        for (int j = 1; j <= 4; j++) {
            step.interpolate(step.start() + (step.end() - step.start()) * j / 4, state);
            maxFunctional = Math.max(maxFunctional, functional.applyAsDouble(state));
        }
    }

    long steps() {
        return steps;
    }

    double lastEnd() {
        return previousEnd;
    }

    double maxFunctional() {
        return maxFunctional;
    }
}
