package org.aftermath.ode;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The integrators a user can choose, each with the name used on the command line, in run options, cohort jobs
 * and manifests. The one place where a name is checked and an integrator is made.
 */
public enum IntegratorKind {

    /** Dormand–Prince 5(4) that switches to RODAS4 where the problem turns stiff; the default. */
    AUTO("auto"),
    /** Dormand–Prince 5(4), explicit. */
    DORMAND_PRINCE("dormand-prince"),
    /** Dormand–Prince 8(5,3), explicit, for tight tolerances. */
    DORMAND_PRINCE_853("dormand-prince-853"),
    /** RODAS4, a linearly implicit (Rosenbrock) method for stiff problems. */
    ROSENBROCK("rosenbrock");

    private static final List<String> IDS = Arrays.stream(values()).map(IntegratorKind::id).toList();

    private final String id;

    IntegratorKind(String id) {
        this.id = id;
    }

    /** @return the name, e.g. {@code "rosenbrock"} */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }

    /**
     * @param id a name from {@link #ids()}
     * @return its kind
     * @throws IllegalArgumentException listing the known names if {@code id} is not one of them
     */
    public static IntegratorKind of(String id) {
        for (IntegratorKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown integrator '" + id + "' (allowed: " + String.join(", ", IDS) + ")");
    }

    /** @return every name, the default ({@code "auto"}) first; unmodifiable */
    public static List<String> ids() {
        return IDS;
    }

    /**
     * Creates a fresh, adaptive integrator.
     *
     * @param tolerances error tolerances
     * @return a new instance (instances keep a step-size hint, so use one per simulation)
     */
    public Integrator create(Tolerances tolerances) {
        return create(tolerances, null);
    }

    /**
     * Creates a fresh, adaptive integrator whose absolute tolerance differs per state component:
     * component i is controlled by {@code absolute · absoluteScales[i] + relative · |y_i|}.
     *
     * @param tolerances     error tolerances
     * @param absoluteScales one positive, finite multiplier per state component (copied), or null for 1 everywhere
     * @return a new instance
     * @throws IllegalArgumentException if a scale is not positive and finite
     */
    public Integrator create(Tolerances tolerances, double[] absoluteScales) {
        Objects.requireNonNull(tolerances, "tolerances");
        return switch (this) {
            case AUTO -> new AutoIntegrator(tolerances, absoluteScales, AutoIntegrator.STEP_BUDGET);
            case DORMAND_PRINCE -> new DormandPrinceIntegrator(DormandPrinceIntegrator.Tableau.DP54, tolerances,
                    absoluteScales);
            case DORMAND_PRINCE_853 -> new DormandPrinceIntegrator(DormandPrinceIntegrator.Tableau.DP853, tolerances,
                    absoluteScales);
            case ROSENBROCK -> new RosenbrockIntegrator(tolerances, absoluteScales);
        };
    }
}
