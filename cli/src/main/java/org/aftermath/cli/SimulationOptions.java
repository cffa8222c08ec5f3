package org.aftermath.cli;

import org.aftermath.ode.Tolerances;
import org.aftermath.runner.RunOptions;
import picocli.CommandLine.Option;

/** The options every simulating command shares: output step, seed, integrator, tolerances. */
final class SimulationOptions {

    @Option(names = "--step", paramLabel = "DAYS", defaultValue = "1",
            description = "output step of the time courses in days (default: ${DEFAULT-VALUE})")
    private double step;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "random seed, recorded in every output (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--integrator", paramLabel = "NAME", defaultValue = "auto",
            description = "auto, dormand-prince or rosenbrock (default: ${DEFAULT-VALUE})")
    private String integrator;

    @Option(names = "--rtol", paramLabel = "X", description = "relative tolerance (default: 1e-10)")
    private Double rtol;

    @Option(names = "--atol", paramLabel = "X", description = "absolute tolerance (default: 1e-12)")
    private Double atol;

    /**
     * @return the run options
     * @throws BadOptionException naming the option when a value is not allowed
     */
    RunOptions runOptions() {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new BadOptionException("--step: must be a positive number of days (got " + step + ")");
        }
        CommonOptions.integrator(integrator);
        Tolerances tol;
        try {
            tol = new Tolerances(rtol != null ? rtol : Tolerances.DEFAULT.relative(),
                    atol != null ? atol : Tolerances.DEFAULT.absolute());
        } catch (IllegalArgumentException e) {
            throw new BadOptionException((rtol != null && !(rtol > 0 && rtol < 1) ? "--rtol: " : "--atol: ")
                    + e.getMessage());
        }
        return new RunOptions(step, integrator, tol, seed);
    }
}
