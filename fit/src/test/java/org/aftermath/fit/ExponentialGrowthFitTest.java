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
import org.aftermath.fit.objective.Evaluation;
import org.aftermath.fit.objective.Objective;
import org.aftermath.fit.optimize.FitJob;
import org.aftermath.fit.optimize.Method;
import org.aftermath.fit.optimize.Multistart;
import org.aftermath.fit.optimize.StartDesign;
import org.aftermath.fit.optimize.StartResult;
import org.aftermath.fit.optimize.TrustRegionReflective;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closed form: exponential growth N(t) = N0·2^(t/td) fitted to log-normal data with known σ on the log scale is
 * ordinary least squares of ln y on t (intercept ln N0, slope ln 2/td); the estimates and their standard errors
 * (from the Fisher information, through the log10 scales by the delta method) must be OLS's.
 */
class ExponentialGrowthFitTest {

    @TempDir
    Path dir;

    @Test
    void theFitIsOrdinaryLeastSquaresOnTheLogs() throws IOException {
        double n0 = 2e9;
        double td = 6;
        double sigma = 0.25;
        RandomGenerator random = PatientSeeds.generator(20261206L);
        double[] days = {0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30};
        double[] lnY = new double[days.length];
        StringBuilder csv = new StringBuilder("arm,day,observable,value,sd\n");
        for (int i = 0; i < days.length; i++) {
            lnY[i] = Math.log(n0) + Math.log(2) / td * days[i] + sigma * random.nextGaussian();
            csv.append(String.format(Locale.ROOT, "growth,%s,tumor_cells,%.17g,%s%n", days[i], Math.exp(lnY[i]),
                    sigma));
        }
        Files.writeString(dir.resolve("data.csv"), csv);
        Files.writeString(dir.resolve("arm.yaml"), """
                name: growth
                days: 30
                tumor: {cells: 1.0e9, growth: {law: exponential, doubling_days: 10}}
                """);
        Files.writeString(dir.resolve("fit.yaml"), """
                name: exponential
                arms: {growth: arm.yaml}
                data: data.csv
                parameters:
                  - {id: doubling_days, lower: 1, upper: 100, scale: log10}
                  - {id: initial_cells, initial: N, lower: 1.0e7, upper: 1.0e11, scale: log10}
                observables:
                  tumor_cells: {transformation: log}
                """);
        ProblemLoader.Loaded loaded = ProblemLoader.load(dir.resolve("fit.yaml"));
        FitJob job = new FitJob(loaded.files(), 1e-10, 1e-6, 1e9, Method.TRUST_REGION,
                TrustRegionReflective.Options.DEFAULT, 7);
        double[][] starts = StartDesign.points(loaded.problem().estimated(), 4, 7, StartDesign.Kind.LATIN_HYPERCUBE);
        List<StartResult> results = Multistart.run(job, starts, new LocalIndexedExecutor(2), Multistart.Progress.NONE);
        StartResult best = results.get(Multistart.best(results));

        // OLS of ln y on t
        int n = days.length;
        double st = 0;
        double sy = 0;
        double stt = 0;
        double sty = 0;
        for (int i = 0; i < n; i++) {
            st += days[i];
            sy += lnY[i];
            stt += days[i] * days[i];
            sty += days[i] * lnY[i];
        }
        double slope = (n * sty - st * sy) / (n * stt - st * st);
        double intercept = (sy - slope * st) / n;
        double varSlope = sigma * sigma * n / (n * stt - st * st);
        double varIntercept = sigma * sigma * stt / (n * stt - st * st);
        double ln10 = Math.log(10);
        double xTd = Math.log10(Math.log(2) / slope);
        double xN0 = intercept / ln10;
        assertThat(best.x()[0]).isCloseTo(xTd, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(best.x()[1]).isCloseTo(xN0, org.assertj.core.data.Offset.offset(1e-6));

        Evaluation at = new Objective(loaded.problem(), job.settings()).evaluate(best.x(), true);
        RealMatrix information = MatrixUtils.createRealMatrix(2, 2);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                information.setEntry(i, j, at.information()[i * 2 + j]);
            }
        }
        RealMatrix cov = new LUDecomposition(information).getSolver().getInverse();
        double seTd = Math.sqrt(varSlope) / (slope * ln10);
        double seN0 = Math.sqrt(varIntercept) / ln10;
        assertThat(Math.sqrt(cov.getEntry(0, 0)) / seTd).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(Math.sqrt(cov.getEntry(1, 1)) / seN0).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-5));
        // the objective at the optimum is the Gaussian negative log-likelihood of the OLS residuals on ln y
        double rss = 0;
        double jacobian = 0;
        for (int i = 0; i < n; i++) {
            double r = lnY[i] - intercept - slope * days[i];
            rss += r * r;
            jacobian += lnY[i];
        }
        double nll = 0.5 * n * Math.log(2 * Math.PI * sigma * sigma) + 0.5 * rss / (sigma * sigma) + jacobian;
        assertThat(best.value()).isCloseTo(nll, org.assertj.core.data.Offset.offset(1e-6 * Math.abs(nll)));
    }
}
