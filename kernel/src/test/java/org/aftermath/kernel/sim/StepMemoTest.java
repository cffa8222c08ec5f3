package org.aftermath.kernel.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.ode.DenseStep;
import org.junit.jupiter.api.Test;

/** The simulator's shared step: the wrapped step's numbers, each time interpolated once per step. */
class StepMemoTest {

    private static final CompiledModel MODEL = ModelCompiler.compile(AntimonyReader.parse("""
            species A = 2;
            species B = 3;
            k = 0.5;
            A -> B; k * A;
            total := A + B;
            ratio := B / A;
            """, "memo.ant"));

    /** A straight line from (1, 2) at t = 0 to (1 + h, 2 - h) at t = h that counts interpolations. */
    private static final class LinearStep implements DenseStep {
        double h = 1;
        int calls;

        @Override public double start() { return 0; }
        @Override public double end() { return h; }
        @Override public void interpolate(double t, double[] out) {
            calls++;
            out[0] = 1 + t;
            out[1] = 2 - t;
        }
    }

    @Test
    void repeatedTimesAreInterpolatedOnceAndGiveTheSameNumbers() {
        LinearStep inner = new LinearStep();
        StepMemo memo = new StepMemo(MODEL);
        double[] p = MODEL.defaultParameters();
        memo.wrap(inner);
        Observable ratio = new Observable(MODEL, "ratio");
        Observable total = new Observable(MODEL, "total");
        for (int round = 0; round < 3; round++) {
            assertThat(ratio.value(memo, 0.25, p)).isEqualTo(1.75 / 1.25);
            assertThat(total.value(memo, 0.25, p)).isEqualTo(3.0);
            double[] y = new double[2];
            memo.interpolate(0.5, y);
            assertThat(y).containsExactly(1.5, 1.5);
        }
        assertThat(inner.calls).isEqualTo(2);
    }

    @Test
    void aNewStepForgetsTheOldOne() {
        LinearStep inner = new LinearStep();
        StepMemo memo = new StepMemo(MODEL);
        double[] p = MODEL.defaultParameters();
        Observable total = new Observable(MODEL, "total");
        memo.wrap(inner);
        assertThat(total.value(memo, 0.5, p)).isEqualTo(3.0);
        memo.wrap(new DenseStep() {
            @Override public double start() { return 0; }
            @Override public double end() { return 1; }
            @Override public void interpolate(double t, double[] out) {
                out[0] = 10;
                out[1] = 20;
            }
        });
        assertThat(total.value(memo, 0.5, p)).isEqualTo(30.0);
    }

    @Test
    void moreTimesThanTheCapacityAreStillCorrect() {
        LinearStep inner = new LinearStep();
        StepMemo memo = new StepMemo(MODEL);
        double[] p = MODEL.defaultParameters();
        memo.wrap(inner);
        Observable ratio = new Observable(MODEL, "ratio");
        int n = StepMemo.CAPACITY + 10;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                double t = (double) i / n;
                assertThat(ratio.value(memo, t, p)).isEqualTo((2 - t) / (1 + t));
            }
        }
    }

    @Test
    void otherParametersBypassTheRememberedObservables() {
        CompiledModel m = ModelCompiler.compile(AntimonyReader.parse("""
                species A = 2;
                species B = 3;
                s = 2;
                A -> B; 0 * A;
                scaled := s * A;
                """, "scaled.ant"));
        LinearStep inner = new LinearStep();
        StepMemo memo = new StepMemo(m);
        double[] p = m.defaultParameters();
        double[] other = p.clone();
        other[m.parameterIndex("s")] = 5;
        memo.wrap(inner);
        Observable scaled = new Observable(m, "scaled");
        assertThat(scaled.value(memo, 0.5, p)).isEqualTo(3.0);
        assertThat(scaled.value(memo, 0.5, other)).isEqualTo(7.5);
        assertThat(scaled.value(memo, 0.5, p)).isEqualTo(3.0);
    }
}
