package org.aftermath.ode;

import java.util.List;
import java.util.Objects;

/** Creates integrators by name. */
public final class Integrators {

    private static final List<String> NAMES = List.of(
            AutoIntegrator.NAME,
            DormandPrinceIntegrator.Tableau.DP54.integratorName(),
            DormandPrinceIntegrator.Tableau.DP853.integratorName(),
            RosenbrockIntegrator.NAME);

    private Integrators() {
    }

    /**
     * Creates a fresh, adaptive integrator.
     *
     * @param name       one of {@link #names()}; "auto" is the default choice
     * @param tolerances error tolerances
     * @return a new instance (instances keep a step-size hint, so use one per simulation)
     * @throws IllegalArgumentException if the name is unknown; the message lists the known names
     */
    public static Integrator create(String name, Tolerances tolerances) {
        return create(name, tolerances, null);
    }

    /**
     * Creates a fresh, adaptive integrator whose absolute tolerance differs per state component:
     * component i is controlled by {@code absolute · absoluteScales[i] + relative · |y_i|}.
     *
     * @param name           one of {@link #names()}
     * @param tolerances     error tolerances
     * @param absoluteScales one positive, finite multiplier per state component (copied), or null
     *                       for 1 everywhere (then the same as {@link #create(String, Tolerances)})
     * @return a new instance
     * @throws IllegalArgumentException if the name is unknown or a scale is not positive and finite
     */
    public static Integrator create(String name, Tolerances tolerances, double[] absoluteScales) {
        Objects.requireNonNull(tolerances, "tolerances");
        if (name != null) {
            switch (name) {
                case AutoIntegrator.NAME:
                    return new AutoIntegrator(tolerances, absoluteScales, AutoIntegrator.STEP_BUDGET);
                case "dormand-prince":
                    return new DormandPrinceIntegrator(DormandPrinceIntegrator.Tableau.DP54, tolerances, absoluteScales);
                case "dormand-prince-853":
                    return new DormandPrinceIntegrator(DormandPrinceIntegrator.Tableau.DP853, tolerances, absoluteScales);
                case RosenbrockIntegrator.NAME:
                    return new RosenbrockIntegrator(tolerances, absoluteScales);
                default:
                    break;
            }
        }
        throw unknown(name);
    }

    /**
     * The one check of an integrator name, wherever one is given (run options, cohort jobs, the command line).
     *
     * @param name a name
     * @return {@code name}
     * @throws IllegalArgumentException listing the known names if it is not one of {@link #names()}
     */
    public static String known(String name) {
        if (!NAMES.contains(name)) {
            throw unknown(name);
        }
        return name;
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("unknown integrator '" + name + "' (allowed: " + String.join(", ", NAMES)
                + ")");
    }

    /** @return the known integrator names, the default ("auto") first; unmodifiable */
    public static List<String> names() {
        return NAMES;
    }
}
