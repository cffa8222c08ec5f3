package org.aftermath.fit.uncertainty;

/**
 * Convergence diagnostics of several chains of equal length for one quantity (Gelman et al., Bayesian Data
 * Analysis, 3rd ed., §11.4–11.5): the split-chain potential scale reduction R̂ and the effective sample size, whose
 * autocorrelations combine within- and between-chain variance and are summed over Geyer's initial positive
 * sequence (as Stan computes them).
 */
public final class Diagnostics {

    private Diagnostics() {
    }

    /**
     * @param chains [chain][iteration], each at least 4 long
     * @return split R̂ (1 at convergence)
     */
    public static double splitRhat(double[][] chains) {
        double[][] split = split(chains);
        int m = split.length;
        int n = split[0].length;
        double[] means = new double[m];
        double w = 0;
        for (int c = 0; c < m; c++) {
            means[c] = mean(split[c]);
            w += variance(split[c], means[c]);
        }
        w /= m;
        double b = n * variance(means, mean(means));
        double varPlus = (n - 1.0) / n * w + b / n;
        return w > 0 ? Math.sqrt(varPlus / w) : Double.NaN;
    }

    /**
     * @param chains [chain][iteration]
     * @return the effective sample size over all chains
     */
    public static double effectiveSampleSize(double[][] chains) {
        int m = chains.length;
        int n = chains[0].length;
        double[] means = new double[m];
        double w = 0;
        for (int c = 0; c < m; c++) {
            means[c] = mean(chains[c]);
            w += variance(chains[c], means[c]);
        }
        w /= m;
        double b = n * (m > 1 ? variance(means, mean(means)) : 0);
        double varPlus = (n - 1.0) / n * w + b / n;
        if (!(varPlus > 0)) {
            return Double.NaN;
        }
        double[] rho = new double[n];
        for (int t = 0; t < n; t++) {
            double acov = 0;
            for (int c = 0; c < m; c++) {
                acov += autocovariance(chains[c], means[c], t);
            }
            acov /= m;
            rho[t] = 1 - (w - acov) / varPlus;
        }
        // Geyer's initial positive sequence: sum pairs (rho_2k + rho_2k+1) while positive
        double sum = 0;
        for (int k = 0; 2 * k + 1 < n; k++) {
            double pair = rho[2 * k] + rho[2 * k + 1];
            if (pair <= 0) {
                break;
            }
            sum += pair;
        }
        double tau = -1 + 2 * sum;
        return m * n / Math.max(tau, 1.0 / Math.log10(Math.max(10, m * n)));
    }

    private static double[][] split(double[][] chains) {
        int n = chains[0].length / 2;
        double[][] out = new double[chains.length * 2][n];
        for (int c = 0; c < chains.length; c++) {
            int len = chains[c].length;
            System.arraycopy(chains[c], 0, out[2 * c], 0, n);
            System.arraycopy(chains[c], len - n, out[2 * c + 1], 0, n);
        }
        return out;
    }

    private static double autocovariance(double[] x, double mean, int lag) {
        double s = 0;
        for (int i = 0; i + lag < x.length; i++) {
            s += (x[i] - mean) * (x[i + lag] - mean);
        }
        return s / x.length;
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double variance(double[] x, double mean) {
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return x.length > 1 ? s / (x.length - 1) : 0;
    }
}
