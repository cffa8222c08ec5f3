package org.aftermath.ode;

import java.util.Objects;

/** Argument and state checks shared by the integrators. */
final class IntegrationArguments {
    private IntegrationArguments() { }

    /**
     * Checks the arguments of {@link Integrator#integrate}.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if y does not match the system or the interval is not
     *                                  finite and ordered
     */
    static void check(OdeSystem system, double t0, double[] y, double t1, StepListener listener,
                      IntegrationStats stats) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(stats, "stats");
        if (y.length != system.dimension()) {
            throw new IllegalArgumentException("y.length = " + y.length + " but system dimension = "
                                               + system.dimension());
        }
        if (!Double.isFinite(t0) || !Double.isFinite(t1) || t1 < t0) {
            throw new IllegalArgumentException("need finite t0 <= t1, got t0 = " + t0 + ", t1 = " + t1);
        }
    }

    /**
     * @param scales per-component multipliers of the absolute tolerance, or null
     * @return a copy, or null
     * @throws IllegalArgumentException if a scale is not positive and finite
     */
    static double[] checkScales(double[] scales) {
        if (scales == null) {
            return null;
        }
        for (int i = 0; i < scales.length; i++) {
            if (!(scales[i] > 0) || Double.isInfinite(scales[i])) {
                throw new IllegalArgumentException("absolute-tolerance scale " + i + " must be > 0 and finite, got "
                                                   + scales[i]);
            }
        }
        return scales.clone();
    }

    /**
     * @throws IllegalArgumentException if scales is not null and its length is not n
     */
    static void checkScaleLength(double[] scales, int n) {
        if (scales != null && scales.length != n) {
            throw new IllegalArgumentException(scales.length + " absolute-tolerance scales for a system of dimension " + n);
        }
    }

    /** @return the index of the first NaN or infinite component, or -1 */
    static int firstNonFinite(double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                return i;
            }
        }
        return -1;
    }
}
