package org.aftermath.ode;

/**
 * Work counters of one or more integrations. Mutable accumulator, not thread-safe: one per
 * simulation.
 */
public final class IntegrationStats {
    private long steps;
    private long rejectedSteps;
    private long rhsEvaluations;
    private long jacobianEvaluations;
    private long luDecompositions;

    public long steps() { return steps; }
    public long rejectedSteps() { return rejectedSteps; }
    public long rhsEvaluations() { return rhsEvaluations; }
    public long jacobianEvaluations() { return jacobianEvaluations; }
    public long luDecompositions() { return luDecompositions; }

    public void addSteps(long n) { steps += n; }
    public void addRejectedSteps(long n) { rejectedSteps += n; }
    public void addRhsEvaluations(long n) { rhsEvaluations += n; }
    public void addJacobianEvaluations(long n) { jacobianEvaluations += n; }
    public void addLuDecompositions(long n) { luDecompositions += n; }

    /** Adds every counter of {@code other} to this one. */
    public void add(IntegrationStats other) {
        steps += other.steps;
        rejectedSteps += other.rejectedSteps;
        rhsEvaluations += other.rhsEvaluations;
        jacobianEvaluations += other.jacobianEvaluations;
        luDecompositions += other.luDecompositions;
    }

    @Override
    public String toString() {
        return "steps=" + steps + ", rejected=" + rejectedSteps + ", rhs=" + rhsEvaluations
                + ", jacobians=" + jacobianEvaluations + ", lu=" + luDecompositions;
    }
}
