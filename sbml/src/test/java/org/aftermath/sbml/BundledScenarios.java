package org.aftermath.sbml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aftermath.runner.testing.Runs;
import org.aftermath.tmen.CompiledScenario;

/** The bundled example scenarios, {@code examples/**}{@code /*.yaml} (not module mappings), compiled and exported once. */
final class BundledScenarios {

    static final Path EXAMPLES = Runs.EXAMPLES;

    private BundledScenarios() { }

    /** @return every bundled scenario file, sorted; at least one */
    static List<Path> files() {
        try (Stream<Path> walk = Files.walk(EXAMPLES)) {
            // fit files (a top-level arms: mapping) list scenarios; they are not scenarios themselves
            List<Path> files = walk.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".mapping.yaml")
                    && !isFitFile(p)).sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("no example scenarios under " + EXAMPLES.toAbsolutePath());
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFitFile(Path yaml) {
        try {
            return Files.readAllLines(yaml).stream().anyMatch(l -> l.startsWith("arms:"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<Path, CompiledScenario> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<Path, String> EXPORTED = new java.util.concurrent.ConcurrentHashMap<>();

    /** @return the scenario compiled (once per test run: the round-trip and libSBML tests share it) */
    static CompiledScenario compile(Path file) {
        return COMPILED.computeIfAbsent(file, f -> Runs.compile(f));
    }

    /** @return the SBML export of the scenario's model (once per test run) */
    static String export(Path file) {
        return EXPORTED.computeIfAbsent(file, f -> SbmlWriter.write(compile(f).model()));
    }
}
