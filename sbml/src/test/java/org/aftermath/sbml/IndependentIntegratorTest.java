package org.aftermath.sbml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.aftermath.kernel.model.Model;
import org.aftermath.ode.Tolerances;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exported scenario with two doses of one drug at the same times, simulated by an independent
 * integrator (SciPy's LSODA driven by libSBML, {@code independent_simulation.py}, sharing no code
 * with Aftermath), gives Aftermath's numbers: both doses count. The same file with
 * {@code useValuesFromTriggerTime = true} (what the export wrote before) loses a dose there.
 * Needs /usr/bin/python3 with libSBML and SciPy (.ci/run installs them); fails, never skips,
 * without them.
 */
class IndependentIntegratorTest {

    static final String SPLIT_DOSES = """
            name: split-doses
            days: 42
            tumor:
              cells: 1.0e9
              growth: {law: exponential, doubling_days: 20}
            stroma: none
            treatments:
              - {agent: doxorubicin, name: dox_a, dose: 30, every_days: 21, cycles: 2}
              - {agent: doxorubicin, name: dox_b, dose: 30, every_days: 21, cycles: 2}
            """;

    static final List<String> OUTPUTS = List.of("tumor_cells", "doxorubicin_plasma");

    @TempDir
    Path dir;

    @Test
    void simultaneousDosesMatchAnIndependentIntegrator() throws Exception {
        Model model = ScenarioCompiler.compile(ScenarioReader.read(SPLIT_DOSES, "split-doses.yaml"), Map.of()).model();
        assertThat(model.events().stream().filter(e -> e.trigger().toString().contains("Num[value=0.0]")).count())
                .as("two dose events at day 0").isGreaterThanOrEqualTo(2);
        Path xml = dir.resolve("split-doses.xml");
        Files.writeString(xml, SbmlWriter.write(model));
        List<double[]> aftermath = simulate(model, 42, 42);
        List<double[]> scipy = independent(xml, 42, 42);
        assertThat(scipy).hasSameSizeAs(aftermath);
        for (int i = 0; i < aftermath.size(); i++) {
            for (int k = 0; k < aftermath.get(i).length; k++) {
                double a = aftermath.get(i)[k];
                double b = scipy.get(i)[k];
                assertThat(Math.abs(a - b)).as("row %d column %d: Aftermath %s, SciPy %s", i, k, a, b)
                        .isLessThanOrEqualTo(1e-6 * Math.abs(a) + 1e-9);
            }
        }
        // the plasma concentration just after day 21's doses counts both
        Path old = dir.resolve("trigger-time-values.xml");
        Files.writeString(old, Files.readString(xml).replace("useValuesFromTriggerTime=\"false\"",
                "useValuesFromTriggerTime=\"true\""));
        List<double[]> lost = independent(old, 42, 42);
        double withBoth = scipy.get(21)[2];
        double withOne = lost.get(21)[2];
        assertThat(withOne).as("values from the trigger time lose one of the two doses").isLessThan(0.6 * withBoth);
    }

    static List<double[]> simulate(Model model, double end, int steps) {
        return GridRun.simulate(model, end, steps, Tolerances.DEFAULT, OUTPUTS.toArray(String[]::new));
    }

    List<double[]> independent(Path xml, double end, int steps) throws IOException, InterruptedException {
        Path script = dir.resolve("independent_simulation.py");
        try (InputStream in = getClass().getResourceAsStream("independent_simulation.py")) {
            Files.write(script, in.readAllBytes());
        }
        if (!Files.isExecutable(Path.of(LibSbmlConsistencyTest.PYTHON))) {
            fail(LibSbmlConsistencyTest.PYTHON + " is missing; install python3-sbml5 and python3-scipy");
        }
        Process p = new ProcessBuilder(LibSbmlConsistencyTest.PYTHON, script.toString(), xml.toString(),
                Double.toString(end), Integer.toString(steps), String.join(",", OUTPUTS)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the independent simulation did not finish in 300 s");
        }
        if (out.contains("No module named")) {
            fail("libSBML or SciPy is missing for " + LibSbmlConsistencyTest.PYTHON
                    + "; sudo apt-get install -y python3-sbml5 python3-scipy:\n" + out);
        }
        assertThat(p.exitValue()).as(out).isZero();
        List<double[]> rows = new ArrayList<>();
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).isEqualTo("time," + String.join(",", OUTPUTS));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double[] row = new double[cells.length];
            for (int k = 0; k < cells.length; k++) {
                row[k] = Double.parseDouble(cells[k]);
            }
            rows.add(row);
        }
        return rows;
    }
}
