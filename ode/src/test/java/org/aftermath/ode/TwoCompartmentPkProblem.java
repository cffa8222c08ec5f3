package org.aftermath.ode;

/**
 * Linear two-compartment pharmacokinetics after an IV bolus D into the central compartment:
 * A1' = −(k10 + k12) A1 + k21 A2, A2' = k12 A1 − k21 A2, A(0) = (D, 0). Closed form through the
 * eigenvalues λ1,2 = (−s ± √(s² − 4 k10 k21)) / 2, s = k10 + k12 + k21:
 * A1 = D [(λ1 + k21) e^{λ1 t} − (λ2 + k21) e^{λ2 t}] / (λ1 − λ2),
 * A2 = D k12 (e^{λ1 t} − e^{λ2 t}) / (λ1 − λ2).
 */
final class TwoCompartmentPkProblem extends ReferenceProblem {
    private final double k10;
    private final double k12;
    private final double k21;
    private final double lambda1;
    private final double lambda2;
    private final boolean analyticJacobian;

    TwoCompartmentPkProblem(double k10, double k12, double k21, double dose, double t1,
                            boolean analyticJacobian) {
        super("two-compartment PK" + (analyticJacobian ? " (analytic J)" : ""), 0, t1, dose, 0);
        this.k10 = k10;
        this.k12 = k12;
        this.k21 = k21;
        double s = k10 + k12 + k21;
        double root = Math.sqrt(s * s - 4 * k10 * k21);
        this.lambda1 = (-s + root) / 2;
        this.lambda2 = (-s - root) / 2;
        this.analyticJacobian = analyticJacobian;
    }

    @Override
    public void derivatives(double t, double[] y, double[] yDot) {
        yDot[0] = -(k10 + k12) * y[0] + k21 * y[1];
        yDot[1] = k12 * y[0] - k21 * y[1];
    }

    @Override
    public boolean hasJacobian() {
        return analyticJacobian;
    }

    @Override
    public void jacobian(double t, double[] y, double[] dfdy) {
        dfdy[0] = -(k10 + k12);
        dfdy[1] = k21;
        dfdy[2] = k12;
        dfdy[3] = -k21;
    }

    @Override
    void exact(double t, double[] out) {
        double dose = initialState()[0];
        double e1 = Math.exp(lambda1 * t);
        double e2 = Math.exp(lambda2 * t);
        out[0] = dose * ((lambda1 + k21) * e1 - (lambda2 + k21) * e2) / (lambda1 - lambda2);
        out[1] = dose * k12 * (e1 - e2) / (lambda1 - lambda2);
    }
}
