package org.aftermath.cli;

import java.util.Iterator;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.ode.Tolerances;
import org.aftermath.runner.RunOptions;
import picocli.CommandLine.Option;

/**
 * The solver options of every simulating command — {@code --seed}, {@code --integrator},
 * {@code --rtol}, {@code --atol} — on top of the command's preset: {@link RunOptions#DEFAULT} for
 * {@code run} and {@code compare}, {@link RunOptions#COHORT} (RODAS4, rtol 1e-5, atol 1e-3, burden
 * outcomes only) for {@code cohort}, {@code optimize} and {@code sensitivity}. The help shows each
 * command's own defaults (the preset's values); the values are checked where the runner checks
 * them, and a refusal names the option.
 */
final class SolverOptions {

    private final RunOptions preset;

    @Option(names = "--seed", paramLabel = "N",
            description = "seed of the command's random draws (patients, search, bootstrap, trajectories), recorded in"
                    + " every output (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--integrator", paramLabel = "NAME", completionCandidates = IntegratorNames.class,
            description = "${COMPLETION-CANDIDATES}: auto starts with dormand-prince and switches to rosenbrock"
                    + " (RODAS4) where the model turns stiff; dormand-prince-853 is the 8th-order explicit method"
                    + " for tight tolerances (default: ${DEFAULT-VALUE})")
    private String integrator;

    @Option(names = "--rtol", paramLabel = "X", description = "relative tolerance, in (0, 1) (default: ${DEFAULT-VALUE})")
    private double rtol;

    @Option(names = "--atol", paramLabel = "X",
            description = "absolute tolerance, > 0, in each state's unit (default: ${DEFAULT-VALUE})")
    private double atol;

    /** The {@link RunOptions#DEFAULT} preset (picocli's constructor). */
    SolverOptions() {
        this(RunOptions.DEFAULT);
    }

    /** @param preset the command's preset: the defaults, and everything these options do not set */
    SolverOptions(RunOptions preset) {
        this.preset = preset;
        this.seed = preset.seed();
        this.integrator = preset.integrator().id();
        this.rtol = preset.tolerances().relative();
        this.atol = preset.tolerances().absolute();
    }

    /**
     * @return the preset with the seed, integrator and tolerances given
     * @throws BadOptionException naming the option when a value is not allowed
     */
    RunOptions runOptions() {
        RunOptions o = BadOptionException.choice(() -> preset.withIntegrator(IntegratorKind.of(integrator)), "--integrator");
        if (!(rtol > 0 && rtol < 1)) {
            throw new BadOptionException("--rtol: must be in (0, 1) (got " + rtol + ")");
        }
        if (!(atol > 0) || Double.isInfinite(atol)) {
            throw new BadOptionException("--atol: must be a finite number > 0 (got " + atol + ")");
        }
        return o.withTolerances(new Tolerances(rtol, atol)).withSeed(seed);
    }

    /** The integrator names, for the help. */
    static final class IntegratorNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return IntegratorKind.ids().iterator();
        }
    }
}
