package org.aftermath.kernel.sim;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.kernel.compile.CompiledEvent;
import org.aftermath.kernel.compile.Comparisons;
import org.aftermath.ode.DenseStep;
import org.aftermath.ode.StopCondition;

/**
 * Locates, on each step's dense output, the first time at which a trigger that is not scheduled
 * changes its value (or a comparison inside a fast reaction's rate switches), and ends the
 * integration there.
 *
 * <p>The comparisons inside the triggers are watched as differences g = a − b: each step is
 * probed at {@value #PROBES} equally spaced times; in the first interval where a comparison (or
 * a trigger) differs from its value at the interval's start, each switching comparison's time is
 * found by the Illinois variant of regula falsi on g to a few ulp, the earliest is taken, the
 * triggers are read there and, if one changed, the step stops there (the state is the dense
 * output at that time). A comparison that switches and switches back between two probes is not
 * seen.
 */
final class TriggerWatch implements StopCondition {

    static final int PROBES = 4;
    private static final int MAX_ITERATIONS = 200;

    private final EventQueue queue;
    private final List<CompiledEvent> events;
    private final List<Comparisons> groups = new ArrayList<>();
    private final List<Integer> offsets = new ArrayList<>();
    private final int fastGroup;
    private final boolean[] reference;
    private final double[] g;
    private final double[] gLo;
    private final double[] gHi;
    private final double[] y;
    private double[] p;

    /**
     * @param queue     the run's events
     * @param events    the compiled events
     * @param fast      the comparisons inside fast rates (switching one stops the step too), or null
     * @param dimension the state's dimension
     */
    TriggerWatch(EventQueue queue, List<CompiledEvent> events, Comparisons fast, int dimension) {
        this.queue = queue;
        this.events = events;
        int size = 0;
        for (int i = 0; i < events.size(); i++) {
            if (Double.isNaN(queue.scheduledTime(i))) {
                groups.add(events.get(i).atoms());
                offsets.add(size);
                size += events.get(i).atoms().size();
            }
        }
        fastGroup = fast == null ? -1 : groups.size();
        if (fast != null) {
            groups.add(fast);
            offsets.add(size);
            size += fast.size();
        }
        reference = new boolean[size];
        g = new double[size];
        gLo = new double[size];
        gHi = new double[size];
        y = new double[dimension];
    }

    /** Takes the comparisons' values at the right limit of t as the reference for the next segment. */
    void reset(double t, double[] state, double[] parameters) {
        p = parameters;
        values(EventQueue.rightOf(t), state, g);
        holds(g, reference);
    }

    private void values(double t, double[] state, double[] out) {
        for (int k = 0; k < groups.size(); k++) {
            groups.get(k).values(t, state, p, out, offsets.get(k));
        }
    }

    private void holds(double[] values, boolean[] out) {
        for (int k = 0; k < groups.size(); k++) {
            Comparisons c = groups.get(k);
            int offset = offsets.get(k);
            for (int j = 0; j < c.size(); j++) {
                out[offset + j] = c.holds(j, values[offset + j]);
            }
        }
    }

    private boolean switched(double[] values, int index) {
        for (int k = groups.size() - 1; k >= 0; k--) {
            int offset = offsets.get(k);
            if (index >= offset) {
                return groups.get(k).holds(index - offset, values[index]) != reference[index];
            }
        }
        return false;
    }

    private boolean anySwitched(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (switched(values, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean fastSwitched(double[] values) {
        if (fastGroup < 0) {
            return false;
        }
        int offset = offsets.get(fastGroup);
        for (int j = 0; j < groups.get(fastGroup).size(); j++) {
            if (switched(values, offset + j)) {
                return true;
            }
        }
        return false;
    }

    private boolean triggerChanged(double t, double[] state) {
        for (int i = 0; i < events.size(); i++) {
            if (Double.isNaN(queue.scheduledTime(i)) && events.get(i).trigger(t, state, p) != queue.value(i)) {
                return true;
            }
        }
        return false;
    }

    /** Evaluates the comparisons (into {@code out}) and reports whether anything changed at t. */
    private boolean differs(DenseStep step, double t, double[] out) {
        step.interpolate(t, y);
        values(t, y, out);
        return anySwitched(out) || triggerChanged(t, y);
    }

    @Override
    public double stopTime(DenseStep step) {
        double a = step.start();
        double b = step.end();
        double lo = a;
        values(a, interpolated(step, a), gLo);
        for (int i = 1; i <= PROBES; i++) {
            double probe = i == PROBES ? b : a + (b - a) * i / PROBES;
            for (int round = 0; round <= reference.length + events.size(); round++) {
                if (!differs(step, probe, gHi)) {
                    break;
                }
                double at = locate(step, lo, probe);
                step.interpolate(at, y);
                values(at, y, g);
                if (triggerChanged(at, y) || fastSwitched(g)) {
                    return at;
                }
                holds(g, reference);
                lo = at;
                System.arraycopy(g, 0, gLo, 0, g.length);
            }
            lo = probe;
            System.arraycopy(gHi, 0, gLo, 0, gHi.length);
        }
        holds(gLo, reference);
        return Double.NaN;
    }

    private double[] interpolated(DenseStep step, double t) {
        step.interpolate(t, y);
        return y;
    }

    /**
     * @return the earliest time in (lo, hi] at which a comparison or trigger differs from its
     *         reference, given that one does at hi ({@link #gLo}, {@link #gHi} hold g at lo, hi)
     */
    private double locate(DenseStep step, double lo, double hi) {
        double earliest = hi;
        double[] gAt = new double[g.length];
        boolean comparison = false;
        for (int k = 0; k < g.length; k++) {
            if (!switched(gHi, k)) {
                continue;
            }
            comparison = true;
            double a = lo;
            double b = Math.min(hi, earliest);
            double ga = gLo[k];
            step.interpolate(b, y);
            values(b, y, gAt);
            double gb = gAt[k];
            if (!switched(gAt, k)) {
                continue;
            }
            int side = 0;
            for (int it = 0; it < MAX_ITERATIONS && b - a > 4 * Math.ulp(b); it++) {
                double t = b - gb * (b - a) / (gb - ga);
                if (!(t > a && t < b)) {
                    t = a + 0.5 * (b - a);
                }
                step.interpolate(t, y);
                values(t, y, gAt);
                double gt = gAt[k];
                if (switched(gAt, k)) {
                    b = t;
                    gb = gt;
                    if (side == -1) {
                        ga *= 0.5;
                    }
                    side = -1;
                } else {
                    a = t;
                    ga = gt;
                    if (side == 1) {
                        gb *= 0.5;
                    }
                    side = 1;
                }
            }
            earliest = Math.min(earliest, b);
        }
        if (comparison) {
            return earliest;
        }
        // a trigger changed without any of its comparisons switching: bisect on the triggers
        double a = lo;
        double b = hi;
        for (int it = 0; it < MAX_ITERATIONS && b - a > 4 * Math.ulp(b); it++) {
            double t = a + 0.5 * (b - a);
            step.interpolate(t, y);
            if (triggerChanged(t, y)) {
                b = t;
            } else {
                a = t;
            }
        }
        return b;
    }
}
