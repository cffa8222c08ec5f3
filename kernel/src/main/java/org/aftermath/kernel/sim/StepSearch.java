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
 * best interior one refined with Brent's method, as {@link NadirTracker} does), and the time a
 * function crosses a level inside a bracket (Brent-type root finder). Times are accurate to about
 * 1e-10 days.
 */
public final class StepSearch {

    /** Samples per step, plus one: the same resolution as {@link NadirTracker}. */
    public static final int SAMPLES = 16;
    private static final double TIME_ACCURACY = 1e-10;

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
        return new BracketingNthOrderBrentSolver(TIME_ACCURACY, 5).solve(200, t -> f.applyAsDouble(t) - level, t1, t2);
    }

    private static Point extremum(double a, double b, DoubleUnaryOperator f, GoalType goal) {
        double sign = goal == GoalType.MAXIMIZE ? 1 : -1;
        double[] ts = new double[SAMPLES + 1];
        double[] vs = new double[SAMPLES + 1];
        int best = 0;
        for (int i = 0; i <= SAMPLES; i++) {
            ts[i] = i == SAMPLES ? b : a + (b - a) * i / SAMPLES;
            vs[i] = f.applyAsDouble(ts[i]);
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
