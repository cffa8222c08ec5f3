package org.aftermath.sbml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.sim.GridSampler;
import org.aftermath.kernel.sim.Simulator;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.ode.Tolerances;
import org.aftermath.runner.RunOptions;
import org.aftermath.runner.ScenarioRunner;
import org.aftermath.runner.Timeseries;
import org.aftermath.tmen.CompiledScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export → {@link SbmlReader} → simulate through the kernel matches the direct run. The scenarios'
 * compiled models and exports are shared with {@link LibSbmlConsistencyTest}; the cases run on all
 * cores.
 */
@Execution(ExecutionMode.CONCURRENT)
class RoundTripTest {

    static final double REL = 1e-9;

    /** Every construct the writer translates: hill/hillr, piecewise, min/max, log10, sqrt, abs, booleans as numbers, rules. */
    static final String CONSTRUCTS = """
            unit per_day = 1 / day
            unit cells = item
            compartment bed = 2
            species A in bed = 10; A has cells
            species $S in bed = 3
            k = 0.2; k has per_day  //@ source: assumed | range: 0.01 .. 1 | note: test "rate" & <friends>
            K = 4  //@ source: Example 2020 | range: 1 ..
            n = 2  //@ source: assumed
            var x = 1
            y = 2 * k
            grow: -> A; k * A * hillr(A, K, n) + min(1, S) * hill(S, K, n)
            die: A -> ; k / 10 * A * piecewise(2, A > 15, 1)
            x' = -0.1 * x + (A > 12) + sqrt(abs(log10(S)))
            obs := A + max(x, 0.5, y) + exp(-ln(2)) * (x >= 0 && A < 100 || !(S == 3))
            E1: at time >= 5: A = A / 2, x = x + 1
            E2: at time >= 5: k = k * 1.5
            """;

    static List<Path> scenarios() {
        return BundledScenarios.files();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void bundledScenarioReSimulatesIdentically(Path file) {
        CompiledScenario direct = BundledScenarios.compile(file);
        Model back = SbmlReader.read(BundledScenarios.export(file), "export.xml");
        CompiledScenario viaSbml = new CompiledScenario(direct.scenario(), back, direct.days(), direct.doses(),
                direct.skipped(), direct.warnings(), direct.parameters());
        Timeseries a = ScenarioRunner.run(direct, RunOptions.DEFAULT).timeseries();
        Timeseries b = ScenarioRunner.run(viaSbml, RunOptions.DEFAULT).timeseries();
        assertThat(b.columns()).isEqualTo(a.columns());
        assertRowsMatch(a.rows(), b.rows());
        assertThat(a.rows()).hasSize((int) Math.floor(direct.days()) + 1);
    }

    @Test
    void everyConstructReSimulatesIdentically() {
        Model model = AntimonyReader.parse(CONSTRUCTS, "constructs.ant");
        Model back = SbmlReader.read(SbmlWriter.write(model), "constructs.xml");
        assertRowsMatch(simulate(model), simulate(back));
        assertThat(back.parameter("k").orElseThrow().provenance()).isEqualTo(model.parameter("k").orElseThrow().provenance());
        assertThat(back.parameter("K").orElseThrow().provenance().max()).isNull();
        assertThat(back.events()).extracting(e -> e.id()).containsExactly("E1", "E2");
    }

    static List<double[]> simulate(Model model) {
        CompiledModel compiled = ModelCompiler.compile(model);
        List<double[]> rows = new ArrayList<>();
        double[] obs = new double[compiled.observableNames().size()];
        GridSampler sampler = new GridSampler(0.5, (t, y, p) -> {
            compiled.observables(t, y, p, obs);
            double[] row = new double[1 + y.length + obs.length];
            row[0] = t;
            System.arraycopy(y, 0, row, 1, y.length);
            System.arraycopy(obs, 0, row, 1 + y.length, obs.length);
            rows.add(row);
        });
        new Simulator(compiled).run(null, 0, 20, IntegratorKind.AUTO.create(Tolerances.DEFAULT), List.of(sampler));
        return rows;
    }

    static void assertRowsMatch(List<double[]> expected, List<double[]> actual) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            double[] e = expected.get(i);
            double[] a = actual.get(i);
            assertThat(a).hasSameSizeAs(e);
            for (int j = 0; j < e.length; j++) {
                double scale = Math.max(Math.abs(e[j]), Double.MIN_NORMAL);
                assertThat(Math.abs(a[j] - e[j]) / scale)
                        .as("row %d column %d: %s vs %s", i, j, e[j], a[j]).isLessThanOrEqualTo(REL);
            }
        }
    }
}
