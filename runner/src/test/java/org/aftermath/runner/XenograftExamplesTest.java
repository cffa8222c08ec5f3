package org.aftermath.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.aftermath.runner.testing.Runs;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.aftermath.tmen.scenario.HostSpecies;
import org.junit.jupiter.api.Test;

/**
 * The bundled xenograft examples (examples/xenograft/, the Sun et al. 2012 design on assumed
 * numbers): each is a mouse scenario, and the mechanisms act in the direction the paper reports —
 * mitoxantrone damages the PSC27 stroma, which then secretes WNT16B, and the tumour with the
 * fibroblasts' WNT16B knocked out ends smaller than with it. Directions only: the sizes rest on
 * assumed values.
 */
class XenograftExamplesTest {

    private static final Map<String, RunResult> RUNS = new HashMap<>();

    private static synchronized RunResult run(String example) {
        return RUNS.computeIfAbsent(example, e -> Runs.run(path(e),
                RunOptions.DEFAULT.withOutputStep(1)));
    }

    private static Path path(String example) {
        return Runs.example("xenograft/" + example);
    }

    private static double finalCells(String example) {
        return run(example).summary().finalTumorCells();
    }

    @Test
    void everyXenograftExampleIsAMouse() {
        for (String e : new String[] {"pc3-untreated", "pc3-mitoxantrone", "pc3-psc27-untreated", "pc3-psc27-mitoxantrone",
                "pc3-psc27-shwnt16b-mitoxantrone"}) {
            assertThat(ScenarioReader.read(path(e)).patient().species()).as(e).isEqualTo(HostSpecies.MOUSE);
        }
    }

    @Test
    void mitoxantroneDamagesThePsc27StromaWhichThenSecretesWnt16b() {
        RunResult treated = run("pc3-psc27-mitoxantrone");
        assertThat(Runs.max(treated, "senescent_stroma_fraction")).isPositive();
        assertThat(Mechanisms.rise(treated, "wnt16b")).isPositive();
        assertThat(finalCells("pc3-psc27-mitoxantrone")).isLessThan(finalCells("pc3-psc27-untreated"));
        assertThat(finalCells("pc3-mitoxantrone")).isLessThan(finalCells("pc3-untreated"));
    }

    @Test
    void withoutTheFibroblastsWnt16bTheTreatedTumourEndsSmaller() {
        assertThat(Mechanisms.rise(run("pc3-psc27-shwnt16b-mitoxantrone"), "wnt16b")).isLessThan(1e-6);
        assertThat(finalCells("pc3-psc27-shwnt16b-mitoxantrone")).isLessThan(finalCells("pc3-psc27-mitoxantrone"));
    }
}
