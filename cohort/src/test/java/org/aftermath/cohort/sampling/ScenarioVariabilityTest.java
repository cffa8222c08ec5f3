package org.aftermath.cohort.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.tmen.scenario.CorrelationSpec;
import org.aftermath.tmen.scenario.DistributionSpec;
import org.aftermath.tmen.scenario.VariabilitySpec;
import org.junit.jupiter.api.Test;

/**
 * A scenario's variability block maps onto the sampler's marginals one to one, in declaration order; drawn through
 * the sampler, the mapped block recovers the written median, cv, mean, sd and correlation (the marginals' own
 * recovery tests are {@link MarginalTest} and {@link CopulaTest}).
 */
class ScenarioVariabilityTest {

    private static final int N = 20_000;

    private static VariabilitySpec spec() {
        Map<String, DistributionSpec> inputs = new LinkedHashMap<>();
        inputs.put("tumor.growth.doubling_days", DistributionSpec.lognormal(20, 0.4));
        inputs.put("stroma.fibroblast", DistributionSpec.normal(1.0, 0.3, 0.2, 2.0));
        inputs.put("treatments.doxorubicin.dose", DistributionSpec.uniform(45, 75));
        inputs.put("parameters.kill_scale", DistributionSpec.values(List.of(0.5, 1.0, 2.0)));
        inputs.put("patient.bsa_m2", DistributionSpec.normal(1.8, 0.2));
        return new VariabilitySpec(inputs,
                List.of(new CorrelationSpec("tumor.growth.doubling_days", "stroma.fibroblast", -0.5)));
    }

    @Test
    void eachLawMapsToItsMarginalInDeclarationOrder() {
        Variability v = ScenarioVariability.from(spec());
        assertThat(v.marginals().keySet()).containsExactly("tumor.growth.doubling_days", "stroma.fibroblast",
                "treatments.doxorubicin.dose", "parameters.kill_scale", "patient.bsa_m2");
        assertThat(v.marginals().get("tumor.growth.doubling_days")).isEqualTo(new LogNormal(20, 0.4));
        assertThat(v.marginals().get("stroma.fibroblast")).isEqualTo(new TruncatedNormal(1.0, 0.3, 0.2, 2.0));
        assertThat(v.marginals().get("treatments.doxorubicin.dose")).isEqualTo(new Uniform(45, 75));
        assertThat(v.marginals().get("parameters.kill_scale")).isEqualTo(Values.of(0.5, 1.0, 2.0));
        assertThat(v.marginals().get("patient.bsa_m2")).isEqualTo(TruncatedNormal.untruncated(1.8, 0.2));
        assertThat(v.correlations()).containsExactly(
                new Correlation("tumor.growth.doubling_days", "stroma.fibroblast", -0.5));
    }

    @Test
    void drawsFromTheMappedBlockRecoverTheWrittenParameters() {
        CohortSampler sampler = new CohortSampler(ScenarioVariability.from(spec()));
        double[][] rows = new double[N][];
        for (int i = 0; i < N; i++) {
            rows[i] = sampler.patient(7, i).values().values().stream().mapToDouble(Double::doubleValue).toArray();
        }
        double[] doubling = Moments.column(rows, 0);
        double sigma = Math.sqrt(Math.log1p(0.16));
        assertThat(Moments.median(doubling)).isCloseTo(20.0,
                within(4 * 20.0 * sigma * Math.sqrt(2 * Math.PI) / (2 * Math.sqrt(N))));
        assertThat(Moments.sd(doubling) / Moments.mean(doubling)).isCloseTo(0.4, within(0.02));
        double[] dose = Moments.column(rows, 2);
        double sdUniform = 30 / Math.sqrt(12);
        assertThat(Moments.mean(dose)).isCloseTo(60.0, within(4 * sdUniform / Math.sqrt(N)));
        double[] bsa = Moments.column(rows, 4);
        assertThat(Moments.mean(bsa)).isCloseTo(1.8, within(4 * 0.2 / Math.sqrt(N)));
        assertThat(Moments.sd(bsa)).isCloseTo(0.2, within(4 * 0.2 / Math.sqrt(2.0 * N)));
        assertThat(java.util.Arrays.stream(Moments.column(rows, 1))).allMatch(x -> x >= 0.2 && x <= 2.0);
        // the copula correlation is that of the normal scores: the log of the log-normal, and Phi^-1 of the
        // truncated normal's CDF, computed here through the marginal's own quantile inverse
        double[] zDoubling = java.util.Arrays.stream(doubling).map(x -> (Math.log(x) - Math.log(20)) / sigma).toArray();
        TruncatedNormal fib = new TruncatedNormal(1.0, 0.3, 0.2, 2.0);
        double[] zFib = java.util.Arrays.stream(Moments.column(rows, 1)).map(x -> normalScore(fib, x)).toArray();
        double se = (1 - 0.25) / Math.sqrt(N);
        assertThat(Moments.pearson(zDoubling, zFib)).isCloseTo(-0.5, within(4 * se));
    }

    @Test
    void anEmptyBlockIsRefused() {
        assertThatThrownBy(() -> ScenarioVariability.from(VariabilitySpec.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one input");
    }

    /** The z with {@code m.fromNormal(z) = x}, by bisection (fromNormal is increasing). */
    private static double normalScore(Marginal m, double x) {
        double lo = -9;
        double hi = 9;
        for (int i = 0; i < 80; i++) {
            double mid = 0.5 * (lo + hi);
            if (m.fromNormal(mid) < x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
