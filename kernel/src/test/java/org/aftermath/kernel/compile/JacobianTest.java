package org.aftermath.kernel.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.compile.ModelCompiler.Backend;
import org.aftermath.kernel.model.Model;
import org.aftermath.ode.OdeSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated analytic Jacobian against central finite differences of the right-hand side. */
class JacobianTest {

    private static final String TUMOUR = """
            species P = 1e6; species Q = 2e5; species D = 1
            K = 1e7; r = 0.3; a = 0.05; b = 0.02; kel = 0.4; EC50 = 0.5; h = 2; Emax = 0.9
            burden := P + Q
            kill := Emax*hill(D, EC50, h)
            J_grow: -> P; r*P*ln(K/burden)
            J_quiesce: P -> Q; a*P*(burden/K)^1.5
            J_wake: Q -> P; b*Q*hillr(burden, K/2, 3)
            J_kill: P -> ; kill*P
            J_clear: D -> ; kel*D
            """;

    private static final String KINKS = """
            species X = 2; species Y = 0.7; species Z = 3
            c = 1.2
            m := min(X, Y*3, Z)
            s := max(X - Y, 0.1)
            X' = -abs(X - c)*Y + piecewise(X/Y, time > 1, Y^X)
            Y' = m - s*sqrt(Y) + exp(-Z)*log10(1 + X)
            Z' = (X^Y)/(1 + Z^2) - Z/(X + Y)
            """;

    private static final String RATE_RULE_PARAMETER = """
            species N = 5
            g = 0.2; g' = -0.1*g*N/(1 + N)
            -> N; g*N*(1 - N/100)
            """;

    @ParameterizedTest
    @ValueSource(strings = {TUMOUR, KINKS, RATE_RULE_PARAMETER})
    void handWrittenModels(String text) {
        check(AntimonyReader.parse(text, "j.ant"), 1.5);
    }

    @Test
    void randomSmoothModels() {
        for (long seed = 1; seed <= 30; seed++) {
            check(RandomModels.model(seed, true), seed % 3 == 0 ? 7 : 1);
        }
    }

    @Test
    void onlyTheGeneratedBackEndHasAJacobian() {
        Model m = AntimonyReader.parse(RATE_RULE_PARAMETER, "j.ant");
        CompiledModel interpreted = ModelCompiler.compile(m, Backend.INTERPRETED);
        assertThat(interpreted.system(interpreted.defaultParameters()).hasJacobian()).isFalse();
        CompiledModel generated = ModelCompiler.compile(m);
        assertThat(generated.system(generated.defaultParameters()).hasJacobian()).isTrue();
    }

    @Test
    void generatedRightHandSideAndJacobianDoNotAllocate() {
        CompiledModel m = ModelCompiler.compile(AntimonyReader.parse(TUMOUR, "j.ant"));
        double[] p = m.defaultParameters();
        double[] y = new double[m.stateNames().size()];
        m.initialize(p, y);
        OdeSystem f = m.system(p);
        double[] yDot = new double[y.length];
        double[] dfdy = new double[y.length * y.length];
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < 20_000; i++) {
            f.derivatives(i, y, yDot);
            f.jacobian(i, y, dfdy);
        }
        int calls = 100_000;
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < calls; i++) {
            f.derivatives(i, y, yDot);
            f.jacobian(i, y, dfdy);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        // an object allocated per call would take at least 16 bytes each time; the measurement
        // itself may allocate a few hundred bytes once
        assertThat(allocated).as("bytes allocated by %d calls of each", calls).isLessThan(calls);
    }

    /** Compares ∂f_i/∂y_j with central differences at the model's initial state. */
    private static void check(Model model, double t) {
        CompiledModel m = ModelCompiler.compile(model);
        double[] p = m.defaultParameters();
        int n = m.stateNames().size();
        double[] y = new double[n];
        m.initialize(p, y);
        OdeSystem f = m.system(p);
        double[] jac = new double[n * n];
        f.jacobian(t, y, jac);
        double[] plus = new double[n];
        double[] minus = new double[n];
        for (int j = 0; j < n; j++) {
            double h = 1e-6 * Math.max(1, Math.abs(y[j]));
            double[] yp = y.clone();
            double[] ym = y.clone();
            yp[j] += h;
            ym[j] -= h;
            f.derivatives(t, yp, plus);
            f.derivatives(t, ym, minus);
            for (int i = 0; i < n; i++) {
                double fd = (plus[i] - minus[i]) / (2 * h);
                double scale = Math.max(1, Math.max(Math.abs(plus[i]), Math.abs(minus[i])) / Math.max(1, Math.abs(y[j])));
                assertThat(jac[i * n + j]).as("%s: d%s/d%s", model.id(), m.stateNames().get(i), m.stateNames().get(j))
                        .isCloseTo(fd, org.assertj.core.api.Assertions.within(1e-5 * Math.max(scale, Math.abs(fd))));
            }
        }
    }
}
