package org.aftermath.cohort.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

/** The Gaussian copula reproduces the requested correlations within sampling error (N = 20,000). */
class CopulaTest {

    private static final int N = 20_000;

    private static double[][] cohort(Variability v, long seed) {
        CohortSampler sampler = new CohortSampler(v);
        double[][] rows = new double[N][];
        for (int i = 0; i < N; i++) {
            rows[i] = sampler.patient(seed, i).values().values().stream().mapToDouble(Double::doubleValue).toArray();
        }
        return rows;
    }

    @Test
    void latentNormalCorrelationsAreRecovered() {
        Map<String, Marginal> m = new LinkedHashMap<>();
        m.put("doubling", new LogNormal(20, 0.4));
        m.put("fibroblast", new LogNormal(0.3, 0.25));
        m.put("sensitivity", new Uniform(0, 1));
        m.put("dose", new TruncatedNormal(60, 10, 40, 80));
        Variability v = new Variability(m, List.of(
                new Correlation("doubling", "fibroblast", 0.6),
                new Correlation("sensitivity", "doubling", -0.4)));
        double[][] rows = cohort(v, 99);

        // for log-normal marginals the logarithm is the latent normal: Pearson on logs, SE (1 - rho^2) / sqrt N
        double[] logD = java.util.Arrays.stream(Moments.column(rows, 0)).map(Math::log).toArray();
        double[] logF = java.util.Arrays.stream(Moments.column(rows, 1)).map(Math::log).toArray();
        assertThat(Moments.pearson(logD, logF)).isCloseTo(0.6, within(4 * (1 - 0.36) / Math.sqrt(N)));

        // ranks are invariant under the marginals: Spearman = (6 / pi) asin(rho / 2) for a Gaussian copula;
        // SE of Spearman's rho <= 1.06 / sqrt(N) (Fieller, Hartley & Pearson 1957)
        SpearmansCorrelation spearman = new SpearmansCorrelation();
        double expected = 6 / Math.PI * Math.asin(-0.4 / 2);
        assertThat(spearman.correlation(Moments.column(rows, 2), Moments.column(rows, 0)))
                .isCloseTo(expected, within(4 * 1.06 / Math.sqrt(N)));
        // uncorrelated pairs stay uncorrelated, including through the implied (doubling-mediated) path being absent
        assertThat(spearman.correlation(Moments.column(rows, 3), Moments.column(rows, 0)))
                .isCloseTo(0.0, within(4 * 1.06 / Math.sqrt(N)));
        // implied correlation fibroblast-sensitivity is 0 by construction of R: check it is not induced
        assertThat(spearman.correlation(Moments.column(rows, 1), Moments.column(rows, 3)))
                .isCloseTo(0.0, within(4 * 1.06 / Math.sqrt(N)));
        // marginals are untouched by the copula
        assertThat(Moments.median(Moments.column(rows, 0))).isCloseTo(20.0,
                within(4 * 20.0 * Math.sqrt(Math.log(1.16)) * Math.sqrt(2 * Math.PI) / (2 * Math.sqrt(N))));
    }

    @Test
    void choleskyFactorReproducesTheCorrelationMatrix() {
        GaussianCopula c = new GaussianCopula(List.of("a", "b", "c"),
                List.of(new Correlation("a", "b", 0.5), new Correlation("c", "b", -0.3)));
        double[][] l = c.choleskyFactor();
        double[][] expected = {{1, 0.5, 0}, {0.5, 1, -0.3}, {0, -0.3, 1}};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double s = 0;
                for (int q = 0; q < 3; q++) {
                    s += l[i][q] * l[j][q];
                }
                assertThat(s).isCloseTo(expected[i][j], within(1e-14));
            }
        }
    }
}
