package org.aftermath.fit.problem;

/**
 * The distribution of a measurement around its observable (PEtab's {@code noiseDistribution}), on the scale of
 * the observable's {@link Transformation}, with scale parameter σ (normal: standard deviation; Laplace: b).
 * Negative log-likelihoods include every constant, as PEtab's objective does; on a log scale the Jacobian of the
 * transformation is included (the density is of the untransformed measurement y: {@code + ln(y)} for log,
 * {@code + ln(y·ln 10)} for log10), as PEtab and AMICI do.
 */
public enum Noise {
    /** Gaussian: ½ ln(2πσ²) + ½ ((t(y) − t(h)) / σ)². */
    NORMAL("normal"),
    /** Laplace: ln(2σ) + |t(y) − t(h)| / σ. */
    LAPLACE("laplace");

    private final String id;

    Noise(String id) {
        this.id = id;
    }

    /** @return the PEtab name */
    public String id() {
        return id;
    }

    /** @return the distribution named {@code id}, or null */
    public static Noise of(String id) {
        for (Noise n : values()) {
            if (n.id.equals(id)) {
                return n;
            }
        }
        return null;
    }

    /**
     * @param residual t(y) − t(h)
     * @param sigma    the scale, &gt; 0
     * @return the negative log density of the residual (without the transformation's Jacobian)
     */
    public double negativeLogDensity(double residual, double sigma) {
        return switch (this) {
            case NORMAL -> 0.5 * Math.log(2 * Math.PI * sigma * sigma) + 0.5 * (residual / sigma) * (residual / sigma);
            case LAPLACE -> Math.log(2 * sigma) + Math.abs(residual) / sigma;
        };
    }

    /** @return ∂/∂residual of {@link #negativeLogDensity} (Laplace: sign(r)/σ, 0 at r = 0) */
    public double dResidual(double residual, double sigma) {
        return switch (this) {
            case NORMAL -> residual / (sigma * sigma);
            case LAPLACE -> Math.signum(residual) / sigma;
        };
    }

    /** @return ∂/∂σ of {@link #negativeLogDensity} */
    public double dSigma(double residual, double sigma) {
        return switch (this) {
            case NORMAL -> 1 / sigma - residual * residual / (sigma * sigma * sigma);
            case LAPLACE -> 1 / sigma - Math.abs(residual) / (sigma * sigma);
        };
    }

    /**
     * The Fisher information of the mean and of σ per unit squared derivative: the expected Hessian is
     * {@code meanInformation(σ)·∇t(h)∇t(h)ᵀ + sigmaInformation(σ)·∇σ∇σᵀ}.
     *
     * @return the information of the location, 1/σ² for both
     */
    public double meanInformation(double sigma) {
        return 1 / (sigma * sigma);
    }

    /** @return the information of σ: 2/σ² (normal), 1/σ² (Laplace) */
    public double sigmaInformation(double sigma) {
        return switch (this) {
            case NORMAL -> 2 / (sigma * sigma);
            case LAPLACE -> 1 / (sigma * sigma);
        };
    }
}
