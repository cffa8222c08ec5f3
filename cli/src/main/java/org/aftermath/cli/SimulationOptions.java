package org.aftermath.cli;

import org.aftermath.runner.RunOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that simulate scenarios one by one (run, compare): the output step and the solver. */
final class SimulationOptions {

    @Option(names = "--step", paramLabel = "DAYS", defaultValue = "1",
            description = "output step of the time courses in days; never changes summary.json (default: ${DEFAULT-VALUE})")
    private double step;

    @Mixin
    private SolverOptions solver = new SolverOptions(RunOptions.DEFAULT);

    /**
     * @return the run options
     * @throws BadOptionException naming the option when a value is not allowed
     */
    RunOptions runOptions() {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new BadOptionException("--step: must be a positive number of days (got " + step + ")");
        }
        return solver.runOptions().withOutputStep(step);
    }
}
