package org.aftermath.kernel.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.compile.ModelCompiler.Backend;
import org.aftermath.kernel.model.Model;
import org.aftermath.ode.OdeSystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModelCompilerTest {

    private static CompiledModel compile(String text, Backend backend) {
        return ModelCompiler.compile(AntimonyReader.parse(text, "c.ant"), backend);
    }

    private static double[] derivatives(CompiledModel m, double t, double[] y, double[] p) {
        double[] yDot = new double[y.length];
        m.system(p).derivatives(t, y, yDot);
        return yDot;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void slotLayoutAndRightHandSide(Backend backend) {
        CompiledModel m = compile("""
                compartment C = 2
                species N in C = 100
                species $B in C = 5
                species $F in C = 1
                species Q = 3
                obs := N + Q
                obs2 := obs*2
                k = 0.1
                r = 1; r' = -r
                -> N; k*N*B
                N -> Q; k*N
                2 Q + $F -> ; k
                E: at time >= 1: F = 2
                """, backend);
        assertThat(m.stateNames()).containsExactly("N", "F", "Q", "r");
        assertThat(m.parameterNames()).containsExactly("k", "default_compartment", "C", "B");
        assertThat(m.observableNames()).containsExactly("obs", "obs2");
        assertThat(m.stateIndex("Q")).isEqualTo(2);
        assertThat(m.stateIndex("k")).isEqualTo(-1);
        assertThat(m.parameterIndex("B")).isEqualTo(3);
        assertThat(m.parameterIndex("N")).isEqualTo(-1);
        assertThat(m.observableIndex("obs2")).isEqualTo(1);
        assertThat(m.observableIndex("nothing")).isEqualTo(-1);

        double[] p = m.defaultParameters();
        assertThat(p).containsExactly(0.1, 1, 2, 5);
        double[] y = new double[4];
        m.initialize(p, y);
        assertThat(y).containsExactly(100, 1, 3, 1);
        assertThat(derivatives(m, 0, y, p)).containsExactly(0.1 * 100 * 5 - 0.1 * 100, 0, 0.1 * 100 - 2 * 0.1, -1);
        double[] o = new double[2];
        m.observables(0, y, p, o);
        assertThat(o).containsExactly(103, 206);
        assertThat(m.model().id()).isEqualTo("c");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void initialAssignmentsRunInDependencyOrder(Backend backend) {
        String text = """
                species A = 1
                species S; S = 2*k2 + obs
                obs := A*10
                k1 = 2
                k2 = 3*k1
                -> A; 0
                """;
        CompiledModel m = compile(text, backend);
        double[] p = m.defaultParameters();
        assertThat(p[m.parameterIndex("k2")]).isEqualTo(6);
        double[] y = new double[m.stateNames().size()];
        m.initialize(p, y);
        assertThat(y[m.stateIndex("S")]).isEqualTo(22);

        p[m.parameterIndex("k1")] = 5;
        m.initialize(p, y);
        assertThat(p[m.parameterIndex("k2")]).isEqualTo(15);
        assertThat(y[m.stateIndex("S")]).isEqualTo(40);

        CompiledModel overridden = ModelCompiler.compile(
                AntimonyReader.parse(text, "c.ant").withParameterValue("k2", 100), backend);
        double[] q = overridden.defaultParameters();
        q[overridden.parameterIndex("k1")] = 5;
        overridden.initialize(q, y);
        assertThat(q[overridden.parameterIndex("k2")]).isEqualTo(100);
        assertThat(y[overridden.stateIndex("S")]).isEqualTo(210);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void eventAssignmentsReadPreEventValues(Backend backend) {
        CompiledModel m = compile("""
                species S = 1; S' = 0
                a = 1; b = 2
                total := a + b + S
                Swap: at time >= 1: a = b, b = a
                Set: at time >= 1: S = total*time
                """, backend);
        double[] p = m.defaultParameters();
        double[] y = new double[1];
        m.initialize(p, y);
        assertThat(m.events()).extracting(CompiledEvent::id).containsExactly("Swap", "Set");
        m.events().get(0).apply(1, y, p);
        assertThat(p[m.parameterIndex("a")]).isEqualTo(2);
        assertThat(p[m.parameterIndex("b")]).isEqualTo(1);
        m.events().get(1).apply(2.5, y, p);
        assertThat(y[0]).isEqualTo((2 + 1 + 1) * 2.5);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void triggerTimesFollowTheParameters(Backend backend) {
        CompiledModel m = compile("""
                species S = 1; S' = 0
                t_dose = 1.5
                E1: at time > 3: S = 1
                E2: at t_dose <= time: S = 2
                E3: at time >= 2*t_dose + 1: S = 3
                """, backend);
        double[] p = m.defaultParameters();
        assertThat(m.events()).extracting(e -> e.triggerTime(p)).containsExactly(3.0, 1.5, 4.0);
        p[m.parameterIndex("t_dose")] = 10;
        assertThat(m.events()).extracting(e -> e.triggerTime(p)).containsExactly(3.0, 10.0, 21.0);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void tenThousandDosesCompileAndApplyEachInTurn(Backend backend) {
        // 10,000 kill events (every_days: 0.0001, cycles: 10000 once exceeded the JVM's 64 KB per
        // method) of two forms, interleaved, and 10,000 expression thresholds of two forms
        StringBuilder text = new StringBuilder("species N = 1e9; N' = 0\nshift = 0.5\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("K").append(i).append(": at time >= ").append(i * 1e-4).append(": N = N * ")
                    .append(i % 2 == 0 ? "0.999" : "(1 - 1e-4)").append('\n');
            text.append("S").append(i).append(": at time >= ").append(i % 2 == 0 ? "shift" : "2 * shift")
                    .append(": N = N\n");
        }
        CompiledModel m = compile(text.toString(), backend);
        assertThat(m.events()).hasSize(20_000);
        double[] p = m.defaultParameters();
        double[] y = new double[1];
        m.initialize(p, y);
        for (int i = 0; i < 10_000; i++) {
            assertThat(m.events().get(2 * i).triggerTime(p)).isEqualTo(i * 1e-4);
            assertThat(m.events().get(2 * i + 1).triggerTime(p)).isEqualTo(i % 2 == 0 ? 0.5 : 1.0);
        }
        double expected = 1e9;
        for (int i = 0; i < 10_000; i++) {
            m.events().get(2 * i).apply(i * 1e-4, y, p);
            expected *= i % 2 == 0 ? 0.999 : 1 - 1e-4;
        }
        assertThat(y[0]).isEqualTo(expected);
        if (backend == Backend.GENERATED) {
            GeneratedModel g = (GeneratedModel) m;
            assertThat(g.plan.eventForms).hasSize(3); // the two kills and the identity
            assertThat(g.plan.triggerForms).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void systemReadsTheParameterVectorOnEveryCall(Backend backend) {
        CompiledModel m = compile("species N = 2\n-> N; g*N\ng = 0.5\n", backend);
        double[] p = m.defaultParameters();
        OdeSystem system = m.system(p);
        double[] yDot = new double[1];
        system.derivatives(0, new double[] {2}, yDot);
        assertThat(yDot[0]).isEqualTo(1);
        p[0] = 2;
        system.derivatives(0, new double[] {2}, yDot);
        assertThat(yDot[0]).isEqualTo(4);
        assertThat(system.dimension()).isEqualTo(1);
        assertThat(system.hasJacobian()).isEqualTo(m instanceof GeneratedModel);
        if (backend != Backend.AUTO) {
            assertThat(m instanceof GeneratedModel).isEqualTo(backend == Backend.GENERATED);
        }
    }

    @org.junit.jupiter.api.Test
    void autoInterpretsSmallModelsUntilTheirCodeExistsAndGeneratesLargeOnes() {
        String small = "species N = 2\n-> N; gAuto*N\ngAuto = 0.5\n";
        assertThat(compile(small, Backend.AUTO)).isInstanceOf(InterpretedModel.class);
        compile(small, Backend.GENERATED);
        assertThat(compile(small, Backend.AUTO)).as("the shape's code is compiled now").isInstanceOf(GeneratedModel.class);
        StringBuilder large = new StringBuilder("species N = 2\n-> N; gAuto*N");
        for (int i = 0; i < ModelCompiler.SMALL_MODEL; i++) {
            large.append(" + 0*N");
        }
        large.append("\ngAuto = 0.5\n");
        assertThat(compile(large.toString(), Backend.AUTO)).isInstanceOf(GeneratedModel.class);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void exponentialGrowthIntegratesToTheClosedForm(Backend backend) {
        CompiledModel m = compile("""
                species N = 1e6
                -> N; g*N
                g = ln(2)/10
                cells := N
                """, backend);
        double[] p = m.defaultParameters();
        double[] y = new double[1];
        m.initialize(p, y);
        rk4(m.system(p), y, 0, 30, 600);
        assertThat(y[0]).isCloseTo(8e6, within(8e6 * 1e-10));
        double[] o = new double[1];
        m.observables(30, y, p, o);
        assertThat(o[0]).isEqualTo(y[0]);
    }

    /** Classic fixed-step fourth-order Runge-Kutta. */
    static void rk4(OdeSystem f, double[] y, double t0, double t1, int steps) {
        int n = y.length;
        double h = (t1 - t0) / steps;
        double[] k1 = new double[n];
        double[] k2 = new double[n];
        double[] k3 = new double[n];
        double[] k4 = new double[n];
        double[] tmp = new double[n];
        for (int s = 0; s < steps; s++) {
            double t = t0 + s * h;
            f.derivatives(t, y, k1);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + h / 2 * k1[i];
            }
            f.derivatives(t + h / 2, tmp, k2);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + h / 2 * k2[i];
            }
            f.derivatives(t + h / 2, tmp, k3);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + h * k3[i];
            }
            f.derivatives(t + h, tmp, k4);
            for (int i = 0; i < n; i++) {
                y[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void compilingTheSameModelTwiceGivesEqualResults(Backend backend) {
        Model model = RandomModels.model(3, true);
        CompiledModel a = ModelCompiler.compile(model, backend);
        CompiledModel b = ModelCompiler.compile(model, backend);
        double[] p = a.defaultParameters();
        double[] ya = new double[a.stateNames().size()];
        double[] yb = new double[b.stateNames().size()];
        a.initialize(p.clone(), ya);
        b.initialize(p.clone(), yb);
        assertThat(derivatives(a, 1, ya, p)).containsExactly(derivatives(b, 1, yb, p));
        assertThat(List.of(a.stateNames(), a.parameterNames())).isEqualTo(List.of(b.stateNames(), b.parameterNames()));
    }
}
