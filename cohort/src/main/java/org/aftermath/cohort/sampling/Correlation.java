package org.aftermath.cohort.sampling;

/**
 * One entry {@code [a, b, rho]} of a scenario's {@code correlations}: the correlation of the latent standard normals
 * of variables {@code a} and {@code b} in the Gaussian copula.
 *
 * @param a   first variable name (non-blank)
 * @param b   second variable name (non-blank, different from {@code a})
 * @param rho latent normal correlation in [-1, 1]
 */
public record Correlation(String a, String b, double rho) {

    public Correlation {
        if (a == null || a.isBlank()) {
            throw new IllegalArgumentException("correlation: first variable name must not be blank");
        }
        if (b == null || b.isBlank()) {
            throw new IllegalArgumentException("correlation: second variable name must not be blank");
        }
        if (a.equals(b)) {
            throw new IllegalArgumentException("correlation [" + a + ", " + b + "]: a variable cannot be correlated with itself");
        }
        if (!(rho >= -1.0 && rho <= 1.0)) {
            throw new IllegalArgumentException("correlation [" + a + ", " + b + "]: rho must be in [-1, 1], got " + rho);
        }
    }

    @Override
    public String toString() {
        return "[" + a + ", " + b + ", " + rho + "]";
    }
}
