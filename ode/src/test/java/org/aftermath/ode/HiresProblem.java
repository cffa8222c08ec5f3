package org.aftermath.ode;

import java.util.Arrays;

/** HIRES, 8 species (LITERATURE.md §7), on [0, 321.8122]. */
final class HiresProblem implements OdeSystem {
    static final double T_END = 321.8122;
    private final boolean analyticJacobian;

    HiresProblem(boolean analyticJacobian) {
        this.analyticJacobian = analyticJacobian;
    }

    static double[] initialState() {
        return new double[] {1, 0, 0, 0, 0, 0, 0, 0.0057};
    }

    @Override
    public int dimension() {
        return 8;
    }

    @Override
    public void derivatives(double t, double[] y, double[] f) {
        f[0] = -1.71 * y[0] + 0.43 * y[1] + 8.32 * y[2] + 0.0007;
        f[1] = 1.71 * y[0] - 8.75 * y[1];
        f[2] = -10.03 * y[2] + 0.43 * y[3] + 0.035 * y[4];
        f[3] = 8.32 * y[1] + 1.71 * y[2] - 1.12 * y[3];
        f[4] = -1.745 * y[4] + 0.43 * y[5] + 0.43 * y[6];
        f[5] = -280 * y[5] * y[7] + 0.69 * y[3] + 1.71 * y[4] - 0.43 * y[5] + 0.69 * y[6];
        f[6] = 280 * y[5] * y[7] - 1.81 * y[6];
        f[7] = -280 * y[5] * y[7] + 1.81 * y[6];
    }

    @Override
    public boolean isAutonomous() {
        return true;
    }

    @Override
    public boolean hasJacobian() {
        return analyticJacobian;
    }

    @Override
    public void jacobian(double t, double[] y, double[] j) {
        Arrays.fill(j, 0);
        set(j, 0, 0, -1.71); set(j, 0, 1, 0.43); set(j, 0, 2, 8.32);
        set(j, 1, 0, 1.71); set(j, 1, 1, -8.75);
        set(j, 2, 2, -10.03); set(j, 2, 3, 0.43); set(j, 2, 4, 0.035);
        set(j, 3, 1, 8.32); set(j, 3, 2, 1.71); set(j, 3, 3, -1.12);
        set(j, 4, 4, -1.745); set(j, 4, 5, 0.43); set(j, 4, 6, 0.43);
        set(j, 5, 3, 0.69); set(j, 5, 4, 1.71); set(j, 5, 5, -280 * y[7] - 0.43); set(j, 5, 6, 0.69);
        set(j, 5, 7, -280 * y[5]);
        set(j, 6, 5, 280 * y[7]); set(j, 6, 6, -1.81); set(j, 6, 7, 280 * y[5]);
        set(j, 7, 5, -280 * y[7]); set(j, 7, 6, 1.81); set(j, 7, 7, -280 * y[5]);
    }

    private static void set(double[] j, int row, int col, double value) {
        j[row * 8 + col] = value;
    }
}
