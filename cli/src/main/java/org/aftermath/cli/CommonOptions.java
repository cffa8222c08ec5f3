package org.aftermath.cli;

import org.aftermath.ode.Integrators;
import org.aftermath.ode.Tolerances;

/**
 * The option values several simulating commands check alike: integrator, tolerances, worker
 * threads. Each check throws a {@link BadOptionException} naming the option.
 */
final class CommonOptions {

    private CommonOptions() { }

    /**
     * @param name the {@code --integrator} value
     * @return {@code name}
     * @throws BadOptionException listing the allowed names if it is not an integrator
     */
    static String integrator(String name) {
        if (!Integrators.names().contains(name)) {
            throw new BadOptionException("--integrator: unknown '" + name + "' (allowed: "
                    + String.join(", ", Integrators.names()) + ")");
        }
        return name;
    }

    /**
     * @param rtol     the {@code --rtol} value, or null for the default's
     * @param atol     the {@code --atol} value, or null for the default's
     * @param defaults the tolerances when an option is not given
     * @return the tolerances
     * @throws BadOptionException naming the option unless rtol is in (0, 1) and atol finite and &gt; 0
     */
    static Tolerances tolerances(Double rtol, Double atol, Tolerances defaults) {
        double r = rtol != null ? rtol : defaults.relative();
        double a = atol != null ? atol : defaults.absolute();
        if (!(r > 0 && r < 1)) {
            throw new BadOptionException("--rtol: must be in (0, 1) (got " + r + ")");
        }
        if (!(a > 0) || Double.isInfinite(a)) {
            throw new BadOptionException("--atol: must be a finite number > 0 (got " + a + ")");
        }
        return new Tolerances(r, a);
    }

    /**
     * @param threads the {@code --threads} value, or null for all processors
     * @return the number of worker threads
     * @throws BadOptionException if it is below 1
     */
    static int workers(Integer threads) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new BadOptionException("--threads: must be >= 1 (got " + n + ")");
        }
        return n;
    }
}
