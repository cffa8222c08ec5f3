package org.aftermath.ode;

/** A view of a {@link DenseStep} that ends earlier: what listeners see of a step cut by a {@link StopCondition}. */
final class TruncatedStep implements DenseStep {
    private DenseStep step;
    private double end;

    /** @return this view of {@code s} ending at {@code newEnd} (in (start, s.end()]) */
    TruncatedStep set(DenseStep s, double newEnd) {
        this.step = s;
        this.end = newEnd;
        return this;
    }

    @Override
    public double start() {
        return step.start();
    }

    @Override
    public double end() {
        return end;
    }

    @Override
    public void interpolate(double t, double[] out) {
        step.interpolate(t, out);
    }

    /**
     * Asks {@code stop} about {@code s}, then hands the listener the step as far as it goes.
     *
     * @return NaN when the integration goes on, else the stop time (clamped into the step)
     */
    static double report(DenseStep s, StopCondition stop, StepListener listener, TruncatedStep view) {
        double at = stop.stopTime(s);
        if (Double.isNaN(at)) {
            listener.step(s);
            return Double.NaN;
        }
        at = Math.min(Math.max(at, Math.nextUp(s.start())), s.end());
        listener.step(at == s.end() ? s : view.set(s, at));
        return at;
    }
}
