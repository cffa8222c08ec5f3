package org.aftermath.kernel.sim;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.aftermath.kernel.compile.CompiledEvent;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.Delays;
import org.aftermath.ode.DenseStep;
import org.aftermath.ode.IntegrationException;
import org.aftermath.ode.IntegrationStats;
import org.aftermath.ode.Integrator;
import org.aftermath.ode.OdeSystem;
import org.aftermath.ode.StepListener;
import org.aftermath.ode.StopCondition;

/**
 * Runs a compiled model from a start to an end time, integrating piecewise between the times at
 * which something happens, so that every event lands exactly at its time.
 *
 * <p>Event semantics ({@link org.aftermath.kernel.model.Event}, SBML Level 3 Version 2): a
 * scheduled event ({@code time >= e}, e constant — a dose) fires at e, exactly; an event whose
 * time is at or before t0 fires at t0, after initialisation (unless its {@code initialValue} is
 * true); one at t1 fires before the end; scheduled events after t1 are counted as skipped. Any
 * other trigger is watched on the dense output ({@link TriggerWatch}) and the integration stops
 * where it turns true or false; time comparisons inside it switch at known times, where the
 * integration stops too. A triggered event executes after its delay; events due at the same time
 * execute one at a time, highest priority first, ties in model order or — with
 * {@link #withRandomTies} — in a seeded random order, each seeing the changes of those before it;
 * after each execution the triggers are read again (events it triggers join, non-persistent
 * events whose trigger it turned false leave).
 *
 * <p>{@code delay(x, d)}: x is recorded on every step ({@link DelayRecorder}) and segments are no
 * longer than the smallest delay, so every lookup falls in the recorded past (the method of
 * steps). Fast reactions are held at equilibrium ({@link RapidEquilibrium}). A model without
 * state variables has its events and observables run on time alone.
 */
public final class Simulator {

    /** Bound on event executions at one time (an event that keeps triggering itself). */
    static final int MAX_EXECUTIONS_AT_ONE_TIME = 100_000;

    private final CompiledModel model;
    private final Long seed;
    private final double segment;

    /** @param model the model to run; shared, thread-safe */
    public Simulator(CompiledModel model) {
        this(model, null, Double.POSITIVE_INFINITY);
    }

    private Simulator(CompiledModel model, Long seed, double segment) {
        this.model = model;
        this.seed = seed;
        this.segment = segment;
    }

    /**
     * @param tieSeed seed of the generator that orders simultaneous events of equal priority
     * @return a simulator that breaks such ties at random (SBML leaves their order undefined),
     *         reproducibly for one seed; without it they run in model order
     */
    public Simulator withRandomTies(long tieSeed) {
        return new Simulator(model, tieSeed, segment);
    }

    /**
     * @param length a time &gt; 0, typically the output interval
     * @return a simulator whose integration also stops at t0 + k·length, so that the trigger
     *         watch probes at least that finely even where the solution is so smooth that the
     *         integrator's steps are long
     */
    public Simulator withSegmentsOf(double length) {
        if (!(length > 0)) {
            throw new IllegalArgumentException("segment length must be > 0, got " + length);
        }
        return new Simulator(model, seed, length);
    }

    /** @return the model this simulator runs */
    public CompiledModel model() {
        return model;
    }

    /**
     * Runs the model.
     *
     * @param parameters parameter vector (copied), or null for the model's defaults
     * @param t0         start time
     * @param t1         end time, &gt;= t0
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
        DelayRecorder history = model.delayCount() > 0 ? new DelayRecorder(model) : null;
        try (Delays.Installation installed = history == null ? () -> { } : Delays.install(history)) {
            Run run = new Run(p, integrator, observers, history);
            run.execute(t0, t1);
            return new SimulationResult(run.y.clone(), p.clone(), run.applied, run.skipped, run.stats,
                    integrator.name(), System.nanoTime() - started);
        }
    }

    /** One run's state. */
    private final class Run implements EventQueue.Executor {
        final double[] p;
        final double[] y;
        final Integrator integrator;
        final List<? extends SimulationObserver> observers;
        final DelayRecorder history;
        final IntegrationStats stats = new IntegrationStats();
        final EventQueue queue;
        final RapidEquilibrium fast;
        final StepMemo memo;
        final double[] yBefore;
        final double[] pBefore;
        int applied;
        int skipped;
        double t;

        Run(double[] p, Integrator integrator, List<? extends SimulationObserver> observers, DelayRecorder history) {
            this.p = p;
            this.y = new double[model.stateNames().size()];
            this.integrator = integrator;
            this.observers = observers;
            this.history = history;
            this.queue = new EventQueue(model.events(), p, seed == null ? null : new SplittableRandom(seed));
            this.fast = model.fastReactionCount() > 0 ? new RapidEquilibrium(model) : null;
            this.memo = new StepMemo(model);
            this.yBefore = new double[y.length];
            this.pBefore = new double[p.length];
        }

        void execute(double t0, double t1) {
            model.initialize(p, y);
            t = t0;
            if (history != null) {
                history.start(t0, y, p);
            }
            if (fast != null) {
                fast.relax(t0, y, p, stats);
            }
            if (history != null) {
                history.point(t0, y, p);
            }
            for (SimulationObserver o : observers) {
                o.start(model, t0, y, p);
            }
            double[] stops = switchTimes(t0, t1);
            int nextStop = 0;
            queue.start(t0, y, p);
            cascade();
            OdeSystem slow = model.system(p);
            OdeSystem system = fast == null ? slow : fast.project(slow, p);
            boolean watchFast = fast != null && model.fastComparisons().size() > 0;
            TriggerWatch watch = queue.watchesState() || watchFast
                    ? new TriggerWatch(queue, model.events(), watchFast ? model.fastComparisons() : null, y.length) : null;
            StepListener listener = step -> {
                memo.wrap(step);
                if (history != null) {
                    history.step(step, p);
                }
                for (SimulationObserver o : observers) {
                    o.step(memo, p);
                }
            };
            while (t < t1) {
                while (nextStop < stops.length && stops[nextStop] <= t) {
                    nextStop++;
                }
                double to = Math.min(t1, nextStop < stops.length ? stops[nextStop] : t1);
                to = Math.min(to, queue.nextExecution(t));
                if (history != null) {
                    to = Math.min(to, t + history.smallestDelay(t, y, p));
                }
                if (segment < Double.POSITIVE_INFINITY) {
                    double k = Math.floor((t - t0) / segment) + 1;
                    while (t0 + k * segment <= t) {
                        k++;
                    }
                    to = Math.min(to, t0 + k * segment);
                }
                StopCondition stop = StopCondition.NEVER;
                if (watch != null) {
                    watch.reset(t, y, p);
                    stop = watch;
                }
                t = advance(system, to, listener, stop);
                if (fast != null && fast.relax(t, y, p, stats)) {
                    integrator.discontinuity();
                }
                queue.update(t, y, p);
                cascade();
            }
            for (SimulationObserver o : observers) {
                o.finish(t1, y, p);
            }
        }

        /** The times at which some trigger's time comparison switches, in [t0, t1], sorted; counts skipped doses. */
        private double[] switchTimes(double t0, double t1) {
            double[] all = new double[0];
            int size = 0;
            List<CompiledEvent> events = model.events();
            for (int i = 0; i < events.size(); i++) {
                double scheduled = queue.scheduledTime(i);
                if (!Double.isNaN(scheduled) && scheduled > t1) {
                    skipped++;
                }
                for (double s : events.get(i).switchTimes(p)) {
                    if (s >= t0 && s <= t1) {
                        if (size == all.length) {
                            all = Arrays.copyOf(all, Math.max(8, 2 * size));
                        }
                        all[size++] = s;
                    }
                }
            }
            all = Arrays.copyOf(all, size);
            Arrays.sort(all);
            return all;
        }

        /** Integrates from t towards {@code to}; @return the time reached (earlier when a trigger changed) */
        private double advance(OdeSystem system, double to, StepListener listener, StopCondition stop) {
            if (!(to > t)) {
                return t;
            }
            if (y.length > 0) {
                return integrator.integrate(system, t, y, to, listener, stats, stop);
            }
            double at = stop.stopTime(DenseStep.stateless(t, to));
            double reached = Double.isNaN(at) ? to : at;
            listener.step(DenseStep.stateless(t, reached));
            return reached;
        }

        /** Executes every event due at t, one at a time, reading the triggers again after each. */
        private void cascade() {
            int executions = 0;
            while (queue.executeNext(t, y, p, this)) {
                if (++executions > MAX_EXECUTIONS_AT_ONE_TIME) {
                    throw new IntegrationException("simulator", IntegrationException.Reason.ATTEMPT_LIMIT, "more than "
                            + MAX_EXECUTIONS_AT_ONE_TIME + " event executions at one time (an event that keeps"
                            + " triggering itself?)", t);
                }
                queue.update(t, y, p);
            }
        }

        @Override
        public void execute(CompiledEvent event, double[] values) {
            System.arraycopy(y, 0, yBefore, 0, y.length);
            System.arraycopy(p, 0, pBefore, 0, p.length);
            if (values == null) {
                event.apply(t, y, p);
            } else {
                event.assign(values, t, y, p);
            }
            if (fast != null) {
                fast.relax(t, y, p, stats);
            }
            integrator.discontinuity();
            applied++;
            if (history != null) {
                history.point(t, y, p);
            }
            for (SimulationObserver o : observers) {
                o.event(t, event.id(), yBefore, pBefore, y, p);
            }
        }
    }
}
