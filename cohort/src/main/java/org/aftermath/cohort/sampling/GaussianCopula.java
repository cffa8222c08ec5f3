package org.aftermath.cohort.sampling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Gaussian copula over named variables: builds the correlation matrix from {@code [a, b, rho]} entries (unlisted
 * pairs are uncorrelated), checks it is symmetric positive definite, and factors it {@code R = L L^T} (Hipparchus
 * {@link CholeskyDecomposition}). Independent standard normals {@code z} become correlated normals {@code L z}.
 */
public final class GaussianCopula {

    /** Smallest pivot accepted by the Cholesky factorisation (a correlation matrix has unit diagonal). */
    static final double POSITIVITY_THRESHOLD = 1e-10;

    private final List<String> names;
    private final double[][] lower;

    /**
     * @param names        variable names in declaration order (distinct)
     * @param correlations the pairs; each name must be in {@code names}, each unordered pair at most once
     * @throws IllegalArgumentException naming the offending entry if a name is unknown, a pair is repeated, or the
     *                                  matrix is not positive definite (the first entry, in the given order, whose
     *                                  addition makes it so)
     */
    public GaussianCopula(List<String> names, List<Correlation> correlations) {
        this.names = List.copyOf(names);
        if (new HashSet<>(this.names).size() != this.names.size()) {
            throw new IllegalArgumentException("correlations: variable names must be distinct, got " + names);
        }
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < this.names.size(); i++) {
            index.put(this.names.get(i), i);
        }
        int n = this.names.size();
        RealMatrix r = MatrixUtils.createRealIdentityMatrix(n);
        Set<String> seen = new HashSet<>();
        List<Correlation> added = new ArrayList<>();
        for (Correlation c : correlations) {
            Integer i = index.get(c.a());
            Integer j = index.get(c.b());
            if (i == null || j == null) {
                throw new IllegalArgumentException("correlation " + c + ": unknown variable '" + (i == null ? c.a() : c.b())
                        + "'; variables with a distribution are " + this.names);
            }
            String key = Math.min(i, j) + ":" + Math.max(i, j);
            if (!seen.add(key)) {
                throw new IllegalArgumentException("correlation " + c + ": the pair [" + c.a() + ", " + c.b() + "] is listed twice");
            }
            r.setEntry(i, j, c.rho());
            r.setEntry(j, i, c.rho());
            added.add(c);
            if (!positiveDefinite(r)) {
                throw new IllegalArgumentException("correlation " + c + ": the correlation matrix is not positive definite"
                        + (added.size() > 1 ? " together with the earlier pairs " + added.subList(0, added.size() - 1) : "")
                        + "; |rho| = 1 or inconsistent correlations are not allowed");
            }
        }
        this.lower = new CholeskyDecomposition(r, CholeskyDecomposition.DEFAULT_RELATIVE_SYMMETRY_THRESHOLD,
                POSITIVITY_THRESHOLD).getL().getData();
    }

    private static boolean positiveDefinite(RealMatrix r) {
        try {
            new CholeskyDecomposition(r, CholeskyDecomposition.DEFAULT_RELATIVE_SYMMETRY_THRESHOLD, POSITIVITY_THRESHOLD);
            return true;
        } catch (MathIllegalArgumentException e) {
            return false;
        }
    }

    /** Variable names in declaration order. */
    public List<String> names() {
        return names;
    }

    /** The Cholesky factor L (a copy), lower triangular with {@code L L^T = R}. */
    public double[][] choleskyFactor() {
        double[][] copy = new double[lower.length][];
        for (int i = 0; i < lower.length; i++) {
            copy[i] = lower[i].clone();
        }
        return copy;
    }

    /**
     * Correlates independent standard normals.
     *
     * @param z independent standard normals, one per variable in declaration order
     * @return {@code L z}, standard normals with correlation matrix R
     */
    public double[] correlate(double[] z) {
        if (z.length != lower.length) {
            throw new IllegalArgumentException("expected " + lower.length + " normals, got " + z.length);
        }
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            double s = 0.0;
            for (int j = 0; j <= i; j++) {
                s += lower[i][j] * z[j];
            }
            out[i] = s;
        }
        return out;
    }
}
