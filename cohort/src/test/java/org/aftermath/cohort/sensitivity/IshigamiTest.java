package org.aftermath.cohort.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;

import org.aftermath.cohort.sampling.Marginal;
import org.aftermath.cohort.sampling.Uniform;
import org.junit.jupiter.api.Test;

/**
 * Sobol indices of the Ishigami function (Ishigami &amp; Homma 1990), a = 7, b = 0.1, inputs uniform on [-pi, pi]:
 * f = sin x1 + a sin^2 x2 + b x3^4 sin x1. Analytic indices (Sobol' &amp; Levitan 1999):
 * V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2, V1 = (1 + b pi^4/5)^2 / 2, V2 = a^2/8, V13 = 8 b^2 pi^8 / 225.
 */
class IshigamiTest {

    private static final double A = 7.0;
    private static final double B = 0.1;
    private static final OutcomeFunction ISHIGAMI = x -> Math.sin(x[0]) + A * Math.pow(Math.sin(x[1]), 2)
            + B * Math.pow(x[2], 4) * Math.sin(x[0]);

    private static final double V = A * A / 8 + B * Math.pow(Math.PI, 4) / 5 + B * B * Math.pow(Math.PI, 8) / 18 + 0.5;
    private static final double V1 = 0.5 * Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2);
    private static final double V2 = A * A / 8;
    private static final double V13 = 8 * B * B * Math.pow(Math.PI, 8) / 225;
    private static final double[] S1 = {V1 / V, V2 / V, 0.0};
    private static final double[] ST = {(V1 + V13) / V, V2 / V, V13 / V};

    private static InputSpace inputs() {
        Map<String, Marginal> m = new LinkedHashMap<>();
        for (String name : new String[] {"x1", "x2", "x3"}) {
            m.put(name, new Uniform(-Math.PI, Math.PI));
        }
        return new InputSpace(m);
    }

    @Test
    void analyticReferenceValues() {
        assertThat(S1[0]).isCloseTo(0.3139, within(5e-5));
        assertThat(S1[1]).isCloseTo(0.4424, within(5e-5));
        assertThat(ST[0]).isCloseTo(0.5576, within(5e-5));
        assertThat(ST[2]).isCloseTo(0.2437, within(5e-5));
    }

    private static void check(SobolIndices result, double maxWidth) {
        for (int i = 0; i < 3; i++) {
            SobolIndex s = result.indices().get(i);
            assertThat(s.firstOrder().covers(S1[i])).as("S1 of %s = %s covers %s", s.name(), s.firstOrder(), S1[i]).isTrue();
            assertThat(s.total().covers(ST[i])).as("ST of %s = %s covers %s", s.name(), s.total(), ST[i]).isTrue();
            assertThat(s.firstOrder().width()).as("S1 CI width of %s", s.name()).isLessThan(maxWidth);
            assertThat(s.total().width()).as("ST CI width of %s", s.name()).isLessThan(maxWidth);
        }
    }

    @Test
    void sobolDesignRecoversIshigamiIndicesWithinBootstrapIntervals() {
        SaltelliDesign design = new SaltelliDesign(inputs(), 1 << 13, SaltelliDesign.Sampling.SOBOL, 0);
        SobolIndices result = new SobolEstimator(1000, 0.95, 7).analyse(design, ISHIGAMI);
        System.out.println("Ishigami, Sobol design: " + result);
        assertThat(result.runs()).isEqualTo(8192 * 5);
        assertThat(result.variance()).isCloseTo(V, within(0.02 * V));
        check(result, 0.1);
        // quasi-random points: the point estimates are much closer than the (conservative) intervals suggest
        for (int i = 0; i < 3; i++) {
            assertThat(result.indices().get(i).firstOrder().value()).isCloseTo(S1[i], within(0.01));
            assertThat(result.indices().get(i).total().value()).isCloseTo(ST[i], within(0.01));
        }
    }

    @Test
    void monteCarloDesignRecoversIshigamiIndicesWithinBootstrapIntervals() {
        SaltelliDesign design = new SaltelliDesign(inputs(), 1 << 13, SaltelliDesign.Sampling.MONTE_CARLO, 2025);
        SobolIndices result = new SobolEstimator(1000, 0.95, 8).analyse(design, ISHIGAMI);
        System.out.println("Ishigami, Monte Carlo design: " + result);
        check(result, 0.1);
    }
}
