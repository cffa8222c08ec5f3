package org.aftermath.cohort.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

import org.aftermath.cohort.sampling.PatientSeeds;

/**
 * First-order and total Sobol indices from {@link SaltelliOutputs}, with percentile-bootstrap confidence intervals.
 *
 * <p>With {@code V} the variance of the 2N outputs f(A), f(B) (divisor 2N):
 * <ul>
 *   <li>first order, Saltelli et al. 2010 (Table 2 b): {@code S_i = (1/N) sum_j (f(B)_j - m) (f(A_B^i)_j - f(A)_j) / V},
 *       with {@code m} the mean of the 2N outputs. Centring f(B) (SALib standardises its outputs to the same end)
 *       leaves the expectation unchanged, since E[f(A_B^i) - f(A)] = 0, and removes the term
 *       {@code m mean(f(A_B^i) - f(A))}, whose noise grows with |mean| / sd: an outcome such as log10 cells
 *       (mean 10, sd 0.8) otherwise gives first-order intervals wider than [0, 1] at N = 64;</li>
 *   <li>total, Jansen 1999 (Saltelli et al. 2010 Table 2 f): {@code S_Ti = (1/2N) sum_j (f(A)_j - f(A_B^i)_j)^2 / V}.</li>
 * </ul>
 * The bootstrap resamples the N rows (the same row set for A, B and every A_B^(i), so V and all indices are
 * recomputed jointly) with a seeded {@value PatientSeeds#ALGORITHM} generator; the interval is the
 * {@code (1 -/+ level)/2} percentiles of the replicates (linear interpolation between order statistics). On a Sobol
 * (quasi-random) design the bootstrap treats the rows as independent and so overstates the error: the intervals
 * are conservative there.
 */
public final class SobolEstimator {

    private final int replicates;
    private final double level;
    private final long seed;

    /**
     * @param replicates bootstrap replicates (&ge; 100)
     * @param level      two-sided confidence level in (0, 1), e.g. 0.95
     * @param seed       bootstrap seed
     */
    public SobolEstimator(int replicates, double level, long seed) {
        if (replicates < 100) {
            throw new IllegalArgumentException("sensitivity: bootstrap replicates must be >= 100, got " + replicates);
        }
        if (!(level > 0.0 && level < 1.0)) {
            throw new IllegalArgumentException("sensitivity: confidence level must be in (0, 1), got " + level);
        }
        this.replicates = replicates;
        this.level = level;
        this.seed = seed;
    }

    /** Runs {@code model} on {@code design} and estimates the indices. */
    public SobolIndices analyse(SaltelliDesign design, OutcomeFunction model) {
        return estimate(design.evaluate(model), design.inputs().names());
    }

    /**
     * @param outputs model outputs on a Saltelli design
     * @param names   input names in design order (one per input)
     */
    public SobolIndices estimate(SaltelliOutputs outputs, List<String> names) {
        int n = outputs.n();
        int k = outputs.k();
        if (names.size() != k) {
            throw new IllegalArgumentException("sensitivity: " + k + " inputs in the outputs but " + names.size() + " names");
        }
        int[] identity = new int[n];
        Arrays.setAll(identity, r -> r);
        double variance = variance(outputs, identity);
        if (!(variance > 0.0)) {
            throw new IllegalArgumentException("sensitivity: the model output does not vary over the design (variance "
                    + variance + "); Sobol indices are undefined");
        }
        double[] point = indices(outputs, identity);

        double[][] boot = new double[2 * k][replicates];
        RandomGenerator rng = PatientSeeds.generator(seed);
        int[] rows = new int[n];
        for (int b = 0; b < replicates; b++) {
            for (int r = 0; r < n; r++) {
                rows[r] = rng.nextInt(n);
            }
            double[] s = indices(outputs, rows);
            for (int c = 0; c < 2 * k; c++) {
                boot[c][b] = s[c];
            }
        }
        double lowerP = (1.0 - level) / 2.0;
        double upperP = (1.0 + level) / 2.0;
        List<SobolIndex> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Arrays.sort(boot[i]);
            Arrays.sort(boot[k + i]);
            out.add(new SobolIndex(names.get(i),
                    new Estimate(point[i], percentile(boot[i], lowerP), percentile(boot[i], upperP)),
                    new Estimate(point[k + i], percentile(boot[k + i], lowerP), percentile(boot[k + i], upperP))));
        }
        return new SobolIndices(out, n, n * (k + 2), variance, replicates, level);
    }

    /** {S_1..S_k, ST_1..ST_k} on the given rows. */
    private static double[] indices(SaltelliOutputs o, int[] rows) {
        int n = rows.length;
        int k = o.k();
        double v = variance(o, rows);
        double m = mean(o, rows);
        double[] s = new double[2 * k];
        for (int i = 0; i < k; i++) {
            double first = 0.0;
            double total = 0.0;
            for (int r : rows) {
                double fa = o.fa(r);
                double fab = o.fab(i, r);
                first += (o.fb(r) - m) * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            s[i] = first / n / v;
            s[k + i] = total / (2.0 * n) / v;
        }
        return s;
    }

    /** Mean of f(A) and f(B) over the rows. */
    private static double mean(SaltelliOutputs o, int[] rows) {
        double sum = 0.0;
        for (int r : rows) {
            sum += o.fa(r) + o.fb(r);
        }
        return sum / (2.0 * rows.length);
    }

    private static double variance(SaltelliOutputs o, int[] rows) {
        double mean = mean(o, rows);
        double ss = 0.0;
        for (int r : rows) {
            double da = o.fa(r) - mean;
            double db = o.fb(r) - mean;
            ss += da * da + db * db;
        }
        return ss / (2.0 * rows.length);
    }

    /** Percentile p in [0, 1] of sorted values, interpolating linearly between order statistics (Hyndman–Fan 7). */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
