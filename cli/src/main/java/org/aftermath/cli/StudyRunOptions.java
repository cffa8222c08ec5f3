package org.aftermath.cli;

import org.aftermath.runner.RunOptions;
import picocli.CommandLine.Option;

/**
 * The run options of the commands that simulate a scenario many times (optimize,
 * sensitivity): the {@link RunOptions#COHORT} preset (RODAS4, rtol 1e-5, atol 1e-3, burden
 * outcomes only), agreeing with a 1e-11 reference within 1e-3 relative on Figure 3C and its
 * variants, unless the integrator or a tolerance is given; and the seed.
 */
final class StudyRunOptions {

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "seed of the search, the bootstrap or the trajectories, and of a cohort's patients"
                    + " (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--integrator", paramLabel = "NAME",
            description = "auto, dormand-prince or rosenbrock (default: rosenbrock, the cohort preset)")
    private String integrator;

    @Option(names = "--rtol", paramLabel = "X", description = "relative tolerance (default: 1e-5, the cohort preset)")
    private Double rtol;

    @Option(names = "--atol", paramLabel = "X", description = "absolute tolerance (default: 1e-3, the cohort preset)")
    private Double atol;

    /**
     * @return the run options
     * @throws BadOptionException naming the option when a value is not allowed
     */
    RunOptions runOptions() {
        RunOptions o = RunOptions.COHORT.withSeed(seed);
        if (integrator != null) {
            o = o.withIntegrator(CommonOptions.integrator(integrator));
        }
        return o.withTolerances(CommonOptions.tolerances(rtol, atol, o.tolerances()));
    }
}
