package org.aftermath.fit.optimize;

/** The local optimiser of each start. */
public enum Method {
    /** {@link TrustRegionReflective} with the gradient from sensitivities and the Fisher information. */
    TRUST_REGION("trust-region"),
    /** Hipparchus' CMA-ES (Hansen), gradient-free, within the bounds. */
    CMAES("cmaes");

    private final String id;

    Method(String id) {
        this.id = id;
    }

    /** @return the command-line name */
    public String id() {
        return id;
    }

    /** @return the method named {@code id}, or null */
    public static Method of(String id) {
        for (Method m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        return null;
    }
}
