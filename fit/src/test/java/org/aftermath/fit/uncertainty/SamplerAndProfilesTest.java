package org.aftermath.fit.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.aftermath.cohort.sampling.PatientSeeds;
import org.aftermath.fit.optimize.SmoothFunction;
import org.aftermath.fit.optimize.TrustRegionReflective;
import org.junit.jupiter.api.Test;

/**
 * The uncertainty tools on targets with known answers: adaptive Metropolis on a correlated Gaussian (mean,
 * variances, correlation; R̂ near 1), R̂ and ESS on independent draws and on chains stuck apart, and profiles of a
 * quadratic (exact interval x* ± √(2·1.92)·σ) and of a function of a·b alone (a flat profile: practically
 * non-identifiable).
 */
class SamplerAndProfilesTest {

    @Test
    void adaptiveMetropolisRecoversACorrelatedGaussian() {
        double s1 = 1;
        double s2 = 3;
        double rho = 0.8;
        double det = 1 - rho * rho;
        List<AdaptiveMetropolis.Chain> chains = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            chains.add(AdaptiveMetropolis.run(x -> {
                double a = x[0] / s1;
                double b = x[1] / s2;
                return -0.5 * (a * a - 2 * rho * a * b + b * b) / det;
            }, new double[] {c - 1.5, 2 - c}, new double[] {-50, -50}, new double[] {50, 50},
                    new double[] {0.5, 0.5}, 4000, 8000, PatientSeeds.patientSeed(99, c)));
        }
        Sample sample = Sample.of(chains, 4000, 99);
        double[][] all = sample.all();
        double m0 = 0;
        double m1 = 0;
        for (double[] x : all) {
            m0 += x[0] / all.length;
            m1 += x[1] / all.length;
        }
        double v0 = 0;
        double v1 = 0;
        double c01 = 0;
        for (double[] x : all) {
            v0 += (x[0] - m0) * (x[0] - m0) / all.length;
            v1 += (x[1] - m1) * (x[1] - m1) / all.length;
            c01 += (x[0] - m0) * (x[1] - m1) / all.length;
        }
        assertThat(m0).isCloseTo(0, within(0.1));
        assertThat(m1).isCloseTo(0, within(0.3));
        assertThat(Math.sqrt(v0)).isCloseTo(s1, within(0.08));
        assertThat(Math.sqrt(v1)).isCloseTo(s2, within(0.25));
        assertThat(c01 / Math.sqrt(v0 * v1)).isCloseTo(rho, within(0.05));
        for (int k = 0; k < 2; k++) {
            assertThat(sample.rhat()[k]).isLessThan(1.02);
            assertThat(sample.ess()[k]).isGreaterThan(500);
        }
        for (AdaptiveMetropolis.Chain c : chains) {
            assertThat(c.acceptance()).isBetween(0.15, 0.6);
        }
    }

    @Test
    void diagnosticsOfIndependentDrawsAndOfSeparatedChains() {
        RandomGenerator random = PatientSeeds.generator(5);
        double[][] iid = new double[4][2000];
        double[][] apart = new double[4][2000];
        for (int c = 0; c < 4; c++) {
            for (int i = 0; i < 2000; i++) {
                iid[c][i] = random.nextGaussian();
                apart[c][i] = 3 * c + random.nextGaussian();
            }
        }
        assertThat(Diagnostics.splitRhat(iid)).isCloseTo(1, within(0.01));
        assertThat(Diagnostics.effectiveSampleSize(iid)).isBetween(7000.0, 9000.0);
        assertThat(Diagnostics.splitRhat(apart)).isGreaterThan(2);
    }

    @Test
    void profileOfAQuadraticAndOfAnUnidentifiableParameter() {
        double sigma = 0.2;
        // f = ½((x0 − 1)/σ)² + ½(x1 − 2)²: the profile of x0 crosses 1.92 at 1 ± σ√(2·1.92)
        SmoothFunction quadratic = (x, d) -> new SmoothFunction.Point(
                0.5 * Math.pow((x[0] - 1) / sigma, 2) + 0.5 * Math.pow(x[1] - 2, 2),
                new double[] {(x[0] - 1) / (sigma * sigma), x[1] - 2}, new double[] {1 / (sigma * sigma), 0, 0, 1});
        double[] lower = {-10, -10};
        double[] upper = {10, 10};
        Profiler profiler = new Profiler(quadratic, lower, upper, TrustRegionReflective.Options.DEFAULT);
        double threshold = Profiler.threshold(0.95);
        assertThat(threshold).isCloseTo(1.9207, within(1e-4));
        Profile down = profiler.profile(new double[] {1, 2}, 0, 0, -1, 0.05, threshold);
        Profile up = profiler.profile(new double[] {1, 2}, 0, 0, 1, 0.05, threshold);
        double half = sigma * Math.sqrt(2 * threshold);
        assertThat(down.crossing()).isCloseTo(1 - half, within(0.01 * half));
        assertThat(up.crossing()).isCloseTo(1 + half, within(0.01 * half));
        assertThat(new Profile.Pair(0, down, up).verdict()).isEqualTo("identifiable");

        // f = ½(x0 + x1 − 1)² (on log scales: only the product a·b is determined)
        SmoothFunction product = (x, d) -> {
            double r = x[0] + x[1] - 1;
            return new SmoothFunction.Point(0.5 * r * r, new double[] {r, r}, new double[] {1, 1, 1, 1});
        };
        Profiler flat = new Profiler(product, new double[] {-3, -3}, new double[] {3, 3},
                TrustRegionReflective.Options.DEFAULT);
        Profile a = flat.profile(new double[] {0.5, 0.5}, 0, 0, -1, 0.1, threshold);
        Profile b = flat.profile(new double[] {0.5, 0.5}, 0, 0, 1, 0.1, threshold);
        assertThat(a.bounded()).isFalse();
        assertThat(b.bounded()).isFalse();
        assertThat(new Profile.Pair(0, a, b).verdict()).isEqualTo("practically non-identifiable");
    }
}
