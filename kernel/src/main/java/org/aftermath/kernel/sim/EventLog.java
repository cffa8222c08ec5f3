package org.aftermath.kernel.sim;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.kernel.compile.CompiledModel;

/** Records every event with all observables just before and just after it. */
public final class EventLog implements SimulationObserver {

    /**
     * One applied event.
     *
     * @param time    event time, days
     * @param eventId the model's event id
     * @param before  observables just before (in {@link CompiledModel#observableNames()} order)
     * @param after   observables just after
     */
    public record Entry(double time, String eventId, double[] before, double[] after) { }

    private final List<Entry> entries = new ArrayList<>();
    private CompiledModel model;

    @Override
    public void start(CompiledModel model, double t0, double[] y, double[] p) {
        this.model = model;
        entries.clear();
    }

    @Override
    public void event(double t, String eventId, double[] yBefore, double[] pBefore,
                      double[] yAfter, double[] pAfter) {
        int n = model.observableNames().size();
        double[] before = new double[n];
        double[] after = new double[n];
        model.observables(t, yBefore, pBefore, before);
        model.observables(t, yAfter, pAfter, after);
        entries.add(new Entry(t, eventId, before, after));
    }

    /** @return the events in the order they were applied */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
