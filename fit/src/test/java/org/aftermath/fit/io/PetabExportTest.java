package org.aftermath.fit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.aftermath.fit.objective.Evaluation;
import org.aftermath.fit.objective.Objective;
import org.aftermath.fit.problem.EstimationProblem;
import org.aftermath.fit.problem.ProblemParameter;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled fit example (two arms of different models: untreated, and with two log-kill doses) written as PEtab
 * reads back, through {@link PetabReader}, to the same objective and gradient as the fit file (1e-8 relative, at
 * the nominal parameters and away from them), and every exported SBML model passes libSBML's consistency check
 * (no error; Debian's {@code python3-sbml5} for {@code /usr/bin/python3}, which CI installs; never skipped).
 */
class PetabExportTest {

    static final Path FIT = Path.of("..", "examples", "fit-gompertz-kill", "fit.yaml");
    static final double RTOL = 1e-8;

    @TempDir
    Path dir;

    private Map<String, String> export() throws IOException {
        Map<String, String> files = PetabWriter.write(ProblemLoader.load(FIT).problem());
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        return files;
    }

    @Test
    void theExportReadsBackToTheSameObjectiveAndGradient() throws IOException {
        EstimationProblem original = ProblemLoader.load(FIT).problem();
        Map<String, String> files = export();
        assertThat(files.keySet()).as("one SBML model per distinct arm model").contains("model_control.xml",
                "model_treated.xml");
        EstimationProblem exported = ProblemLoader.load(dir.resolve("fit-gompertz-kill.yaml")).problem();
        assertThat(exported.name()).isEqualTo(original.name());
        assertThat(exported.estimated()).isEqualTo(original.estimated());
        assertThat(exported.measurements()).hasSameSizeAs(original.measurements());

        Objective a = new Objective(original, Objective.Settings.DEFAULT);
        Objective b = new Objective(exported, Objective.Settings.DEFAULT);
        double[] nominal = original.nominal();
        double[] away = nominal.clone();
        for (int k = 0; k < away.length; k++) {
            ProblemParameter p = original.estimated().get(k);
            away[k] = p.lowerOnScale() + 0.3 * (p.upperOnScale() - p.lowerOnScale());
        }
        for (double[] x : List.of(nominal, away)) {
            Evaluation ea = a.evaluate(x, true);
            Evaluation eb = b.evaluate(x, true);
            assertThat(ea.ok()).as(ea.failure()).isTrue();
            assertThat(eb.value()).isCloseTo(ea.value(), Offset.offset(RTOL * Math.abs(ea.value())));
            for (int k = 0; k < x.length; k++) {
                assertThat(eb.gradient()[k]).as(original.estimated().get(k).id())
                        .isCloseTo(ea.gradient()[k], Offset.offset(RTOL * Math.abs(ea.gradient()[k])));
            }
        }
    }

    @Test
    void theExportedSbmlPassesLibSbmlsConsistencyCheck() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "-c", """
                import sys, libsbml
                for path in sys.argv[1:]:
                    doc = libsbml.readSBMLFromFile(path)
                    doc.checkConsistency()
                    for i in range(doc.getNumErrors()):
                        e = doc.getError(i)
                        if e.getSeverity() >= libsbml.LIBSBML_SEV_ERROR:
                            print("ERROR %s %d: %s" % (path, e.getErrorId(), e.getMessage().strip()))
                    print("checked %s level %d version %d" % (path, doc.getLevel(), doc.getVersion()))
                """));
        for (String name : export().keySet()) {
            if (name.endsWith(".xml")) {
                command.add(dir.resolve(name).toString());
            }
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("libSBML finished").isTrue();
        assertThat(p.exitValue()).as("libSBML for /usr/bin/python3 (apt-get install python3-sbml5):\n%s", out)
                .isZero();
        assertThat(out).doesNotContain("ERROR").contains("model_control.xml level 3 version 2")
                .contains("model_treated.xml level 3 version 2");
    }
}
