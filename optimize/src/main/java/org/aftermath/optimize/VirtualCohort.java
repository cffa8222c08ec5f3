package org.aftermath.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aftermath.cohort.sampling.CohortSampler;
import org.aftermath.cohort.sampling.PatientDraw;
import org.aftermath.cohort.sampling.ScenarioVariability;
import org.aftermath.runner.RunOptions;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioInputs;

/**
 * Evaluates a candidate on a fixed virtual cohort: patients 0..M-1 of the scenario's
 * {@code variability:} with one seed ({@link CohortSampler#patient}, the draws the cohort command
 * makes for the same seed), drawn once and applied to every candidate's scenario
 * ({@link ScenarioInputs#apply}), so candidates are compared on the same patients. The objective
 * is the mean over the patients, summed in patient order whatever the number of threads. Close it
 * to stop its threads.
 */
public final class VirtualCohort implements ScenarioEvaluator {

    private final ScheduleObjective objective;
    private final RunOptions options;
    private final List<PatientDraw> patients;
    private final ExecutorService pool;

    /**
     * @param base      the scenario as written (its {@code variability:} defines the patients)
     * @param patients  number of patients M (&ge; 1)
     * @param seed      cohort seed
     * @param objective what to read from each run
     * @param options   how to run
     * @param threads   worker threads (&ge; 1)
     * @throws ScenarioException if the scenario has no variability
     */
    public VirtualCohort(Scenario base, int patients, long seed, ScheduleObjective objective, RunOptions options, int threads) {
        if (patients < 1) {
            throw new IllegalArgumentException("--patients must be >= 1 (got " + patients + ")");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1 (got " + threads + ")");
        }
        CohortSampler sampler = ScenarioVariability.sampler(base.variability(), base.source(), "add a variability:"
                + " block or leave out --patients to optimise for the scenario as written");
        this.objective = objective;
        this.options = options;
        this.patients = sampler.patients(seed, 0, patients);
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "optimize-patient");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public double evaluate(Scenario scenario) {
        List<Future<Double>> futures = new ArrayList<>(patients.size());
        for (PatientDraw p : patients) {
            futures.add(pool.submit(() -> objective.run(ScenarioInputs.apply(scenario, p.values()), options)));
        }
        double sum = 0.0;
        for (Future<Double> f : futures) {
            sum += get(f);
        }
        return sum / patients.size();
    }

    private static double get(Future<Double> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while simulating the cohort", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public int simulationsPerEvaluation() {
        return patients.size();
    }

    @Override
    public ScheduleObjective objective() {
        return objective;
    }

    /** @return the patients' drawn inputs, in patient order */
    public List<PatientDraw> patients() {
        return patients;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
