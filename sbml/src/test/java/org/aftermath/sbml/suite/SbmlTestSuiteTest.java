package org.aftermath.sbml.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The whole core of the SBML Test Suite (1,664 semantic cases without SBML packages), read from
 * the workplace's shared folder ({@code aftermath.shared}, never copied into the repository).
 * Fails when fewer cases pass than the number the notes report ({@link #PASS_FLOOR}); writes every
 * case's outcome to {@code target/sbml-test-suite-core.tsv}.
 */
class SbmlTestSuiteTest {

    /** Core cases that pass (docs/sbml.md lists the others with their reasons). */
    static final int PASS_FLOOR = 1660;

    static Path suite() {
        String shared = System.getProperty("aftermath.shared", "../../shared");
        Path suite = Path.of(shared, "sbml-test-suite");
        assertThat(suite.resolve("cases")).as("the SBML Test Suite beside the checkout (aftermath.shared = %s)", shared)
                .isDirectory();
        return suite;
    }

    @Test
    void coreCasesPass() throws IOException {
        List<Path> cases = TestSuite.coreCases(suite());
        assertThat(cases).hasSize(1664);
        List<TestSuite.CaseResult> results = new TestSuite(null, 20_000_000_000L)
                .run(cases, Runtime.getRuntime().availableProcessors());
        StringBuilder tsv = new StringBuilder();
        for (TestSuite.CaseResult r : results) {
            tsv.append(r.id()).append('\t').append(r.outcome().word()).append('\t').append(r.reason()).append('\t')
                    .append(String.format(java.util.Locale.ROOT, "%.1f", r.millis())).append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "sbml-test-suite-core.tsv"), tsv.toString());
        long passed = results.stream().filter(r -> r.outcome() == TestSuite.Outcome.PASSED).count();
        String others = results.stream().filter(r -> r.outcome() != TestSuite.Outcome.PASSED)
                .map(r -> r.id() + " " + r.outcome().word() + ": " + r.reason()).collect(Collectors.joining("\n"));
        assertThat(passed).as("core cases passed; the others:\n%s", others).isGreaterThanOrEqualTo(PASS_FLOOR);
    }
}
