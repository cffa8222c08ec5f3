package org.aftermath.fit.problem;

/**
 * The scale on which an observable and its measurements are compared (PEtab's {@code observableTransformation}):
 * the noise model applies to t(h) and t(y).
 */
public enum Transformation {
    /** t(v) = v. */
    LIN("lin"),
    /** t(v) = ln v. */
    LOG("log"),
    /** t(v) = log10 v. */
    LOG10("log10");

    private final String id;

    Transformation(String id) {
        this.id = id;
    }

    /** @return the PEtab name */
    public String id() {
        return id;
    }

    /** @return the transformation named {@code id}, or null */
    public static Transformation of(String id) {
        for (Transformation t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        return null;
    }

    /** @return t(v) (NaN for v &le; 0 on a log scale) */
    public double apply(double v) {
        return switch (this) {
            case LIN -> v;
            case LOG -> v > 0 ? Math.log(v) : Double.NaN;
            case LOG10 -> v > 0 ? Math.log10(v) : Double.NaN;
        };
    }

    /** @return dt/dv at v */
    public double derivative(double v) {
        return switch (this) {
            case LIN -> 1;
            case LOG -> 1 / v;
            case LOG10 -> 1 / (v * Math.log(10));
        };
    }

    /** @return t⁻¹(u) */
    public double inverse(double u) {
        return switch (this) {
            case LIN -> u;
            case LOG -> Math.exp(u);
            case LOG10 -> Math.pow(10, u);
        };
    }
}
