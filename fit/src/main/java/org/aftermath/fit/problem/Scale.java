package org.aftermath.fit.problem;

/**
 * The scale on which a parameter is estimated (PEtab's {@code parameterScale}): the optimiser, the sampler and
 * the profiles work on x, the model on θ.
 */
public enum Scale {
    /** x = θ. */
    LIN("lin"),
    /** x = ln θ. */
    LOG("log"),
    /** x = log10 θ. */
    LOG10("log10");

    private static final double LN10 = Math.log(10);

    private final String id;

    Scale(String id) {
        this.id = id;
    }

    /** @return the PEtab name: lin, log or log10 */
    public String id() {
        return id;
    }

    /** @return the scale named {@code id} (PEtab spelling), or null */
    public static Scale of(String id) {
        for (Scale s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** @return θ for x */
    public double toModel(double x) {
        return switch (this) {
            case LIN -> x;
            case LOG -> Math.exp(x);
            case LOG10 -> Math.pow(10, x);
        };
    }

    /** @return x for θ (on a log scale −∞ for θ = 0, whose {@link #toModel} is 0 again; NaN for θ &lt; 0) */
    public double toScale(double theta) {
        return switch (this) {
            case LIN -> theta;
            case LOG -> theta >= 0 ? Math.log(theta) : Double.NaN;
            case LOG10 -> theta >= 0 ? Math.log10(theta) : Double.NaN;
        };
    }

    /** @return dθ/dx at x */
    public double derivative(double x) {
        return switch (this) {
            case LIN -> 1;
            case LOG -> Math.exp(x);
            case LOG10 -> Math.pow(10, x) * LN10;
        };
    }
}
