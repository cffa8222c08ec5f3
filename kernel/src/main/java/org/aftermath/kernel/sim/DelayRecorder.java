package org.aftermath.kernel.sim;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.Delays;
import org.aftermath.ode.DenseStep;

/**
 * The history of a run's delayed quantities (the x of every {@code delay(x, d)}): on each step,
 * x at five equally spaced times, read back by quartic interpolation (the dense output's order);
 * at an event, a point with the values after it. Before the start the model is taken to have
 * rested in its initial state (as declared, before any event or fast equilibrium, its initial
 * assignments evaluated at the earlier time) while time ran: x is evaluated at the earlier time
 * on that state with every rateOf 0, so {@code delay(time, 1)} is t − 1, {@code delay(S, 1)} is
 * S's initial value and {@code delay(rateOf(S), 1)} is 0 (the SBML Test Suite's reading).
 */
final class DelayRecorder implements Delays.History {

    private static final int NODES = 5;

    /** One step: its times and, per delay call, the values at its nodes. */
    private record Piece(double start, double end, double[][] values) { }

    private final CompiledModel model;
    private final int k;
    private final List<Piece> pieces = new ArrayList<>();
    private final double[] y;
    private final double[] x;

    DelayRecorder(CompiledModel model) {
        this.model = model;
        this.k = model.delayCount();
        this.y = new double[model.stateNames().size()];
        this.x = new double[k];
    }

    private double startTime = Double.NaN;
    private double[] startState;
    private double[] startParameters;

    /** Remembers the initial state, which x is evaluated on before the start. */
    void start(double t0, double[] state, double[] p) {
        startTime = t0;
        startState = state.clone();
        startParameters = p.clone();
    }

    /** Records the values at a point in time (the start, or after an event). */
    void point(double t, double[] state, double[] p) {
        model.delayArguments(t, state, p, x);
        double[][] values = new double[k][NODES];
        for (int j = 0; j < k; j++) {
            java.util.Arrays.fill(values[j], x[j]);
        }
        pieces.add(new Piece(t, t, values));
    }

    /** Records a step. */
    void step(DenseStep s, double[] p) {
        double a = s.start();
        double b = s.end();
        double[][] values = new double[k][NODES];
        for (int m = 0; m < NODES; m++) {
            double t = m == NODES - 1 ? b : a + (b - a) * m / (NODES - 1);
            s.interpolate(t, y);
            model.delayArguments(t, y, p, x);
            for (int j = 0; j < k; j++) {
                values[j][m] = x[j];
            }
        }
        pieces.add(new Piece(a, b, values));
    }

    /** @return the smallest delay now (method of steps: no integration segment may be longer), or +∞ */
    double smallestDelay(double t, double[] state, double[] p) {
        double[] d = new double[k];
        model.delayTimes(t, state, p, d);
        double min = Double.POSITIVE_INFINITY;
        for (double v : d) {
            if (v > 0 && v < min) {
                min = v;
            }
        }
        return min;
    }

    @Override
    public double value(int index, double time, double current) {
        if (time < startTime) {
            double[] p = startParameters.clone();
            double[] y0 = new double[startState.length];
            model.initializeAt(time, p, y0);
            return model.delayArgumentAtRest(index, time, y0, p);
        }
        if (pieces.isEmpty()) {
            return current;
        }
        Piece first = pieces.get(0);
        if (time <= first.start()) {
            return first.values()[index][0];
        }
        Piece last = pieces.get(pieces.size() - 1);
        if (time > last.end()) {
            return current;
        }
        int lo = 0;
        int hi = pieces.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (pieces.get(mid).start() <= time) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        Piece piece = pieces.get(lo);
        double[] v = piece.values()[index];
        double span = piece.end() - piece.start();
        if (span <= 0) {
            return v[0];
        }
        double s = (time - piece.start()) / span * (NODES - 1);
        double result = 0;
        for (int m = 0; m < NODES; m++) {
            double w = 1;
            for (int j = 0; j < NODES; j++) {
                if (j != m) {
                    w *= (s - j) / (m - j);
                }
            }
            result += w * v[m];
        }
        return result;
    }
}
