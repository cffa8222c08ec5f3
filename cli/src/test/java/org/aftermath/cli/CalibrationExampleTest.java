package org.aftermath.cli;

import static org.aftermath.cli.Cli.aftermath;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftermath.cli.Cli.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calibration example (examples/calibration/): both fit files of the model-discrimination study load and
 * evaluate, and the shipped posterior sample of the two-clone fit drives a cohort — each patient's drawn parameters
 * are one row of the file. The fits themselves (minutes) are not repeated here; their commands are in the example's
 * README.
 */
class CalibrationExampleTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "calibration");
    private static final List<String> ESTIMATED = List.of("doubling_days", "mitoxantrone_kill_eps",
            "resistant_fraction", "resistant_kill_escape");

    @TempDir
    Path dir;

    @Test
    void theFitFilesLoadAndEvaluate() {
        for (String fit : new String[] {"fit-microenvironment.yaml", "fit-two-clone.yaml"}) {
            Outcome o = aftermath("fit", EXAMPLE.resolve(fit).toString(), "--evaluate");
            assertThat(o.status()).as(fit + ": " + o.err()).isZero();
            assertThat(o.out()).as(fit).contains("objective at the nominal parameters", "nll ");
        }
    }

    @Test
    void thePosteriorSampleDrivesACohort() throws IOException {
        Path samples = EXAMPLE.resolve("posterior-two-clone.csv");
        List<String> lines = Files.readAllLines(samples);
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header).containsAll(ESTIMATED);
        Set<String> rows = lines.stream().skip(1).map(l -> project(l.split(","), header))
                .collect(Collectors.toSet());
        Path out = dir.resolve("cohort");
        Outcome o = aftermath("cohort", EXAMPLE.resolve("two-clone/pc3-mitoxantrone.yaml").toString(), "--patients",
                "3", "--seed", "5", "--parameter-samples", samples.toString(), "--out", out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        List<String> patients = Files.readAllLines(out.resolve("patients.csv"));
        List<String> columns = List.of(patients.get(0).split(","));
        List<String> wanted = ESTIMATED.stream().map(id -> columns.contains(id) ? id : "parameters." + id).toList();
        assertThat(columns).containsAll(wanted);
        assertThat(patients).hasSize(4);
        for (String p : patients.subList(1, patients.size())) {
            String[] cells = p.split(",");
            String drawn = wanted.stream().map(c -> cells[columns.indexOf(c)]).collect(Collectors.joining(","));
            assertThat(rows).as("patient's draw " + drawn).contains(drawn);
        }
    }

    /** @return the estimated parameters' cells of a samples row, in ESTIMATED order */
    private static String project(String[] cells, List<String> header) {
        return ESTIMATED.stream().map(id -> cells[header.indexOf(id)]).collect(Collectors.joining(","));
    }
}
