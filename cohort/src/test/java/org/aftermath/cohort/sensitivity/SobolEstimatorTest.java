package org.aftermath.cohort.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aftermath.cohort.sampling.LogNormal;
import org.aftermath.cohort.sampling.Marginal;
import org.aftermath.cohort.sampling.TruncatedNormal;
import org.aftermath.cohort.sampling.Uniform;
import org.junit.jupiter.api.Test;

/** Additive model with analytic indices, the evaluate-elsewhere seam, reproducibility and validation. */
class SobolEstimatorTest {

    private static InputSpace space() {
        Map<String, Marginal> m = new LinkedHashMap<>();
        m.put("u", new Uniform(0, 6));            // var 3
        m.put("n", TruncatedNormal.untruncated(5, 1)); // var 1
        m.put("l", new LogNormal(1, 0.5));       // var of log: ln(1.25); used through ln
        return new InputSpace(m);
    }

    @Test
    void additiveModelHasEqualFirstOrderAndTotalIndices() {
        // f = u + 2 n + ln l: variances 3, 4, ln(1.25); additive, so S_i = ST_i = V_i / V
        OutcomeFunction f = x -> x[0] + 2 * x[1] + Math.log(x[2]);
        double vl = Math.log(1.25);
        double v = 3 + 4 + vl;
        double[] expected = {3 / v, 4 / v, vl / v};
        SaltelliDesign design = new SaltelliDesign(space(), 4096, SaltelliDesign.Sampling.SOBOL, 0);
        SobolIndices r = new SobolEstimator(500, 0.95, 1).analyse(design, f);
        for (int i = 0; i < 3; i++) {
            assertThat(r.indices().get(i).firstOrder().covers(expected[i])).as("S1 %s", r.indices().get(i)).isTrue();
            assertThat(r.indices().get(i).total().covers(expected[i])).as("ST %s", r.indices().get(i)).isTrue();
            assertThat(r.indices().get(i).firstOrder().value()).isCloseTo(expected[i], within(0.02));
        }
        assertThat(r.get("n").total().value()).isCloseTo(expected[1], within(0.02));
    }

    @Test
    void outputsComputedElsewhereGiveTheSameIndicesAndSeedsReproduce() {
        OutcomeFunction f = x -> x[0] * x[1] + x[2];
        SaltelliDesign design = new SaltelliDesign(space(), 512, SaltelliDesign.Sampling.MONTE_CARLO, 5);
        double[][] points = design.points();
        assertThat(points).hasNumberOfRows(512 * 5);
        // row layout: A_B^(2) row r = A row r with column 2 from B row r
        assertThat(points[4 * 512 + 7]).containsExactly(points[7][0], points[7][1], points[512 + 7][2]);
        double[] y = new double[points.length];
        for (int r = 0; r < y.length; r++) {
            y[r] = f.evaluate(points[r]);
        }
        SobolEstimator estimator = new SobolEstimator(200, 0.9, 3);
        SobolIndices direct = estimator.analyse(design, f);
        SobolIndices seam = estimator.estimate(SaltelliOutputs.fromRuns(y, 512, 3), design.inputs().names());
        assertThat(seam).isEqualTo(direct);
        SobolIndices again = new SobolEstimator(200, 0.9, 3)
                .analyse(new SaltelliDesign(space(), 512, SaltelliDesign.Sampling.MONTE_CARLO, 5), f);
        assertThat(again).isEqualTo(direct);
        SobolIndices otherSeed = new SobolEstimator(200, 0.9, 3)
                .analyse(new SaltelliDesign(space(), 512, SaltelliDesign.Sampling.MONTE_CARLO, 6), f);
        assertThat(otherSeed.get("u").firstOrder().value()).isNotEqualTo(direct.get("u").firstOrder().value());
    }

    /** f(B) is centred on the sample mean, so shifting the outcome by a constant changes no index. */
    @Test
    void indicesDoNotDependOnTheOutcomesMean() {
        SaltelliDesign design = new SaltelliDesign(space(), 64, SaltelliDesign.Sampling.SOBOL, 0);
        SobolEstimator estimator = new SobolEstimator(200, 0.95, 3);
        SobolIndices centred = estimator.analyse(design, x -> x[0] * x[1] + x[2]);
        SobolIndices shifted = estimator.analyse(design, x -> 1e4 + x[0] * x[1] + x[2]);
        for (int i = 0; i < 3; i++) {
            assertThat(shifted.indices().get(i).firstOrder().value())
                    .isCloseTo(centred.indices().get(i).firstOrder().value(), within(1e-9));
            assertThat(shifted.indices().get(i).firstOrder().upper())
                    .isCloseTo(centred.indices().get(i).firstOrder().upper(), within(1e-9));
        }
    }

    @Test
    void percentileInterpolatesBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertThat(SobolEstimator.percentile(sorted, 0.0)).isEqualTo(1.0);
        assertThat(SobolEstimator.percentile(sorted, 0.5)).isEqualTo(3.0);
        assertThat(SobolEstimator.percentile(sorted, 0.875)).isEqualTo(4.5);
        assertThat(SobolEstimator.percentile(sorted, 1.0)).isEqualTo(5.0);
    }

    private static void fails(Runnable r, String message) {
        assertThatThrownBy(r::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void validationMessages() {
        fails(() -> new InputSpace(Map.of()), "sensitivity: at least one input needs a distribution");
        fails(() -> new SaltelliDesign(space(), 1, SaltelliDesign.Sampling.SOBOL, 0),
                "sensitivity: base sample size N must be >= 2, got 1");
        fails(() -> new SaltelliDesign(space(), 8, null, 0), "sensitivity: sampling must be SOBOL or MONTE_CARLO");
        Map<String, Marginal> many = new LinkedHashMap<>();
        for (int i = 0; i < 501; i++) {
            many.put("p" + i, new Uniform(0, 1));
        }
        fails(() -> new SaltelliDesign(new InputSpace(many), 8, SaltelliDesign.Sampling.SOBOL, 0),
                "sensitivity: the Sobol design supports at most 500 inputs, got 501");
        fails(() -> new SobolEstimator(99, 0.95, 0), "sensitivity: bootstrap replicates must be >= 100, got 99");
        fails(() -> new SobolEstimator(100, 1.0, 0), "sensitivity: confidence level must be in (0, 1), got 1.0");
        fails(() -> SaltelliOutputs.fromRuns(new double[9], 2, 3), "sensitivity: expected N (k + 2) = 10 outputs, got 9");
        double[] nan = new double[10];
        nan[4] = Double.NaN;
        fails(() -> SaltelliOutputs.fromRuns(nan, 2, 3), "sensitivity: model output of run 4 is not finite: NaN");
        SobolEstimator e = new SobolEstimator(100, 0.95, 0);
        fails(() -> e.estimate(SaltelliOutputs.fromRuns(new double[10], 2, 3), List.of("a", "b")),
                "sensitivity: 3 inputs in the outputs but 2 names");
        fails(() -> e.estimate(SaltelliOutputs.fromRuns(new double[10], 2, 3), List.of("a", "b", "c")),
                "sensitivity: the model output does not vary over the design (variance 0.0); Sobol indices are undefined");
        fails(() -> new SobolIndices(List.of(), 2, 10, 1, 100, 0.95).get("zz"), "no input named 'zz'");
    }
}
