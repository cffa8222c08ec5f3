package org.aftermath.fit.problem;

import java.util.List;

/**
 * A prior of one parameter (PEtab's {@code objectivePriorType}/{@code objectivePriorParameters}, or
 * {@code initializationPriorType} for drawing starts). The types without the {@code parameterScale} prefix are
 * densities of θ; with it, of the estimation-scale value x. The objective adds the negative log density, constants
 * included; its derivative by x follows the chain rule through θ(x).
 *
 * @param type  the distribution
 * @param first the first parameter: lower bound (uniform), mean or location
 * @param second the second: upper bound (uniform), standard deviation or scale (&gt; 0)
 */
public record Prior(Type type, double first, double second) {

    /** PEtab's prior types. */
    public enum Type {
        UNIFORM("uniform", false),
        NORMAL("normal", false),
        LAPLACE("laplace", false),
        LOG_NORMAL("logNormal", false),
        LOG_LAPLACE("logLaplace", false),
        PARAMETER_SCALE_UNIFORM("parameterScaleUniform", true),
        PARAMETER_SCALE_NORMAL("parameterScaleNormal", true),
        PARAMETER_SCALE_LAPLACE("parameterScaleLaplace", true);

        private final String id;
        private final boolean onScale;

        Type(String id, boolean onScale) {
            this.id = id;
            this.onScale = onScale;
        }

        /** @return the PEtab name */
        public String id() {
            return id;
        }

        /** @return true for the {@code parameterScale} types: densities of the estimation-scale value x */
        public boolean onScale() {
            return onScale;
        }

        /** @return the type named {@code id}, or null */
        public static Type of(String id) {
            for (Type t : values()) {
                if (t.id.equals(id)) {
                    return t;
                }
            }
            return null;
        }

        /** @return the PEtab names, in declaration order */
        public static List<String> ids() {
            return java.util.Arrays.stream(values()).map(Type::id).toList();
        }
    }

    public Prior {
        boolean uniform = type == Type.UNIFORM || type == Type.PARAMETER_SCALE_UNIFORM;
        if (!Double.isFinite(first) || !Double.isFinite(second) || (uniform ? !(second > first) : !(second > 0))) {
            throw new IllegalArgumentException(type.id() + " prior needs " + (uniform ? "lower < upper" : "a finite"
                    + " location and a scale > 0") + ", got " + first + ";" + second);
        }
    }

    /**
     * @param x     the estimation-scale value
     * @param scale the parameter's scale
     * @return the negative log density (+∞ outside a uniform prior's support)
     */
    public double negativeLogDensity(double x, Scale scale) {
        double v = type.onScale ? x : scale.toModel(x);
        return switch (type) {
            case UNIFORM, PARAMETER_SCALE_UNIFORM -> v >= first && v <= second ? Math.log(second - first)
                    : Double.POSITIVE_INFINITY;
            case NORMAL, PARAMETER_SCALE_NORMAL -> 0.5 * Math.log(2 * Math.PI * second * second)
                    + 0.5 * Math.pow((v - first) / second, 2);
            case LAPLACE, PARAMETER_SCALE_LAPLACE -> Math.log(2 * second) + Math.abs(v - first) / second;
            case LOG_NORMAL -> v > 0 ? Math.log(v * second * Math.sqrt(2 * Math.PI))
                    + 0.5 * Math.pow((Math.log(v) - first) / second, 2) : Double.POSITIVE_INFINITY;
            case LOG_LAPLACE -> v > 0 ? Math.log(2 * second * v) + Math.abs(Math.log(v) - first) / second
                    : Double.POSITIVE_INFINITY;
        };
    }

    /** @return d/dx of {@link #negativeLogDensity} (0 inside a uniform prior) */
    public double derivative(double x, Scale scale) {
        double v = type.onScale ? x : scale.toModel(x);
        double dv = type.onScale ? 1 : scale.derivative(x);
        double d = switch (type) {
            case UNIFORM, PARAMETER_SCALE_UNIFORM -> 0;
            case NORMAL, PARAMETER_SCALE_NORMAL -> (v - first) / (second * second);
            case LAPLACE, PARAMETER_SCALE_LAPLACE -> Math.signum(v - first) / second;
            case LOG_NORMAL -> 1 / v + (Math.log(v) - first) / (second * second * v);
            case LOG_LAPLACE -> 1 / v + Math.signum(Math.log(v) - first) / (second * v);
        };
        return d * dv;
    }

    /**
     * @return the Fisher information of the prior on the x scale, for the Gauss–Newton approximation of the
     *         objective's Hessian (0 for uniform priors)
     */
    public double information(double x, Scale scale) {
        double dv = type.onScale ? 1 : scale.derivative(x);
        double v = type.onScale ? x : scale.toModel(x);
        return switch (type) {
            case UNIFORM, PARAMETER_SCALE_UNIFORM -> 0;
            case NORMAL, PARAMETER_SCALE_NORMAL, LAPLACE, PARAMETER_SCALE_LAPLACE -> dv * dv / (second * second);
            case LOG_NORMAL, LOG_LAPLACE -> dv * dv / (second * second * v * v);
        };
    }
}
