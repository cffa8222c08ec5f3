package org.aftermath.kernel.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aftermath.kernel.compile.CompiledEvent;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.ode.IntegrationStats;
import org.aftermath.ode.Integrator;
import org.aftermath.ode.OdeSystem;

/**
 * Runs a compiled model from a start to an end time, integrating piecewise between event times
 * so that every event lands exactly at its time.
 *
 * <p>Event semantics: an event whose trigger time lies in [t0, t1] fires once at that time;
 * events at the same time fire in the model's order, each on the values left by the one before;
 * an event whose time is at or before t0 fires at t0, after initialisation; an event at t1 fires
 * before the end. Events after t1 are counted as skipped.
 */
public final class Simulator {
    private final CompiledModel model;

    /** @param model the model to run; shared, thread-safe */
    public Simulator(CompiledModel model) {
        this.model = model;
    }

    /** @return the model this simulator runs */
    public CompiledModel model() {
        return model;
    }

    /**
     * Runs the model.
     *
     * @param parameters parameter vector (copied), or null for the model's defaults
     * @param t0         start time, days
     * @param t1         end time, days, &gt;= t0
     * @param integrator a fresh integrator for this run (not shared between threads)
     * @param observers  notified in list order
     * @return the final state and work counters
     * @throws IllegalArgumentException if t1 &lt; t0 or the parameter vector has the wrong length
     * @throws org.aftermath.ode.IntegrationException if integration fails
     */
    public SimulationResult run(double[] parameters, double t0, double t1, Integrator integrator,
                                List<? extends SimulationObserver> observers) {
        if (!(t1 >= t0)) {
            throw new IllegalArgumentException("end time " + t1 + " is before start time " + t0);
        }
        long started = System.nanoTime();
        double[] p = parameters == null ? model.defaultParameters() : parameters.clone();
        if (p.length != model.parameterNames().size()) {
            throw new IllegalArgumentException("expected " + model.parameterNames().size()
                    + " parameters, got " + p.length);
        }
        double[] y = new double[model.stateNames().size()];
        model.initialize(p, y);
        for (SimulationObserver o : observers) {
            o.start(model, t0, y, p);
        }

        List<Scheduled> schedule = schedule(p, t0);
        IntegrationStats stats = new IntegrationStats();
        OdeSystem system = model.system(p);
        StepMemo memo = new StepMemo(model);
        int applied = 0;
        int skipped = 0;
        double t = t0;
        double[] yBefore = new double[y.length];
        double[] pBefore = new double[p.length];
        for (Scheduled s : schedule) {
            if (s.time > t1) {
                skipped++;
                continue;
            }
            if (s.time > t) {
                integrate(integrator, system, t, y, s.time, p, observers, stats, memo);
                t = s.time;
            }
            System.arraycopy(y, 0, yBefore, 0, y.length);
            System.arraycopy(p, 0, pBefore, 0, p.length);
            s.event.apply(t, y, p);
            integrator.discontinuity();
            applied++;
            for (SimulationObserver o : observers) {
                o.event(t, s.event.id(), yBefore, pBefore, y, p);
            }
        }
        if (t1 > t) {
            integrate(integrator, system, t, y, t1, p, observers, stats, memo);
        }
        for (SimulationObserver o : observers) {
            o.finish(t1, y, p);
        }
        return new SimulationResult(y.clone(), p.clone(), applied, skipped, stats,
                integrator.name(), System.nanoTime() - started);
    }

    private List<Scheduled> schedule(double[] p, double t0) {
        List<CompiledEvent> events = model.events();
        List<Scheduled> schedule = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            CompiledEvent e = events.get(i);
            double time = e.triggerTime(p);
            if (Double.isNaN(time)) {
                throw new IllegalArgumentException("event " + e.id() + " has an undefined trigger time");
            }
            schedule.add(new Scheduled(Math.max(time, t0), i, e));
        }
        schedule.sort(Comparator.comparingDouble((Scheduled s) -> s.time).thenComparingInt(s -> s.order));
        return schedule;
    }

    private static void integrate(Integrator integrator, OdeSystem system, double from, double[] y,
                                  double to, double[] p, List<? extends SimulationObserver> observers,
                                  IntegrationStats stats, StepMemo memo) {
        integrator.integrate(system, from, y, to, step -> {
            memo.wrap(step);
            for (SimulationObserver o : observers) {
                o.step(memo, p);
            }
        }, stats);
    }

    private record Scheduled(double time, int order, CompiledEvent event) { }
}
