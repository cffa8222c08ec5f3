package org.aftermath.fit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.fit.objective.Evaluation;
import org.aftermath.fit.objective.Objective;
import org.aftermath.fit.problem.EstimationProblem;
import org.aftermath.fit.problem.ProblemParameter;
import org.aftermath.fit.problem.Scale;
import org.aftermath.ode.Tolerances;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gradient from forward sensitivities equals central finite differences on three problems of the PEtab
 * benchmark collection, away from the optimum (every parameter moved by +0.2 on its log10 scale, a factor 1.6,
 * where the gradient is large).
 * <p>
 * Finite differences: central differences D(h) with h = 1e-3 and D(h/2) on the estimation scale, extrapolated to
 * R = (4 D(h/2) − D(h)) / 3 (truncation error O(h⁴)). The step balances truncation (D(h) − g ≈ c h², about 1e-6
 * relative here) against the objective's integration noise at rtol 1e-10 (about 1e-10 relative, amplified by
 * f/h to about 1e-8 relative of the gradient). FD is taken as reliable for a component when its truncation estimate
 * |D(h) − D(h/2)| is below 1e-3 |R| and |R| is above 1e3 ulps of the objective per h (below, D(h) and D(h/2) can agree
 * by being the same few ulps: Liu's beta, 4.5e-10 both); there the sensitivity gradient must equal R to 1e-4
 * relative. At most one component per problem may be unreliable (Brannmark's k1e, whose gradient is 1e-9 of the
 * others'). The value alone
 * (integrating the state only) is the same number as the value with the gradient (the same steps).
 */
class PetabSensitivityTest {

    static final double H = 1e-3;
    static final double RTOL = 1e-4;
    static final double RELIABLE = 1e-3;
    /** Below this many ulps of the objective per step h, a difference quotient is rounding: FD cannot resolve it. */
    static final double RESOLUTION = 1e3;

    @ParameterizedTest
    @ValueSource(strings = {"Boehm_JProteomeRes2014", "Fujita_SciSignal2010", "Brannmark_JBC2010",
        "Fiedler_BMCSystBiol2016"})
    void sensitivityGradientEqualsCentralDifferencesAwayFromTheOptimum(String name) {
        EstimationProblem problem = ProblemLoader.load(PetabCollection.yaml(name)).problem();
        assertGradientEqualsCentralDifferences(name, problem, away(problem));
    }

    /**
     * Liu_IFACPapersOnLine2025 where its extinction event fires: with the infection rate psi = 3e-8 (nominal 3e-9)
     * the uninfected cells U of condition vvDD fall below the threshold 1e-8 at t ≈ 1.23 (scipy's LSODA, rtol 1e-10),
     * inside the measurements (t = 0..4), so the gradient crosses the sensitivities' jump at a trigger time that
     * moves with every parameter. The jump changes little here (it removes 1e-8 cells); the closed forms of the
     * kernel's SensitivitySimulatorTest are the discriminating check.
     */
    @Test
    void liuGradientAcrossItsExtinctionEventEqualsCentralDifferences() {
        String name = "Liu_IFACPapersOnLine2025";
        EstimationProblem problem = ProblemLoader.load(PetabCollection.yaml(name)).problem();
        double[] x = away(problem);
        for (int k = 0; k < x.length; k++) {
            if (problem.estimated().get(k).id().equals("psi")) {
                x[k] = Math.log10(3e-8);
            }
        }
        assertGradientEqualsCentralDifferences(name, problem, x);
    }

    private static void assertGradientEqualsCentralDifferences(String name, EstimationProblem problem, double[] x) {
        Objective objective = new Objective(problem, new Objective.Settings(new Tolerances(1e-10, 1e-12), 1e9));
        Evaluation e = objective.evaluate(x, true);
        assertThat(e.ok()).as(e.failure()).isTrue();
        assertThat(objective.evaluate(x, false).value()).as("%s: the value alone (state only, no tangent code)", name)
                .isEqualTo(e.value());
        List<String> unreliable = new ArrayList<>();
        for (int k = 0; k < x.length; k++) {
            double d = central(objective, x, k, H);
            double d2 = central(objective, x, k, H / 2);
            double r = (4 * d2 - d) / 3;
            String id = problem.estimated().get(k).id();
            if (!(Math.abs(d - d2) <= RELIABLE * Math.abs(r)) || Math.abs(r) < RESOLUTION * Math.ulp(e.value()) / H) {
                unreliable.add(id);
                continue;
            }
            assertThat(e.gradient()[k]).as("%s: d objective / d %s", name, id)
                    .isCloseTo(r, Offset.offset(RTOL * Math.abs(r)));
        }
        assertThat(unreliable).as("%s: components where finite differences are unreliable", name).hasSizeLessThan(2);
    }

    /** @return the nominal parameters moved by +0.2 on a log10 scale (the same factor on a log scale) */
    static double[] away(EstimationProblem problem) {
        double[] x = problem.nominal();
        for (int k = 0; k < x.length; k++) {
            ProblemParameter p = problem.estimated().get(k);
            assertThat(p.scale()).as(p.id()).isNotEqualTo(Scale.LIN);
            x[k] += p.scale() == Scale.LOG ? 0.2 * Math.log(10) : 0.2;
        }
        return x;
    }

    private static double central(Objective objective, double[] x, int k, double h) {
        double[] up = x.clone();
        double[] down = x.clone();
        up[k] += h;
        down[k] -= h;
        return (objective.evaluate(up, false).value() - objective.evaluate(down, false).value()) / (2 * h);
    }
}
