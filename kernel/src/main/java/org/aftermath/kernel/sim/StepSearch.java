package org.aftermath.kernel.sim;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * Exact searches inside one integration step, for observers that read the dense output: the
 * extremum of a function of time over [a, b] ({@value #SAMPLES} + 1 equally spaced samples, the
 * best interior one refined with Brent's method; {@link NadirTracker} uses the same search), and the time a
 * function crosses a level inside a bracket (Brent-type root finder). Times are accurate to about
 * 1e-10 days.
 */
public final class StepSearch {

    /** Samples per step, plus one. */
    public static final int SAMPLES = 16;
    private static final double TIME_ACCURACY = 1e-10;
    /** The root finder's relative accuracy in time (Hipparchus' default). */
    private static final double RELATIVE_ACCURACY = 1e-14;

    /** A point of a function: time and value. */
    public record Point(double t, double value) { }

    private StepSearch() { }

    /**
     * @param a start of the interval
     * @param b end of the interval, &gt;= a
     * @param f the function, smooth on [a, b]
     * @return the first sampled maximum, refined when interior
     */
    public static Point maximum(double a, double b, DoubleUnaryOperator f) {
        return extremum(a, b, f, GoalType.MAXIMIZE);
    }

    /** @return the first sampled minimum of f over [a, b], refined when interior */
    public static Point minimum(double a, double b, DoubleUnaryOperator f) {
        return extremum(a, b, f, GoalType.MINIMIZE);
    }

    /**
     * @param f     the function
     * @param level the level
     * @param t1    bracket start, with f(t1) &lt; level
     * @param t2    bracket end, with f(t2) &gt;= level
     * @return a time in [t1, t2] where f crosses level
     */
    public static double crossing(DoubleUnaryOperator f, double level, double t1, double t2) {
        // The solver tests a bracket by the sign of a product of two function values, which
        // underflows to 0 below about 1e-154 (a burden of 1e-291 cells after a 1 - 1e-10 kill),
        // and it stops when a value is below an absolute accuracy. So it works on the difference
        // scaled by a power of two (exact: the same iterates at any magnitude) to order 1 at the
        // bracket ends, and stops on the time accuracy alone.
        double size = Math.max(Math.abs(f.applyAsDouble(t1) - level), Math.abs(f.applyAsDouble(t2) - level));
        double scale = size > 0 && Double.isFinite(size) ? Math.scalb(1.0, -Math.getExponent(size)) : 1.0;
        return new BracketingNthOrderBrentSolver(RELATIVE_ACCURACY, TIME_ACCURACY, 0.0, 5)
                .solve(200, t -> (f.applyAsDouble(t) - level) * scale, t1, t2);
    }

    /**
     * @param a start of the interval
     * @param b end of the interval
     * @param i sample index, 0 to {@value #SAMPLES}
     * @return the i-th of the {@value #SAMPLES} + 1 equally spaced sample times of [a, b], exactly b
     *         for i = {@value #SAMPLES}
     */
    public static double sampleTime(double a, double b, int i) {
        return i == SAMPLES ? b : a + (b - a) * i / SAMPLES;
    }

    /**
     * The minimum from samples the caller has already taken (and needs itself), so that f is
     * not evaluated at them twice.
     *
     * @param ts the {@value #SAMPLES} + 1 sample times ({@link #sampleTime})
     * @param vs f at those times
     * @param f  the function, for the refinement
     * @return the first sampled minimum, refined when interior
     */
    public static Point minimum(double[] ts, double[] vs, DoubleUnaryOperator f) {
        return refine(ts, vs, f, GoalType.MINIMIZE);
    }

    private static Point extremum(double a, double b, DoubleUnaryOperator f, GoalType goal) {
        double[] ts = new double[SAMPLES + 1];
        double[] vs = new double[SAMPLES + 1];
        for (int i = 0; i <= SAMPLES; i++) {
            ts[i] = sampleTime(a, b, i);
            vs[i] = f.applyAsDouble(ts[i]);
        }
        return refine(ts, vs, f, goal);
    }

    private static Point refine(double[] ts, double[] vs, DoubleUnaryOperator f, GoalType goal) {
        double sign = goal == GoalType.MAXIMIZE ? 1 : -1;
        int best = 0;
        for (int i = 1; i <= SAMPLES; i++) {
            if (sign * vs[i] > sign * vs[best]) {
                best = i;
            }
        }
        if (best > 0 && best < SAMPLES) {
            UnivariatePointValuePair refined = new BrentOptimizer(1e-14, TIME_ACCURACY).optimize(new MaxEval(200), goal,
                    new UnivariateObjectiveFunction(f::applyAsDouble),
                    new SearchInterval(ts[best - 1], ts[best + 1], ts[best]));
            if (sign * refined.getValue() > sign * vs[best]) {
                return new Point(refined.getPoint(), refined.getValue());
            }
        }
        return new Point(ts[best], vs[best]);
    }
}
