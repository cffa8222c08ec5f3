package org.aftermath.report;

import java.util.List;
import java.util.Map;

/**
 * What produced a run's outputs, so that anyone can rerun it: the tool, the exact scenario,
 * the seed, every parameter value used, the solver and its work, and the wall time.
 *
 * @param tool           "aftermath"
 * @param version        tool version
 * @param scenario       scenario name
 * @param scenarioFile   scenario path as given
 * @param scenarioSha256 SHA-256 of the scenario file's bytes, hex
 * @param seed           the run's seed
 * @param outputStep     output grid spacing, days
 * @param parameters     every model parameter value used, by name (model order)
 * @param solver         integrator and tolerances
 * @param work           integrator work counters
 * @param wallTimeMs     wall-clock time of the simulation, milliseconds
 * @param javaVersion    the Java runtime
 * @param createdUtc     when the outputs were written, ISO-8601 UTC
 * @param files          the output files
 */
public record Manifest(String tool, String version, String scenario, String scenarioFile,
                       String scenarioSha256, long seed, double outputStep,
                       Map<String, Double> parameters, Solver solver, Work work, double wallTimeMs,
                       String javaVersion, String createdUtc, List<String> files) {

    /**
     * @param name              integrator name
     * @param relativeTolerance relative tolerance
     * @param absoluteTolerance absolute tolerance
     */
    public record Solver(String name, double relativeTolerance, double absoluteTolerance) { }

    /**
     * @param steps               accepted steps
     * @param rejectedSteps       rejected steps
     * @param rhsEvaluations      right-hand-side evaluations
     * @param jacobianEvaluations Jacobian evaluations
     * @param luDecompositions    LU factorisations
     */
    public record Work(long steps, long rejectedSteps, long rhsEvaluations, long jacobianEvaluations,
                       long luDecompositions) { }
}
