package org.aftermath.runner;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.sim.Observable;
import org.aftermath.kernel.sim.SimulationObserver;
import org.aftermath.ode.DenseStep;

/**
 * Records an observable at given times from the exact trajectory, with the value just
 * <em>before</em> any event at that time (a scan precedes the dose given the same day): a time
 * inside or at the end of a step is read from the step's dense output, which ends before the
 * events at its end time; the start time is read before any event there.
 */
final class AssessmentSampler implements SimulationObserver {
    private final String observableName;
    private final double[] times;
    private final double[] values;
    private Observable observable;
    private int next;

    /**
     * @param observableName the observable to record
     * @param times          assessment times in increasing order, within the run
     */
    AssessmentSampler(String observableName, double[] times) {
        this.observableName = observableName;
        this.times = times.clone();
        this.values = new double[times.length];
    }

    @Override
    public void start(CompiledModel model, double t0, double[] y, double[] p) {
        observable = new Observable(model, observableName);
        next = 0;
        double v = observable.value(t0, y, p);
        while (next < times.length && times[next] <= t0) {
            values[next++] = v;
        }
    }

    @Override
    public void step(DenseStep s, double[] p) {
        while (next < times.length && times[next] <= s.end()) {
            values[next] = observable.value(s, Math.max(times[next], s.start()), p);
            next++;
        }
    }

    @Override
    public void finish(double t1, double[] y, double[] p) {
        double v = observable.value(t1, y, p);
        while (next < times.length) {
            values[next++] = v;
        }
    }

    /** @return the recorded values, in the order of the times */
    List<double[]> samples() {
        List<double[]> out = new ArrayList<>(times.length);
        for (int i = 0; i < times.length; i++) {
            out.add(new double[] {times[i], values[i]});
        }
        return out;
    }
}
