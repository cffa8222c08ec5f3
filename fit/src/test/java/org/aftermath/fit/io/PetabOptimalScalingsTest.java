package org.aftermath.fit.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.aftermath.fit.objective.Objective;
import org.aftermath.fit.optimize.OptimalScalings;
import org.aftermath.fit.optimize.SmoothFunction;
import org.aftermath.fit.problem.EstimationProblem;
import org.aftermath.ode.Tolerances;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hierarchical scalings on PEtab benchmark problems: which parameters qualify, and on Fujita_SciSignal2010 (three
 * scalings of lin-scale normal observables with fixed σ) and Fiedler_BMCSystBiol2016 (eight that scale σ too) that
 * the closed-form s* minimises the objective over the scalings and that the outer function's gradient (∂F/∂z at
 * s*) equals its central differences; the relaxation (s* free of its bounds) equals the bounded function where no
 * scaling is clipped, lies below it where one is, and has an exact gradient there too.
 */
class PetabOptimalScalingsTest {

    private static Objective objective(String name) {
        EstimationProblem problem = ProblemLoader.load(PetabCollection.yaml(name)).problem();
        return new Objective(problem, new Objective.Settings(new Tolerances(1e-8, 1e-12), 1e9));
    }

    @Test
    void scalingsAreTheFactorsOfObservablesAndNothingElse() {
        Objective fujita = objective("Fujita_SciSignal2010");
        assertThat(OptimalScalings.of(fujita).inner()).containsExactly(16, 17, 18); // scaling_pAkt/pEGFR/pS6_tot
        // Fiedler's eight s_* scale the noise too (σ = s·sigma_pErk); Boehm's observables have no placeholder factors
        assertThat(OptimalScalings.of(objective("Fiedler_BMCSystBiol2016")).inner())
                .containsExactly(10, 11, 12, 13, 14, 15, 16, 17);
        assertThat(OptimalScalings.of(objective("Boehm_JProteomeRes2014")).none()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fujita_SciSignal2010", "Fiedler_BMCSystBiol2016"})
    void closedFormScalingsMinimiseAndTheOuterGradientIsExact(String name) {
        Objective objective = objective(name);
        OptimalScalings scalings = OptimalScalings.of(objective);
        double[] z = scalings.outerOf(objective.problem().nominal());
        for (int k = 0; k < z.length; k++) {
            z[k] += 0.1 * (k % 3 - 1); // away from the optimum
        }
        SmoothFunction f = scalings.function();
        SmoothFunction.Point at = f.evaluate(z, true);
        double[] x = scalings.full(z);
        assertThat(f.evaluate(z, false).value()).isEqualTo(at.value()).isEqualTo(objective.evaluate(x, false).value());
        for (int s : scalings.inner()) {
            for (double h : new double[] {-1e-3, 1e-3}) {
                double[] moved = x.clone();
                moved[s] += h;
                var p = objective.problem().estimated().get(s);
                if (moved[s] < p.lowerOnScale() || moved[s] > p.upperOnScale()) {
                    continue; // s* on its bound (Fiedler's s_pMek_20140505_gel2: nominal 999.99, bound 1000)
                }
                assertThat(objective.evaluate(moved, false).value()).as("scaling %d moved by %s", s, h)
                        .isGreaterThan(at.value());
            }
        }
        assertGradientIsCentralDifferences(f, z, at.gradient(), 1e-4, 1e-3);
    }

    @Test
    void aScalingJustInsideItsBoundCountsAsOnItWithinTheTolerance() {
        Objective objective = objective("Fujita_SciSignal2010");
        OptimalScalings scalings = OptimalScalings.of(objective);
        double[] nominal = scalings.outerOf(objective.problem().nominal());
        // less S6 (log10 init_S6 lowered by d) raises scaling_pS6_tot's optimum: 10^4.9 at d = 0, beyond its upper
        // bound 10^8 at d = 3.5; bisect d to the point where it meets the bound
        double inside = 0;
        double beyond = 3.5;
        for (int i = 0; i < 40; i++) {
            double d = 0.5 * (inside + beyond);
            if (scalings.atBound(shifted(nominal, d), 0)) {
                beyond = d;
            } else {
                inside = d;
            }
        }
        double[] z = shifted(nominal, inside);
        assertThat(beyond - inside).isLessThan(1e-10);
        assertThat(scalings.atBound(z, 0)).isFalse();
        assertThat(scalings.atBound(z, 1e-3)).isTrue();
        assertThat(scalings.atBound(shifted(nominal, beyond), 0)).isTrue();
        assertThat(scalings.atBound(shifted(nominal, inside - 0.5), 1e-3)).isFalse();
    }

    private static double[] shifted(double[] z, double d) {
        double[] out = z.clone();
        out[3] -= d; // init_S6 (log10)
        return out;
    }

    @Test
    void theRelaxationFreesAScalingFromItsBound() {
        Objective objective = objective("Fujita_SciSignal2010");
        OptimalScalings scalings = OptimalScalings.of(objective);
        double[] nominal = scalings.outerOf(objective.problem().nominal());
        SmoothFunction bounded = scalings.function(true);
        SmoothFunction relaxed = scalings.function(false);
        // at the nominal point every s* lies inside its bounds: the two functions are one
        assertThat(relaxed.evaluate(nominal, false).value()).isEqualTo(bounded.evaluate(nominal, false).value());
        assertThat(scalings.atBound(nominal, 0)).isFalse();
        assertThat(scalings.atBound(nominal, 1e-3)).isFalse();
        // 10^3.5 times less S6: pS6 drops by about as much and its scaling's optimum (10^4.9 at the nominal point)
        // lies beyond the upper bound 10^8
        double[] z = nominal.clone();
        z[3] -= 3.5; // init_S6 (log10)
        assertThat(scalings.full(z)[18]).isEqualTo(8.0); // scaling_pS6_tot clipped to its bound
        assertThat(scalings.atBound(z, 0)).isTrue();
        SmoothFunction.Point free = relaxed.evaluate(z, true);
        assertThat(free.value()).isLessThan(bounded.evaluate(z, false).value() - 1);
        // the value carries integration noise of about 5e-6 here, 2.5e-3 in a difference quotient with step 1e-3
        // (init_AKT's slope is 1.5e-3)
        assertGradientIsCentralDifferences(relaxed, z, free.gradient(), 1e-3, 5e-3);
    }

    /** Each component of the gradient against (f(z + h e_k) − f(z − h e_k)) / 2h, to 1e-3 relative plus {@code abs}. */
    private static void assertGradientIsCentralDifferences(SmoothFunction f, double[] z, double[] gradient, double h,
                                                           double abs) {
        for (int k = 0; k < z.length; k++) {
            double[] up = z.clone();
            double[] down = z.clone();
            up[k] += h;
            down[k] -= h;
            double fd = (f.evaluate(up, false).value() - f.evaluate(down, false).value()) / (2 * h);
            assertThat(gradient[k]).as("d f / d z_%d", k).isCloseTo(fd, Offset.offset(1e-3 * Math.abs(fd) + abs));
        }
    }
}
