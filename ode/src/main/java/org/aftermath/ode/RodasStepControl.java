package org.aftermath.ode;

/**
 * The step-size control of the RODAS4 integrators ({@link RosenbrockIntegrator}, {@link RodasSensitivityIntegrator}),
 * one instance per integration: after a rejection the step shrinks by clamp(0.9 · err^(−1/4), 1/5, 1) (by 1/5 if
 * the error is not finite); after an acceptance it changes by clamp(0.9 · err^(−1/4), 1/5, 6), capped by
 * Gustafsson's predictive controller (Gustafsson 1994, ACM TOMS 20:496) once a step has been accepted before, as in
 * Hairer and Wanner's RODAS, and it does not grow right after a rejection.
 */
final class RodasStepControl {

    private static final double SAFETY = 0.9;
    private static final double MIN_FACTOR = 0.2;
    private static final double MAX_FACTOR = 6.0;

    private boolean previousRejected;
    private boolean haveHistory;
    private double hAccepted;
    private double errAccepted;

    /**
     * @param h   the rejected step
     * @param err its scaled error norm (&gt; 1, or not finite)
     * @return the step to try next
     */
    double rejected(double h, double err) {
        previousRejected = true;
        return h * (Double.isFinite(err) ? clamp(SAFETY / Math.pow(err, 0.25), MIN_FACTOR, 1) : MIN_FACTOR);
    }

    /**
     * A step rejected for another reason than its error (a singular iteration matrix).
     *
     * @param h the rejected step
     * @return the step to try next, {@code h / 2}
     */
    double singular(double h) {
        previousRejected = true;
        return h * 0.5;
    }

    /**
     * @param h   the accepted step
     * @param err its scaled error norm (≤ 1)
     * @return the step proposed next
     */
    double accepted(double h, double err) {
        double factor = clamp(SAFETY / Math.pow(err, 0.25), MIN_FACTOR, MAX_FACTOR);
        if (haveHistory) {
            double gus = clamp(SAFETY * (h / hAccepted) * Math.pow(errAccepted / (err * err), 0.25),
                    MIN_FACTOR, MAX_FACTOR);
            factor = Math.min(factor, gus);
        }
        haveHistory = true;
        hAccepted = h;
        errAccepted = Math.max(1e-2, err);
        double hNext = h * factor;
        if (previousRejected) {
            hNext = Math.min(hNext, h);
        }
        previousRejected = false;
        return hNext;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
