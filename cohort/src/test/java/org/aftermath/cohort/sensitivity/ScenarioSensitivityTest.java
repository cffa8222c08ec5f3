package org.aftermath.cohort.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.aftermath.cohort.run.ScenarioFiles;
import org.aftermath.cohort.tasks.IndexedExecutor;
import org.aftermath.cohort.tasks.LocalIndexedExecutor;
import org.aftermath.runner.Outcome;
import org.aftermath.runner.RunOptions;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Sensitivity of a whole scenario against closed forms. An untreated exponential tumour ends at
 * <pre>  log10 N(T) = log10 N0 + T ln2 / (td ln10),</pre>
 * a sum of a function of N0 and a function of td, so S_i = ST_i and, with N0 lognormal (median m,
 * cv 1: sigma² = ln 2) and td uniform on [a, b]:
 * <pre>  Var_N0 = sigma² / ln²10,   Var_td = (T ln2 / ln10)² (1/(ab) - (ln(b/a) / (b - a))²),</pre>
 * S_N0 = Var_N0 / (Var_N0 + Var_td). The body surface area changes nothing without doses: 0.
 */
class ScenarioSensitivityTest {

    static final String UNTREATED = """
            name: untreated
            days: 60
            tumor: {cells: 1.0e9, growth: {law: exponential, doubling_days: 10}}
            variability:
              tumor.cells: {lognormal: {median: 1.0e9, cv: 1.0}}
              tumor.growth.doubling_days: {uniform: {min: 5, max: 20}}
              patient.bsa_m2: {uniform: {min: 1.5, max: 2.1}}
            """;

    static final double T = 60;
    static final double A = 5;
    static final double B = 20;
    static final double VAR_N0 = Math.log(2) / (Math.log(10) * Math.log(10));
    static final double C = T * Math.log(2) / Math.log(10);
    static final double VAR_TD = C * C * (1 / (A * B) - Math.pow(Math.log(B / A) / (B - A), 2));
    static final double S_N0 = VAR_N0 / (VAR_N0 + VAR_TD);

    private static Scenario untreated() {
        return ScenarioReader.read(UNTREATED, "untreated.yaml");
    }

    private static ScenarioOutcomeFunction model(Scenario s, IndexedExecutor executor) {
        return model(s, Outcome.LOG10_FINAL_BURDEN, executor);
    }

    private static ScenarioOutcomeFunction model(Scenario s, Outcome outcome, IndexedExecutor executor) {
        return new ScenarioOutcomeFunction(ScenarioFiles.of("untreated.yaml", UNTREATED), s.variability().paths(), outcome,
                RunOptions.DEFAULT, executor, () -> { });
    }

    @Test
    void sobolIndicesOfTheUntreatedTumourAreTheClosedForms() {
        Scenario s = untreated();
        InputSpace inputs = ScenarioSensitivity.inputs(s, true);
        SaltelliDesign design = new SaltelliDesign(inputs, 64, SaltelliDesign.Sampling.SOBOL, 0);
        assertThat(design.runs()).isEqualTo(320);
        SobolIndices si;
        try (IndexedExecutor two = new LocalIndexedExecutor(2)) {
            si = new SobolEstimator(500, 0.95, 3).analyse(design, model(s, two));
        }
        SobolIndex n0 = si.get("tumor.cells");
        SobolIndex td = si.get("tumor.growth.doubling_days");
        SobolIndex bsa = si.get("patient.bsa_m2");
        assertThat(n0.firstOrder().covers(S_N0)).as("S_N0 %s vs %s", n0.firstOrder(), S_N0).isTrue();
        assertThat(n0.total().covers(S_N0)).as("ST_N0 %s vs %s", n0.total(), S_N0).isTrue();
        assertThat(td.firstOrder().covers(1 - S_N0)).as("S_td %s vs %s", td.firstOrder(), 1 - S_N0).isTrue();
        assertThat(td.total().covers(1 - S_N0)).as("ST_td %s vs %s", td.total(), 1 - S_N0).isTrue();
        assertThat(n0.firstOrder().value()).isCloseTo(S_N0, within(0.05));
        assertThat(td.firstOrder().value()).isCloseTo(1 - S_N0, within(0.05));
        assertThat(bsa.firstOrder().value()).isZero();
        assertThat(bsa.total().value()).isZero();
        assertThat(si.variance()).isCloseTo(VAR_N0 + VAR_TD, within(0.1 * (VAR_N0 + VAR_TD)));
    }

    /**
     * Morris with 4 levels steps between probabilities 1/8 and 5/8 or 3/8 and 7/8. For the
     * lognormal N0 both steps change log10 N0 by sigma (z(5/8) - z(1/8)) / ln10, so every
     * elementary effect is that over 1/2: mu = mu* exactly, sigma 0. For td each effect is one of
     * the two closed-form values of the steps.
     */
    @Test
    void morrisEffectsOfTheUntreatedTumourAreTheClosedForms() {
        Scenario s = untreated();
        List<MorrisEffect> effects;
        try (IndexedExecutor one = new LocalIndexedExecutor(1)) {
            effects = new MorrisScreening(ScenarioSensitivity.inputs(s, false), 10, 4, 9).analyse(model(s, one));
        }
        NormalDistribution z = new NormalDistribution(0, 1);
        double sigma = Math.sqrt(Math.log(2));
        double n0Effect = sigma * (z.inverseCumulativeProbability(5.0 / 8) - z.inverseCumulativeProbability(1.0 / 8))
                / Math.log(10) / 0.5;
        assertThat(effects.get(0).mu()).isCloseTo(n0Effect, within(1e-6));
        assertThat(effects.get(0).muStar()).isCloseTo(n0Effect, within(1e-6));
        assertThat(effects.get(0).sigma()).isCloseTo(0, within(1e-6));
        double low = C * (1 / tdAt(5.0 / 8) - 1 / tdAt(1.0 / 8)) / 0.5;
        double high = C * (1 / tdAt(7.0 / 8) - 1 / tdAt(3.0 / 8)) / 0.5;
        assertThat(effects.get(1).mu()).isBetween(Math.min(low, high) - 1e-6, Math.max(low, high) + 1e-6);
        assertThat(effects.get(2).muStar()).isZero();
        assertThat(MorrisScreening.ranked(effects).get(0).name()).isEqualTo("tumor.growth.doubling_days");
    }

    /**
     * The nadir of a growing untreated tumour is its initial burden: only tumor.cells matters, so
     * the doubling time's and the body surface area's indices are exactly 0.
     */
    @Test
    void nadirDependsOnTheInitialBurdenAlone() {
        Scenario s = untreated();
        SobolIndices si;
        try (IndexedExecutor two = new LocalIndexedExecutor(2)) {
            si = new SobolEstimator(200, 0.95, 3).analyse(new SaltelliDesign(ScenarioSensitivity.inputs(s, true), 16,
                    SaltelliDesign.Sampling.SOBOL, 0), model(s, Outcome.NADIR, two));
        }
        assertThat(si.get("tumor.cells").total().covers(1.0)).as("%s", si.get("tumor.cells")).isTrue();
        for (String zero : List.of("tumor.growth.doubling_days", "patient.bsa_m2")) {
            assertThat(si.get(zero).firstOrder().value()).isZero();
            assertThat(si.get(zero).total().value()).isZero();
        }
    }

    private static double tdAt(double u) {
        return A + u * (B - A);
    }

    @Test
    void theSameDesignGivesTheSameOutputsWithOneOrTwoThreads() {
        Scenario s = untreated();
        double[][] points = new SaltelliDesign(ScenarioSensitivity.inputs(s, true), 4, SaltelliDesign.Sampling.SOBOL, 0)
                .points();
        try (IndexedExecutor one = new LocalIndexedExecutor(1); IndexedExecutor two = new LocalIndexedExecutor(2)) {
            assertThat(model(s, two).evaluateAll(points)).isEqualTo(model(s, one).evaluateAll(points));
        }
    }

    @Test
    void sobolRefusesCorrelatedInputs() {
        Scenario s = ScenarioReader.read(UNTREATED + "correlations: [[tumor.cells, tumor.growth.doubling_days, 0.5]]\n",
                "correlated.yaml");
        assertThatThrownBy(() -> ScenarioSensitivity.inputs(s, true)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("correlated.yaml").hasMessageContaining("assume independent inputs");
        assertThat(ScenarioSensitivity.inputs(s, false).dimension()).isEqualTo(3);
    }

    @Test
    void aScenarioWithoutVariabilityIsRefused() {
        Scenario s = ScenarioReader.read("""
                name: fixed
                days: 10
                tumor: {cells: 1.0e9, growth: {law: exponential, doubling_days: 10}}
                """, "fixed.yaml");
        assertThatThrownBy(() -> ScenarioSensitivity.inputs(s, true)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("fixed.yaml").hasMessageContaining("variability");
    }
}
