package org.aftermath.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.kernel.model.Domain;
import org.aftermath.kernel.model.Species;
import org.aftermath.kernel.sim.DomainGuard;
import org.aftermath.ode.Tolerances;
import org.aftermath.tmen.CompiledScenario;
import org.junit.jupiter.api.Test;

/**
 * Every species of the bundled model (cells, drug amounts, secreted factors) is marked [0, inf),
 * so the run-time guard of every scenario checks all of them; and the bundled examples run to the
 * end under it (the examples' own tests and the CLI's run them all; here the one that holds every
 * module: microenvironment, pharmacokinetics, modulators).
 */
class BundledDomainsTest {

    @Test
    void everySpeciesOfTheBundledModelIsGuardedAndTheExamplesKeepTheirDomains() throws IOException {
        CompiledScenario scenario = ExampleRegressionTest.example("figure-3c-anti-ddsp.yaml");
        CompiledModel model = ModelCompiler.compile(scenario.model());
        assertThat(scenario.model().species()).extracting(Species::domain).containsOnly(Domain.NON_NEGATIVE);
        assertThat(new DomainGuard(model, "auto", Tolerances.DEFAULT, null).guarded())
                .containsExactlyElementsOf(scenario.model().species().stream().map(Species::id).toList())
                .hasSizeGreaterThan(20);
        assertThat(ScenarioRunner.run(scenario, model, RunOptions.DEFAULT).summary().finalTumorCells()).isPositive();
        try (Stream<Path> files = Files.list(Path.of("..", "tmen", "src", "main", "resources", "org", "aftermath", "tmen",
                "models"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ant")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("species ")) {
                        assertThat(line).as(f + ": every species line is marked").contains("//@ domain: [0, inf)");
                    }
                }
            }
        }
    }
}
