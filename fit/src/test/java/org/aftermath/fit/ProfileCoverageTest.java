package org.aftermath.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.aftermath.cohort.sampling.PatientSeeds;
import org.aftermath.fit.io.ProblemLoader;
import org.aftermath.fit.objective.Objective;
import org.aftermath.fit.optimize.SmoothFunction;
import org.aftermath.fit.optimize.SmoothFunctions;
import org.aftermath.fit.optimize.StartDesign;
import org.aftermath.fit.optimize.TrustRegionReflective;
import org.aftermath.fit.problem.EstimationProblem;
import org.aftermath.fit.problem.Measurement;
import org.aftermath.fit.problem.ProblemParameter;
import org.aftermath.fit.uncertainty.Profile;
import org.aftermath.fit.uncertainty.Profiler;
import org.aftermath.kernel.expr.Expr;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Synthetic recovery and coverage: Gompertz growth with two log-kill doses (three parameters: the Gompertz rate,
 * the kill fraction and the initial cells), 200 replicates of log-normal data simulated from the closed form with a
 * seed fixed before the first run. Each replicate is fitted from three starts and profiled; every 95 % profile
 * interval must be finite inside the bounds, and each parameter's intervals must cover the truth at a rate inside
 * the binomial 99.9 % interval around 95 %.
 */
class ProfileCoverageTest {

    private static final long SEED = 16_2026_12_06L;
    private static final int REPLICATES = 200;
    private static final double RATE = 0.01;
    private static final double KILL = 0.9;
    private static final double N0 = 1e9;
    private static final double CAPACITY = 1e12;
    private static final double SIGMA = 0.3;
    private static final double[] DOSES = {10, 24};
    private static final double[] DAYS = {0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42};

    @TempDir
    Path dir;

    /** ln N(t) of Gompertz growth with log-kill doses: u = ln(K/N) decays as e^(−a t), a dose adds −ln(1 − k). */
    static double lnCells(double t, double rate, double kill, double n0) {
        double u = Math.log(CAPACITY / n0);
        double from = 0;
        for (double dose : DOSES) {
            if (dose <= t) {
                u *= Math.exp(-rate * (dose - from));
                u -= Math.log(1 - kill);
                from = dose;
            }
        }
        u *= Math.exp(-rate * (t - from));
        return Math.log(CAPACITY) - u;
    }

    @Test
    void profileIntervalsAreFiniteAndCoverTheTruthAtTheNominalRate() throws IOException {
        Files.writeString(dir.resolve("arm.yaml"), """
                name: gompertz-kill
                days: 42
                tumor: {cells: 1.0e9, growth: {law: gompertz, carrying_capacity: 1.0e12, rate_per_day: 0.01}}
                treatments:
                  - {name: chemo, kill_fraction: 0.9, days: [10, 24]}
                """);
        StringBuilder csv = new StringBuilder("arm,day,observable,value,sd\n");
        for (double d : DAYS) {
            csv.append("a,").append(d).append(",tumor_cells,").append(Math.exp(lnCells(d, RATE, KILL, N0)))
                    .append(',').append(SIGMA).append('\n');
        }
        Files.writeString(dir.resolve("data.csv"), csv);
        Files.writeString(dir.resolve("fit.yaml"), """
                name: coverage
                arms: {a: arm.yaml}
                data: data.csv
                parameters:
                  - {id: gompertz_rate, lower: 1.0e-4, upper: 1, scale: log10}
                  - {id: chemo_kill_fraction, lower: 0.01, upper: 0.9999, scale: lin, start: 0.5}
                  - {id: initial_cells, initial: N, lower: 1.0e6, upper: 1.0e12, scale: log10}
                observables:
                  tumor_cells: {transformation: log}
                """);
        EstimationProblem template = ProblemLoader.load(dir.resolve("fit.yaml")).problem();
        List<ProblemParameter> estimated = template.estimated();
        double[] truth = {Math.log10(RATE), KILL, Math.log10(N0)};
        double[] lower = estimated.stream().mapToDouble(ProblemParameter::lowerOnScale).toArray();
        double[] upper = estimated.stream().mapToDouble(ProblemParameter::upperOnScale).toArray();
        double threshold = Profiler.threshold(0.95);
        TrustRegionReflective.Options options = TrustRegionReflective.Options.DEFAULT;
        Objective.Settings settings = new Objective.Settings(new org.aftermath.ode.Tolerances(1e-8, 1e-6), 1e9);
        // replicates in parallel (each depends only on its seed): [covered per parameter, unbounded per parameter]
        List<int[]> outcomes = java.util.stream.IntStream.range(0, REPLICATES).parallel().mapToObj(rep -> {
            RandomGenerator random = PatientSeeds.generator(PatientSeeds.patientSeed(SEED, rep));
            List<Measurement> data = new ArrayList<>();
            for (int i = 0; i < DAYS.length; i++) {
                double y = Math.exp(lnCells(DAYS[i], RATE, KILL, N0) + SIGMA * random.nextGaussian());
                data.add(new Measurement("tumor_cells", null, "a", DAYS[i], y, List.of(),
                        List.of(Expr.num(SIGMA)), i + 2));
            }
            EstimationProblem problem = new EstimationProblem(template.name(), template.source(),
                    template.parameters(), template.observables(), template.conditions(), data);
            SmoothFunction f = SmoothFunctions.of(new Objective(problem, settings));
            TrustRegionReflective.Result best = null;
            for (double[] start : StartDesign.points(estimated, 3, PatientSeeds.patientSeed(SEED ^ 1, rep),
                    StartDesign.Kind.LATIN_HYPERCUBE)) {
                TrustRegionReflective.Result r = new TrustRegionReflective(options).minimize(f, start, lower, upper);
                if (best == null || r.value() < best.value()) {
                    best = r;
                }
            }
            Profiler profiler = new Profiler(f, lower, upper, options);
            int[] outcome = new int[6];
            for (int k = 0; k < 3; k++) {
                double step = 0.02 * (upper[k] - lower[k]);
                Profile down = profiler.profile(best.x(), best.value(), k, -1, step, threshold);
                Profile up = profiler.profile(best.x(), best.value(), k, 1, step, threshold);
                if (!down.bounded() || !up.bounded()) {
                    outcome[3 + k] = 1;
                } else if (down.crossing() <= truth[k] && truth[k] <= up.crossing()) {
                    outcome[k] = 1;
                }
            }
            return outcome;
        }).toList();
        int[] covered = new int[3];
        List<String> unbounded = new ArrayList<>();
        for (int rep = 0; rep < REPLICATES; rep++) {
            for (int k = 0; k < 3; k++) {
                covered[k] += outcomes.get(rep)[k];
                if (outcomes.get(rep)[3 + k] == 1) {
                    unbounded.add("replicate " + rep + ", parameter " + k);
                }
            }
        }
        BinomialDistribution b = new BinomialDistribution(REPLICATES, 0.95);
        int lo = b.inverseCumulativeProbability(0.0005);
        int hi = b.inverseCumulativeProbability(0.9995);
        System.out.printf("profile coverage over %d replicates: rate %d, kill %d, initial cells %d (allowed %d..%d)%n",
                REPLICATES, covered[0], covered[1], covered[2], lo, hi);
        assertThat(unbounded).as("profile intervals that reach a bound").isEmpty();
        for (int k = 0; k < 3; k++) {
            assertThat(covered[k]).as(estimated.get(k).id()).isBetween(lo, hi);
        }
    }
}
