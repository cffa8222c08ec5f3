package org.aftermath.cohort.sampling;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every validation message of the sampling package. */
class ValidationTest {

    private static void fails(Runnable r, String message) {
        assertThatThrownBy(r::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void lognormal() {
        fails(() -> new LogNormal(0, 0.4), "lognormal: median must be finite and > 0, got 0.0");
        fails(() -> new LogNormal(Double.NaN, 0.4), "lognormal: median must be finite and > 0, got NaN");
        fails(() -> new LogNormal(20, -0.1), "lognormal: cv must be finite and > 0, got -0.1");
        fails(() -> new LogNormal(20, Double.POSITIVE_INFINITY), "lognormal: cv must be finite and > 0, got Infinity");
    }

    @Test
    void normal() {
        fails(() -> new TruncatedNormal(Double.NaN, 1, 0, 1), "normal: mean must be finite, got NaN");
        fails(() -> new TruncatedNormal(0, 0, 0, 1), "normal: sd must be finite and > 0, got 0.0");
        fails(() -> new TruncatedNormal(0, 1, Double.NaN, 1), "normal: min must be a number or -Infinity, got NaN");
        fails(() -> new TruncatedNormal(0, 1, Double.POSITIVE_INFINITY, 1),
                "normal: min must be a number or -Infinity, got Infinity");
        fails(() -> new TruncatedNormal(0, 1, 0, Double.NaN), "normal: max must be a number or +Infinity, got NaN");
        fails(() -> new TruncatedNormal(0, 1, 0, Double.NEGATIVE_INFINITY),
                "normal: max must be a number or +Infinity, got -Infinity");
        fails(() -> new TruncatedNormal(0, 1, 1, 1), "normal: max must be > min, got min 1.0, max 1.0");
        assertThatThrownBy(() -> new TruncatedNormal(0, 1, 6, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("normal: [min, max] = [6.0, 7.0] holds probability 9.8")
                .hasMessageEndingWith("of N(0.0, 1.0^2), below 1.0E-6; the truncation leaves almost nothing of the distribution");
        assertThatThrownBy(() -> new TruncatedNormal(0, 1, -7, -6)).hasMessageContaining("holds probability 9.8");
    }

    @Test
    void uniform() {
        fails(() -> new Uniform(Double.NEGATIVE_INFINITY, 1), "uniform: min must be finite, got -Infinity");
        fails(() -> new Uniform(0, Double.NaN), "uniform: max must be finite, got NaN");
        fails(() -> new Uniform(2, 1), "uniform: max must be > min, got min 2.0, max 1.0");
    }

    @Test
    void values() {
        fails(() -> new Values(List.of()), "values: the list must not be empty");
        fails(() -> new Values(null), "values: the list must not be empty");
        fails(() -> Values.of(1, Double.NaN), "values: entry 1 must be a finite number, got NaN");
        fails(() -> new Values(Arrays.asList(1.0, null)), "values: entry 1 must be a finite number, got null");
    }

    @Test
    void quantileProbability() {
        fails(() -> new Uniform(0, 1).quantile(1.5), "probability u must be in [0, 1], got 1.5");
        fails(() -> new LogNormal(1, 1).quantile(Double.NaN), "probability u must be in [0, 1], got NaN");
    }

    @Test
    void correlation() {
        fails(() -> new Correlation(" ", "b", 0.1), "correlation: first variable name must not be blank");
        fails(() -> new Correlation("a", null, 0.1), "correlation: second variable name must not be blank");
        fails(() -> new Correlation("a", "a", 0.1), "correlation [a, a]: a variable cannot be correlated with itself");
        fails(() -> new Correlation("a", "b", 1.5), "correlation [a, b]: rho must be in [-1, 1], got 1.5");
        fails(() -> new Correlation("a", "b", Double.NaN), "correlation [a, b]: rho must be in [-1, 1], got NaN");
    }

    private static Map<String, Marginal> abc() {
        Map<String, Marginal> m = new LinkedHashMap<>();
        m.put("a", new Uniform(0, 1));
        m.put("b", new Uniform(0, 1));
        m.put("c", new Uniform(0, 1));
        return m;
    }

    @Test
    void copula() {
        fails(() -> new CohortSampler(new Variability(abc(), List.of(new Correlation("a", "z", 0.2)))),
                "correlation [a, z, 0.2]: unknown variable 'z'; variables with a distribution are [a, b, c]");
        fails(() -> new CohortSampler(new Variability(abc(),
                        List.of(new Correlation("a", "b", 0.2), new Correlation("b", "a", 0.3)))),
                "correlation [b, a, 0.3]: the pair [b, a] is listed twice");
        fails(() -> new CohortSampler(new Variability(abc(), List.of(new Correlation("a", "b", 1.0)))),
                "correlation [a, b, 1.0]: the correlation matrix is not positive definite;"
                        + " |rho| = 1 or inconsistent correlations are not allowed");
        fails(() -> new CohortSampler(new Variability(abc(), List.of(new Correlation("a", "b", 0.7),
                        new Correlation("b", "c", 0.7), new Correlation("a", "c", -0.7)))),
                "correlation [a, c, -0.7]: the correlation matrix is not positive definite together with the earlier"
                        + " pairs [[a, b, 0.7], [b, c, 0.7]]; |rho| = 1 or inconsistent correlations are not allowed");
        fails(() -> new GaussianCopula(List.of("a", "a"), List.of()),
                "correlations: variable names must be distinct, got [a, a]");
    }

    @Test
    void variabilityAndPatients() {
        fails(() -> new Variability(new LinkedHashMap<>(), List.of()),
                "variability: at least one variable needs a distribution");
        Map<String, Marginal> blank = new LinkedHashMap<>();
        blank.put(" ", new Uniform(0, 1));
        fails(() -> Variability.independent(blank), "variability: variable names must not be blank");
        Map<String, Marginal> missing = new LinkedHashMap<>();
        missing.put("a", null);
        fails(() -> Variability.independent(missing), "variability: variable 'a' has no distribution");
        fails(() -> PatientSeeds.patientSeed(1, -1), "patient index must be >= 0, got -1");
        CohortSampler s = new CohortSampler(Variability.independent(abc()));
        fails(() -> new GaussianCopula(List.of("a"), new ArrayList<>()).correlate(new double[2]),
                "expected 1 normals, got 2");
        fails(() -> s.patient(1, -5), "patient index must be >= 0, got -5");
    }
}
