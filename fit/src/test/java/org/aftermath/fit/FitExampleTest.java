package org.aftermath.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.aftermath.cohort.sampling.PatientSeeds;
import org.aftermath.cohort.tasks.LocalIndexedExecutor;
import org.aftermath.fit.io.ProblemLoader;
import org.aftermath.fit.optimize.FitJob;
import org.aftermath.fit.optimize.Method;
import org.aftermath.fit.optimize.StartDesign;
import org.aftermath.fit.optimize.TrustRegionReflective;
import org.aftermath.fit.problem.ProblemParameter;
import org.aftermath.fit.uncertainty.Profile;
import org.aftermath.runner.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * The bundled fit example (examples/fit-gompertz-kill): its synthetic data are exactly what this generator gives
 * (Gompertz growth with log-kill doses in closed form, known parameters, log-normal noise, a fixed seed), and the
 * fit recovers the known parameters inside its 95 % profile intervals.
 */
class FitExampleTest {

    static final Path EXAMPLE = Runs.EXAMPLES.resolve("fit-gompertz-kill");
    static final double RATE = 0.012;
    static final double KILL = 0.8;
    static final double N0 = 1.5e9;
    static final double CAPACITY = 1e12;
    static final double SIGMA = 0.2;
    static final long SEED = 20261206L;
    static final double[] DAYS = {0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42};

    /** ln N(t): u = ln(K/N) decays as e^(−a t); each dose adds −ln(1 − k). */
    static double lnCells(double t, double[] doses) {
        double u = Math.log(CAPACITY / N0);
        double from = 0;
        for (double dose : doses) {
            if (dose <= t) {
                u *= Math.exp(-RATE * (dose - from));
                u -= Math.log(1 - KILL);
                from = dose;
            }
        }
        u *= Math.exp(-RATE * (t - from));
        return Math.log(CAPACITY) - u;
    }

    /** @return the example's data.csv */
    static String data() {
        RandomGenerator random = PatientSeeds.generator(SEED);
        StringBuilder csv = new StringBuilder("arm,day,observable,value,sd\n");
        for (String arm : List.of("control", "treated")) {
            double[] doses = arm.equals("treated") ? new double[] {7, 21} : new double[0];
            for (double d : DAYS) {
                double y = Math.exp(lnCells(d, doses) + SIGMA * random.nextGaussian());
                csv.append(String.format(Locale.ROOT, "%s,%s,tumor_cells,%.6e,%s%n", arm, (int) d, y, SIGMA));
            }
        }
        return csv.toString();
    }

    @Test
    void theBundledDataAreTheGeneratorsAndTheFitRecoversTheTruth() throws IOException {
        assertThat(Files.readString(EXAMPLE.resolve("data.csv"))).isEqualTo(data());
        ProblemLoader.Loaded loaded = ProblemLoader.load(EXAMPLE.resolve("fit.yaml"));
        FitJob job = new FitJob(loaded.files(), 1e-8, 1e-6, 1e9, Method.TRUST_REGION,
                TrustRegionReflective.Options.DEFAULT, 1);
        FitResult r = FitRun.run(loaded.problem(), job, new FitOptions(8, StartDesign.Kind.LATIN_HYPERCUBE, true, 0.95,
                0, 4), new LocalIndexedExecutor(2), FitRun.Progress.NONE);
        double[] truth = {Math.log10(RATE), KILL, Math.log10(N0)};
        List<ProblemParameter> estimated = r.problem().estimated();
        for (int k = 0; k < 3; k++) {
            Profile.Pair p = r.profiles().get(k);
            assertThat(p.verdict()).as(estimated.get(k).id()).isEqualTo("identifiable");
            assertThat(truth[k]).as(estimated.get(k).id()).isBetween(p.lower().crossing(), p.upper().crossing());
        }
        assertThat(r.startsAtBest(0.1)).isGreaterThanOrEqualTo(6);
    }
}
