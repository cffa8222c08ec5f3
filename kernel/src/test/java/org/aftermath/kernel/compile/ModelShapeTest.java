package org.aftermath.kernel.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.kernel.sim.Simulator;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.ode.Tolerances;
import org.junit.jupiter.api.Test;

/** Models that differ only in values share generated code, and still run with their own values. */
class ModelShapeTest {

    private static Model growth(String k, String n0, String volume) {
        return AntimonyReader.parse("""
                compartment tumor = %s;
                species N in tumor = %s;
                k = %s;
                D = 0.5;
                -> N; k * N;
                cells := N * tumor;
                dose: at time >= 1: N = N * D;
                """.formatted(volume, n0, k), "shape-test.ant");
    }

    private static double finalCells(CompiledModel m) {
        double[] y = new Simulator(m).run(null, 0, 2, IntegratorKind.DORMAND_PRINCE.create(Tolerances.DEFAULT),
                List.of()).finalState();
        double[] obs = new double[m.observableNames().size()];
        m.observables(2, y, m.defaultParameters(), obs);
        return obs[m.observableIndex("cells")];
    }

    @Test
    void patientsThatDifferInValuesShareTheCodeAndKeepTheirValues() {
        GeneratedModel first = (GeneratedModel) ModelCompiler.compile(growth("0.3", "1000", "1"));
        GeneratedModel second = (GeneratedModel) ModelCompiler.compile(growth("0.7", "50", "2"));
        assertThat(second.code()).isSameAs(first.code());
        assertThat(second.model().parameter("k").orElseThrow().value()).isEqualTo(0.7);
        // N(2) = N0 e^{2k} / 2 (halved at day 1), cells = N · volume
        assertThat(finalCells(first)).isCloseTo(1000 * Math.exp(0.6) / 2 * 1, within(1e-6));
        assertThat(finalCells(second)).isCloseTo(50 * Math.exp(1.4) / 2 * 2, within(1e-7));
    }

    @Test
    void doseDaysAreValuesTooAndEachModelFiresAtItsOwnTime() {
        Model atDay1 = growth("0.3", "1000", "1");
        Model atDay1_5 = AntimonyReader.parse("""
                compartment tumor = 1;
                species N in tumor = 1000;
                k = 0.3;
                D = 0.5;
                -> N; k * N;
                cells := N * tumor;
                dose: at time >= 1.5: N = N * D;
                """, "shape-test.ant");
        GeneratedModel first = (GeneratedModel) ModelCompiler.compile(atDay1);
        GeneratedModel second = (GeneratedModel) ModelCompiler.compile(atDay1_5);
        assertThat(second.code()).isSameAs(first.code());
        assertThat(first.events().get(0).triggerTime(first.defaultParameters())).isEqualTo(1.0);
        assertThat(second.events().get(0).triggerTime(second.defaultParameters())).isEqualTo(1.5);
        // the halving commutes with exponential growth, so N(2) is the same; the state just
        // before the dose tells the times apart: N0 e^{k t_dose}
        double[] before = new double[1];
        new Simulator(second).run(null, 0, 2, IntegratorKind.DORMAND_PRINCE.create(Tolerances.DEFAULT),
                List.of(new org.aftermath.kernel.sim.SimulationObserver() {
                    @Override
                    public void event(double t, String id, double[] yBefore, double[] pBefore, double[] yAfter,
                                      double[] pAfter) {
                        before[0] = yBefore[0];
                    }
                }));
        assertThat(before[0]).isCloseTo(1000 * Math.exp(0.3 * 1.5), within(1e-6));
    }

    @Test
    void aDifferentExpressionIsADifferentShape() {
        Model a = growth("0.3", "1000", "1");
        Model b = AntimonyReader.parse("""
                compartment tumor = 1;
                species N in tumor = 1000;
                k = 0.3;
                D = 0.5;
                -> N; k * N * 2;
                cells := N * tumor;
                dose: at time >= 1: N = N * D;
                """, "shape-test.ant");
        assertThat(ModelShape.of(a)).isNotEqualTo(ModelShape.of(b));
        assertThat(((GeneratedModel) ModelCompiler.compile(b)).code())
                .isNotSameAs(((GeneratedModel) ModelCompiler.compile(a)).code());
    }

    @Test
    void invalidValuesAreStillRefusedAfterAValidModelOfTheSameStructure() {
        ModelCompiler.compile(growth("0.3", "1000", "1"));
        assertThatThrownBy(() -> ModelCompiler.compile(growth("0.3", "1000", "0")))
                .isInstanceOf(ModelException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> ModelCompiler.compile(growth("0.3", "1000", "1")
                .withParameterValue("k", Double.POSITIVE_INFINITY)))
                .isInstanceOf(ModelException.class).hasMessageContaining("infinite");
    }
}
