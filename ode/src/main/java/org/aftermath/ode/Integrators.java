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
        Objects.requireNonNull(tolerances, "tolerances");
        if (name != null) {
            switch (name) {
                case AutoIntegrator.NAME:
                    return new AutoIntegrator(tolerances);
                case "dormand-prince":
                    return new DormandPrinceIntegrator(DormandPrinceIntegrator.Tableau.DP54, tolerances);
                case "dormand-prince-853":
                    return new DormandPrinceIntegrator(DormandPrinceIntegrator.Tableau.DP853, tolerances);
                case RosenbrockIntegrator.NAME:
                    return new RosenbrockIntegrator(tolerances);
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("unknown integrator '" + name + "'; known: "
                                           + String.join(", ", NAMES));
    }

    /** @return the known integrator names, the default ("auto") first; unmodifiable */
    public static List<String> names() {
        return NAMES;
    }
}
