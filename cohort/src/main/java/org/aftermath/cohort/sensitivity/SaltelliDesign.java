package org.aftermath.cohort.sensitivity;

import java.util.random.RandomGenerator;

import org.aftermath.cohort.sampling.PatientSeeds;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * The Saltelli (2010) sampling design for k inputs and base sample size N: matrices A and B (N x k, independent
 * points) and, for each input i, A_B^(i) = A with column i taken from B. Total {@code N (k + 2)} model runs.
 *
 * <p>Points come from either the Sobol low-discrepancy sequence in 2k dimensions (Hipparchus
 * {@link SobolSequenceGenerator}, Joe–Kuo direction numbers, unscrambled; the all-zero first point is skipped; the
 * first k coordinates form A, the last k form B, as in Saltelli et al. 2010 section 3), or plain Monte Carlo from a
 * seeded {@value PatientSeeds#ALGORITHM} generator (open-interval uniforms). The Sobol design does not depend on the
 * seed; N a power of two keeps its balance properties.
 */
public final class SaltelliDesign {

    /** How the base points are generated. */
    public enum Sampling {
        /** Sobol low-discrepancy sequence (quasi Monte Carlo); deterministic. */
        SOBOL,
        /** Independent uniforms from the seeded generator. */
        MONTE_CARLO
    }

    /**
     * Most simulations a study may run (Sobol: N (k + 2); Morris: r (k + 1)), checked before anything is
     * allocated: ten million, about a year of one core at Figure 3C's 3 s per simulation.
     */
    public static final long MAX_RUNS = 10_000_000L;

    private final InputSpace inputs;
    private final int n;
    private final double[][] a;
    private final double[][] b;

    /**
     * @param inputs   the independent inputs
     * @param n        base sample size N (&ge; 2)
     * @param sampling point generator
     * @param seed     seed for {@link Sampling#MONTE_CARLO} (ignored for SOBOL)
     */
    public SaltelliDesign(InputSpace inputs, int n, Sampling sampling, long seed) {
        if (n < 2) {
            throw new IllegalArgumentException("sensitivity: base sample size N must be >= 2, got " + n);
        }
        if (sampling == null) {
            throw new IllegalArgumentException("sensitivity: sampling must be SOBOL or MONTE_CARLO");
        }
        int k = inputs.dimension();
        if ((long) n * (k + 2) > MAX_RUNS) {
            throw new IllegalArgumentException("sensitivity: N (k + 2) = " + n + " x " + (k + 2) + " = "
                    + (long) n * (k + 2) + " simulations is more than the " + MAX_RUNS + " a study may run; give a"
                    + " smaller N");
        }
        if (sampling == Sampling.SOBOL && 2 * k > 1000) {
            throw new IllegalArgumentException("sensitivity: the Sobol design supports at most 500 inputs, got " + k);
        }
        this.inputs = inputs;
        this.n = n;
        this.a = new double[n][];
        this.b = new double[n][];
        double[][] ua = new double[n][k];
        double[][] ub = new double[n][k];
        if (sampling == Sampling.SOBOL) {
            SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
            sobol.skipTo(1);
            for (int r = 0; r < n; r++) {
                double[] p = sobol.nextVector();
                System.arraycopy(p, 0, ua[r], 0, k);
                System.arraycopy(p, k, ub[r], 0, k);
            }
        } else {
            RandomGenerator rng = PatientSeeds.generator(seed);
            for (int r = 0; r < n; r++) {
                for (int j = 0; j < k; j++) {
                    ua[r][j] = openUniform(rng);
                }
                for (int j = 0; j < k; j++) {
                    ub[r][j] = openUniform(rng);
                }
            }
        }
        for (int r = 0; r < n; r++) {
            a[r] = inputs.toInputs(ua[r]);
            b[r] = inputs.toInputs(ub[r]);
        }
    }

    /** A uniform in the open interval (0, 1): (m + 1/2) 2^-53 for a 53-bit integer m. */
    static double openUniform(RandomGenerator rng) {
        return ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }

    public InputSpace inputs() {
        return inputs;
    }

    /** Base sample size N. */
    public int baseSize() {
        return n;
    }

    /** Number of model runs, N (k + 2). */
    public int runs() {
        return n * (inputs.dimension() + 2);
    }

    /**
     * All design points in input units, in the order A (rows 0..N-1), B, A_B^(1), ..., A_B^(k); the order
     * {@link SaltelliOutputs#fromRuns(double[], int, int)} expects.
     */
    public double[][] points() {
        int k = inputs.dimension();
        double[][] out = new double[runs()][];
        for (int r = 0; r < n; r++) {
            out[r] = a[r].clone();
            out[n + r] = b[r].clone();
            for (int i = 0; i < k; i++) {
                double[] row = a[r].clone();
                row[i] = b[r][i];
                out[(2 + i) * n + r] = row;
            }
        }
        return out;
    }

    /** Runs the model on every design point ({@link OutcomeFunction#evaluateAll(double[][])}). */
    public SaltelliOutputs evaluate(OutcomeFunction model) {
        return SaltelliOutputs.fromRuns(model.evaluateAll(points()), n, inputs.dimension());
    }
}
