package org.aftermath.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.random.RandomGenerator;
import org.aftermath.cohort.sampling.PatientSeeds;
import org.aftermath.cohort.tasks.LocalIndexedExecutor;
import org.aftermath.fit.io.ProblemLoader;
import org.aftermath.fit.optimize.FitJob;
import org.aftermath.fit.optimize.Method;
import org.aftermath.fit.optimize.StartDesign;
import org.aftermath.fit.optimize.TrustRegionReflective;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closed form: one-compartment pharmacokinetics, C(t) = Σ dose/V·exp(−CL/V·(t − t_dose)) over two boluses, written
 * as a user model file of an arm. Noiseless data give back the true clearance and volume; log-normal data with 10 %
 * noise give estimates within three standard errors of the truth.
 */
class OneCompartmentPkFitTest {

    private static final double CL = 10;
    private static final double V = 20;
    private static final double DOSE = 100;
    private static final double[] TIMES = {0.1, 0.25, 0.5, 1, 1.5, 2, 2.1, 2.25, 2.5, 3, 3.5, 4};

    @TempDir
    Path dir;

    static double concentration(double t) {
        double k = CL / V;
        double c = DOSE / V * Math.exp(-k * t);
        return t >= 2 ? c + DOSE / V * Math.exp(-k * (t - 2)) : c;
    }

    private FitResult fit(double sigma, long seed) throws IOException {
        Files.createDirectories(dir.resolve("pk"));
        try (InputStream in = getClass().getResourceAsStream("pk/one-compartment.ant")) {
            Files.write(dir.resolve("pk").resolve("one-compartment.ant"), in.readAllBytes());
        }
        Files.writeString(dir.resolve("arm.yaml"), """
                name: pk
                days: 4
                tumor: {cells: 1.0e9, growth: {law: exponential, doubling_days: 10}}
                model: pk
                """);
        RandomGenerator random = PatientSeeds.generator(seed);
        StringBuilder csv = new StringBuilder("arm,day,observable,value,sd\n");
        for (double t : TIMES) {
            double y = concentration(t) * Math.exp(sigma * random.nextGaussian());
            csv.append("pk,").append(t).append(",conc,").append(y).append(',').append(Math.max(sigma, 0.01))
                    .append('\n');
        }
        Files.writeString(dir.resolve("data.csv"), csv);
        Files.writeString(dir.resolve("fit.yaml"), """
                name: pk
                arms: {pk: arm.yaml}
                data: data.csv
                parameters:
                  - {id: CL, lower: 0.1, upper: 100}
                  - {id: V, lower: 1, upper: 200}
                observables:
                  conc: {transformation: log}
                """);
        ProblemLoader.Loaded loaded = ProblemLoader.load(dir.resolve("fit.yaml"));
        FitJob job = new FitJob(loaded.files(), 1e-10, 1e-10, 1e9, Method.TRUST_REGION,
                TrustRegionReflective.Options.DEFAULT, seed);
        return FitRun.run(loaded.problem(), job, new FitOptions(4, StartDesign.Kind.LATIN_HYPERCUBE, false, 0.95, 0,
                4), new LocalIndexedExecutor(2), FitRun.Progress.NONE);
    }

    @Test
    void noiselessDataGiveBackClearanceAndVolume() throws IOException {
        FitResult r = fit(0, 1);
        double cl = Math.pow(10, r.bestStart().x()[0]);
        double v = Math.pow(10, r.bestStart().x()[1]);
        assertThat(Math.abs(cl / CL - 1)).isLessThan(1e-6);
        assertThat(Math.abs(v / V - 1)).isLessThan(1e-6);
    }

    @Test
    void noisyDataGiveEstimatesWithinThreeStandardErrors() throws IOException {
        FitResult r = fit(0.1, 42);
        List<Double> truth = List.of(Math.log10(CL), Math.log10(V));
        for (int k = 0; k < 2; k++) {
            double x = r.bestStart().x()[k];
            double se = r.standardError(k);
            assertThat(se).isPositive().isLessThan(0.05);
            assertThat(Math.abs(x - truth.get(k))).as(r.problem().estimated().get(k).id()).isLessThan(3 * se);
        }
        assertThat(r.startsAtBest(0.1)).isEqualTo(4);
    }
}
