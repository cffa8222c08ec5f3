package org.aftermath.fit.optimize;

import java.io.Serializable;
import java.util.Objects;
import org.aftermath.fit.io.ProblemFiles;
import org.aftermath.fit.io.ProblemLoader;
import org.aftermath.fit.objective.Objective;
import org.aftermath.ode.Tolerances;

/**
 * A fit as plain data: the problem's files and how to simulate and optimise it. Serializable, so that an engine can
 * run its starts anywhere ({@link StartTask}).
 *
 * @param files              the problem's files
 * @param rtol               relative tolerance of the simulations
 * @param atol               absolute tolerance
 * @param steadyStateMaxTime the longest simulated time to reach a steady state
 * @param method             the local optimiser
 * @param options            its stopping rules (trust region)
 * @param seed               the fit's seed
 * @param hierarchical       whether scaling parameters take their closed-form optimum inside each evaluation
 *                           ({@link OptimalScalings}) instead of being optimised with the others
 */
public record FitJob(ProblemFiles files, double rtol, double atol, double steadyStateMaxTime, Method method,
                     TrustRegionReflective.Options options, long seed, boolean hierarchical) implements Serializable {

    private static final long serialVersionUID = 2L;

    /** A job that optimises every parameter (not hierarchically). */
    public FitJob(ProblemFiles files, double rtol, double atol, double steadyStateMaxTime, Method method,
                  TrustRegionReflective.Options options, long seed) {
        this(files, rtol, atol, steadyStateMaxTime, method, options, seed, false);
    }

    public FitJob {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(options, "options");
        new Tolerances(rtol, atol);
    }

    /** The objective of the job this JVM built last (its workers share one compiled model and its tangents). */
    private static FitJob lastJob;
    private static Objective lastObjective;

    /**
     * The job's objective, read from its files and compiled once per JVM for the job last asked for: the workers of
     * one engine (threads) share it ({@link Objective} is thread-safe), so the model and its tangent code are
     * compiled once instead of once per worker.
     *
     * @return the objective
     */
    public Objective objective() {
        synchronized (FitJob.class) {
            if (!this.equals(lastJob)) {
                lastObjective = new Objective(ProblemLoader.read(files), settings());
                lastJob = this;
            }
            return lastObjective;
        }
    }

    /** @return the objective's settings */
    public Objective.Settings settings() {
        return new Objective.Settings(new Tolerances(rtol, atol), steadyStateMaxTime);
    }
}
