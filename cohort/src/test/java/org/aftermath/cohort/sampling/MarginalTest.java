package org.aftermath.cohort.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/** Each marginal, drawn through the cohort sampler with N = 20,000, recovers its parameters within sampling error. */
class MarginalTest {

    private static final int N = 20_000;
    private static final NormalDistribution PHI = new NormalDistribution(0, 1);

    private static double[] draw(Marginal m, long seed) {
        Map<String, Marginal> one = new LinkedHashMap<>();
        one.put("x", m);
        CohortSampler sampler = new CohortSampler(Variability.independent(one));
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = sampler.patient(seed, i).values().get("x");
        }
        return x;
    }

    @Test
    void lognormalRecoversMedianAndCv() {
        LogNormal m = new LogNormal(20.0, 0.4);
        double[] x = draw(m, 11);
        double sigma = Math.sqrt(Math.log(1 + 0.16));
        assertThat(m.sigma()).isCloseTo(sigma, within(1e-15));
        // SE of the sample median: 1 / (2 f(median) sqrt N) = median sigma sqrt(2 pi) / (2 sqrt N)
        double seMedian = 20.0 * sigma * Math.sqrt(2 * Math.PI) / (2 * Math.sqrt(N));
        assertThat(Moments.median(x)).isCloseTo(20.0, within(4 * seMedian));
        double mean = 20.0 * Math.sqrt(1.16);
        assertThat(m.mean()).isCloseTo(mean, within(1e-12));
        assertThat(Moments.mean(x)).isCloseTo(mean, within(4 * 0.4 * mean / Math.sqrt(N)));
        // SE of a sample SD ~ sd sqrt((kurtosis - 1) / 4N); lognormal kurtosis from sigma
        double s2 = sigma * sigma;
        double kurtosis = Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 3;
        double seCv = 0.4 * Math.sqrt((kurtosis - 1) / (4.0 * N));
        assertThat(Moments.sd(x) / Moments.mean(x)).isCloseTo(0.4, within(4 * seCv));
        assertThat(java.util.Arrays.stream(x)).allMatch(v -> v > 0);
    }

    @Test
    void uniformRecoversMeanSdAndBounds() {
        double[] x = draw(new Uniform(2.0, 5.0), 12);
        double sd = 3.0 / Math.sqrt(12);
        assertThat(Moments.mean(x)).isCloseTo(3.5, within(4 * sd / Math.sqrt(N)));
        // uniform kurtosis 1.8
        assertThat(Moments.sd(x)).isCloseTo(sd, within(4 * sd * Math.sqrt(0.8 / (4.0 * N))));
        assertThat(java.util.Arrays.stream(x)).allMatch(v -> v >= 2.0 && v <= 5.0);
    }

    @Test
    void valuesChoosesEachListedValueWithEqualProbability() {
        double[] x = draw(Values.of(1.0, 2.5, 4.0, 8.0), 13);
        double se = Math.sqrt(0.25 * 0.75 / N);
        for (double v : new double[] {1.0, 2.5, 4.0, 8.0}) {
            long count = java.util.Arrays.stream(x).filter(d -> d == v).count();
            assertThat((double) count / N).as("frequency of %s", v).isCloseTo(0.25, within(4 * se));
        }
        assertThat(java.util.Arrays.stream(x)).allMatch(v -> v == 1.0 || v == 2.5 || v == 4.0 || v == 8.0);
    }

    /** Moments of N(mu, sd^2) truncated to [a, b] (standard formulas). */
    private static double[] truncatedMoments(double mu, double sd, double a, double b) {
        double alpha = (a - mu) / sd;
        double beta = (b - mu) / sd;
        double z = PHI.cumulativeProbability(beta) - PHI.cumulativeProbability(alpha);
        double pa = Double.isInfinite(alpha) ? 0 : PHI.density(alpha);
        double pb = Double.isInfinite(beta) ? 0 : PHI.density(beta);
        double aPa = Double.isInfinite(alpha) ? 0 : alpha * pa;
        double bPb = Double.isInfinite(beta) ? 0 : beta * pb;
        double mean = mu + sd * (pa - pb) / z;
        double var = sd * sd * (1 + (aPa - bPb) / z - Math.pow((pa - pb) / z, 2));
        return new double[] {mean, Math.sqrt(var)};
    }

    private static void checkTruncated(TruncatedNormal m, long seed) {
        double[] x = draw(m, seed);
        double[] moments = truncatedMoments(m.mean(), m.sd(), m.min(), m.max());
        assertThat(Moments.mean(x)).isCloseTo(moments[0], within(4 * moments[1] / Math.sqrt(N)));
        // truncation lowers the kurtosis below 3, so sd sqrt(2 / 4N) bounds the SE of the sample SD
        assertThat(Moments.sd(x)).isCloseTo(moments[1], within(4 * moments[1] * Math.sqrt(2.0 / (4.0 * N))));
        assertThat(java.util.Arrays.stream(x)).allMatch(v -> v >= m.min() && v <= m.max());
        // truncated, not clamped: no probability mass piles up on the bounds
        assertThat(java.util.Arrays.stream(x)).noneMatch(v -> v == m.min() || v == m.max());

        // distributionally identical to rejection sampling: two-sample Kolmogorov-Smirnov
        RandomGenerator rng = PatientSeeds.generator(seed + 1000);
        double[] rejected = new double[N];
        for (int i = 0; i < N; i++) {
            rejected[i] = m.sampleByRejection(rng);
        }
        assertThat(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(x, rejected)).isGreaterThan(0.001);
        assertThat(Moments.mean(rejected)).isCloseTo(moments[0], within(4 * moments[1] / Math.sqrt(N)));
    }

    @Test
    void truncatedNormalRecoversTruncatedMomentsAndMatchesRejection() {
        checkTruncated(new TruncatedNormal(1.0, 0.5, 0.2, 2.5), 21);
    }

    @Test
    void oneSidedTruncationAndUpperTailIntervalsAreExact() {
        checkTruncated(new TruncatedNormal(10.0, 4.0, 0.0, Double.POSITIVE_INFINITY), 22);
        // entirely in the upper tail (acceptance 0.021): exercises the reflected branch
        TruncatedNormal tail = new TruncatedNormal(0.0, 1.0, 2.0, 3.0);
        assertThat(tail.acceptance()).isCloseTo(PHI.cumulativeProbability(3) - PHI.cumulativeProbability(2), within(1e-15));
        checkTruncated(tail, 23);
    }

    @Test
    void untruncatedNormalRecoversMeanAndSd() {
        double[] x = draw(TruncatedNormal.untruncated(-3.0, 2.0), 24);
        assertThat(Moments.mean(x)).isCloseTo(-3.0, within(4 * 2.0 / Math.sqrt(N)));
        assertThat(Moments.sd(x)).isCloseTo(2.0, within(4 * 2.0 / Math.sqrt(2.0 * N)));
    }

    @Test
    void quantileAndFromNormalAgree() {
        Marginal[] all = {new LogNormal(3, 0.5), new TruncatedNormal(0, 1, 2, 3), new TruncatedNormal(1, 2, -1, 4),
            new Uniform(-1, 1), Values.of(1, 2, 3)};
        for (Marginal m : all) {
            for (double z : new double[] {-3.1, -0.7, 0.0, 0.4, 2.2}) {
                assertThat(m.fromNormal(z)).as("%s at z = %s", m, z)
                        .isCloseTo(m.quantile(PHI.cumulativeProbability(z)), within(1e-9));
            }
        }
        assertThat(new LogNormal(3, 0.5).quantile(0.5)).isCloseTo(3.0, within(1e-12));
        assertThat(new TruncatedNormal(0, 1, 2, 3).quantile(0.0)).isEqualTo(2.0);
        assertThat(new TruncatedNormal(0, 1, 2, 3).quantile(1.0)).isEqualTo(3.0);
        assertThat(Values.of(1, 2, 3).quantile(0.34)).isEqualTo(2.0);
    }
}
