package org.aftermath.kernel.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.aftermath.kernel.compile.CompiledEvent;
import org.aftermath.kernel.model.Event;

/**
 * The events of one run and their state: each trigger's last value, and the triggered event
 * instances waiting to execute (SBML Level 3 Version 2 semantics, see {@link Event}).
 *
 * <p>Triggers are read at "right limits": at a time t the simulator stopped at, a trigger is
 * evaluated at t + δ (δ = 2 ulp) on the state at t, so that {@code time > e} is true at a stop at
 * e, like {@code time >= e}. A scheduled event ({@code time >= e}, e constant) is not evaluated:
 * it is true from e on.
 */
final class EventQueue {

    /** A triggered event waiting for its execution time. */
    private record Instance(int event, double time, double[] values, long sequence) { }

    private final List<CompiledEvent> events;
    private final Event[] definitions;
    private final double[] scheduled;
    private final boolean[] value;
    private final List<Instance> pending = new ArrayList<>();
    private final SplittableRandom random;
    private long sequence;

    /**
     * @param events the model's events
     * @param p      the parameters at the start (scheduled times are read from them)
     * @param random a seeded generator breaking ties between simultaneous events of equal
     *               priority, or null for model order
     */
    EventQueue(List<CompiledEvent> events, double[] p, SplittableRandom random) {
        this.events = events;
        this.random = random;
        int n = events.size();
        definitions = new Event[n];
        scheduled = new double[n];
        value = new boolean[n];
        for (int i = 0; i < n; i++) {
            CompiledEvent e = events.get(i);
            definitions[i] = e.definition();
            scheduled[i] = e.triggerTime(p);
            if (e.scheduled() && Double.isNaN(scheduled[i])) {
                throw new IllegalArgumentException("event " + e.id() + " has an undefined trigger time");
            }
        }
    }

    /** @return the number of events */
    int size() {
        return events.size();
    }

    /** @return the time at which scheduled event i fires, or NaN for a state-triggered one */
    double scheduledTime(int i) {
        return scheduled[i];
    }

    /** @return true when some event is not scheduled (its trigger must be watched on the state) */
    boolean watchesState() {
        for (double s : scheduled) {
            if (Double.isNaN(s)) {
                return true;
            }
        }
        return false;
    }

    /** @return the trigger of event i at the right limit of t */
    boolean trigger(int i, double t, double[] y, double[] p) {
        if (!Double.isNaN(scheduled[i])) {
            return t >= scheduled[i];
        }
        return events.get(i).trigger(rightOf(t), y, p);
    }

    /** @return t + δ, where triggers are read at a stop at t */
    static double rightOf(double t) {
        return t + 2 * Math.ulp(Math.max(Math.abs(t), 1.0));
    }

    /** @return the last known value of event i's trigger */
    boolean value(int i) {
        return value[i];
    }

    /**
     * Reads every trigger at the start: an event whose trigger is true while its
     * {@code initialValue} is false is triggered at t0.
     */
    void start(double t0, double[] y, double[] p) {
        for (int i = 0; i < events.size(); i++) {
            value[i] = definitions[i].initialValue();
        }
        update(t0, y, p);
    }

    /**
     * Reads every trigger at t: a trigger that turned true triggers its event (executing after
     * its delay), one that turned false drops the waiting instances of its event if it is not
     * persistent.
     *
     * @return true if some trigger changed
     */
    boolean update(double t, double[] y, double[] p) {
        boolean changed = false;
        for (int i = 0; i < events.size(); i++) {
            boolean now = trigger(i, t, y, p);
            if (now == value[i]) {
                continue;
            }
            changed = true;
            value[i] = now;
            if (now) {
                triggered(i, t, y, p);
            } else if (!definitions[i].persistent()) {
                int event = i;
                pending.removeIf(x -> x.event() == event);
            }
        }
        return changed;
    }

    private void triggered(int i, double t, double[] y, double[] p) {
        CompiledEvent e = events.get(i);
        double delay = definitions[i].delay() == null ? 0.0 : e.delay(t, y, p);
        if (!(delay >= 0)) {
            throw new IllegalArgumentException("event " + e.id() + " has the delay " + delay + " at t = " + t
                    + "; a delay must be 0 or more");
        }
        double[] values = null;
        if (definitions[i].useValuesFromTriggerTime()) {
            values = new double[e.assignmentCount()];
            e.values(t, y, p, values);
        }
        pending.add(new Instance(i, t + delay, values, sequence++));
    }

    /** @return the earliest execution time of a waiting instance after t, or +∞ */
    double nextExecution(double t) {
        double next = Double.POSITIVE_INFINITY;
        for (Instance x : pending) {
            if (x.time() > t && x.time() < next) {
                next = x.time();
            }
        }
        return next;
    }

    /** @return true if an instance is due at or before t */
    boolean due(double t) {
        for (Instance x : pending) {
            if (x.time() <= t) {
                return true;
            }
        }
        return false;
    }

    /** What {@link #executeNext} reports. */
    interface Executor {
        /**
         * Executes one event.
         *
         * @param event  the event
         * @param values its assignment values computed when it was triggered, or null to compute them now
         */
        void execute(CompiledEvent event, double[] values);
    }

    /**
     * Executes the due instance of highest priority (evaluated now; an event without a priority
     * after those with one; ties in model order, or at random when seeded).
     *
     * @return false if nothing was due
     */
    boolean executeNext(double t, double[] y, double[] p, Executor executor) {
        int best = -1;
        double bestPriority = Double.NaN;
        int ties = 0;
        for (int k = 0; k < pending.size(); k++) {
            Instance x = pending.get(k);
            if (x.time() > t) {
                continue;
            }
            double priority = definitions[x.event()].priority() == null ? Double.NEGATIVE_INFINITY
                    : events.get(x.event()).priority(t, y, p);
            if (Double.isNaN(priority)) {
                priority = Double.NEGATIVE_INFINITY;
            }
            int order = best < 0 ? 1 : Double.compare(priority, bestPriority);
            if (order == 0) {
                order = random != null ? (random.nextInt(++ties + 1) == 0 ? 1 : -1) : compare(x, pending.get(best));
            } else if (order > 0) {
                ties = 0;
            }
            if (order > 0) {
                best = k;
                bestPriority = priority;
            }
        }
        if (best < 0) {
            return false;
        }
        Instance chosen = pending.remove(best);
        executor.execute(events.get(chosen.event()), chosen.values());
        return true;
    }

    /** Model order, then trigger order: negative when a goes first. */
    private static int compare(Instance a, Instance b) {
        int byEvent = Integer.compare(b.event(), a.event());
        return byEvent != 0 ? byEvent : Long.compare(b.sequence(), a.sequence());
    }
}
