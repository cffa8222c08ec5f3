package org.aftermath.sbml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.ScenarioReader;

/** The bundled example scenarios, {@code examples/**}{@code /*.yaml}, compiled. */
final class BundledScenarios {

    static final Path EXAMPLES = Path.of("..", "examples");

    private BundledScenarios() { }

    /** @return every bundled scenario file, sorted; at least one */
    static List<Path> files() {
        try (Stream<Path> walk = Files.walk(EXAMPLES)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("no example scenarios under " + EXAMPLES.toAbsolutePath());
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CompiledScenario compile(Path file) {
        return ScenarioCompiler.compile(ScenarioReader.read(file), Map.of());
    }
}
