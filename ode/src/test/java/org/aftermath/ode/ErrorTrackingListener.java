package org.aftermath.ode;

/**
 * Compares every accepted step with a {@link ReferenceProblem}'s exact solution: at the step end
 * and at {@code interiorPoints} equally spaced points inside the step (dense output). Also checks
 * that steps are contiguous and in time order.
 */
final class ErrorTrackingListener implements StepListener {
    private final ReferenceProblem problem;
    private final int interiorPoints;
    private final double[] state;
    private double previousEnd;
    private long steps;
    private double maxEndError;
    private double maxDenseError;

    ErrorTrackingListener(ReferenceProblem problem, int interiorPoints) {
        this.problem = problem;
        this.interiorPoints = interiorPoints;
        this.state = new double[problem.dimension()];
        this.previousEnd = problem.t0();
    }

    @Override
    public void step(DenseStep step) {
        if (step.start() != previousEnd) {
            throw new AssertionError("step starts at " + step.start() + ", previous ended at " + previousEnd);
        }
        if (!(step.end() > step.start())) {
            throw new AssertionError("empty or backward step [" + step.start() + ", " + step.end() + "]");
        }
        steps++;
        previousEnd = step.end();
        step.interpolate(step.end(), state);
        maxEndError = Math.max(maxEndError, problem.relativeError(step.end(), state));
        for (int j = 1; j <= interiorPoints; j++) {
            double t = step.start() + (step.end() - step.start()) * j / (interiorPoints + 1);
            step.interpolate(t, state);
            maxDenseError = Math.max(maxDenseError, problem.relativeError(t, state));
        }
    }

    long steps() {
        return steps;
    }

    double lastEnd() {
        return previousEnd;
    }

    /** @return the largest relative error seen at step ends */
    double maxEndError() {
        return maxEndError;
    }

    /** @return the largest relative error seen at interior (interpolated) points */
    double maxDenseError() {
        return maxDenseError;
    }
}
