package org.aftermath.sbml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled scenario's model, exported with its doses, passes libSBML's consistency checks
 * (no error or fatal; warnings are printed). One libSBML process checks every export. libSBML comes from Debian's {@code python3-sbml5}
 * for {@code /usr/bin/python3}; without it this test fails, it never skips.
 */
class LibSbmlConsistencyTest {

    static final String PYTHON = "/usr/bin/python3";
    static final String INSTALL = "install libSBML for the system Python: sudo apt-get install -y python3-sbml5";

    /** Checks every file given, printing {@code == FILE} before each file's report. */
    private static final String CHECK = """
            import sys
            import libsbml
            for path in sys.argv[1:]:
                print("== %s" % path)
                doc = libsbml.readSBMLFromFile(path)
                doc.checkConsistency()
                bad = 0
                warnings = {}
                for i in range(doc.getNumErrors()):
                    e = doc.getError(i)
                    if e.getSeverity() >= libsbml.LIBSBML_SEV_ERROR:
                        bad += 1
                        print("ERROR %d line %d: %s" % (e.getErrorId(), e.getLine(), e.getMessage().strip()))
                    else:
                        warnings[e.getErrorId()] = warnings.get(e.getErrorId(), 0) + 1
                print("warnings by id: %s" % sorted(warnings.items()))
                print("level %d version %d errors %d" % (doc.getLevel(), doc.getVersion(), bad))
            """;

    @TempDir
    static Path dir;

    /** libSBML's report on each exported file, by file name; one libSBML run checks them all. */
    private static Map<String, String> reports;

    static List<Path> scenarios() {
        return BundledScenarios.files();
    }

    @BeforeAll
    static void checkEveryExportAtOnce() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path scenario : scenarios()) {
            Path sbml = dir.resolve(fileName(scenario));
            Files.writeString(sbml, BundledScenarios.export(scenario));
            files.add(sbml);
        }
        Path constructs = dir.resolve("constructs.xml");
        Files.writeString(constructs, SbmlWriter.write(org.aftermath.kernel.antimony.AntimonyReader.parse(
                RoundTripTest.CONSTRUCTS, "constructs.ant")));
        files.add(constructs);
        reports = libsbml(files);
    }

    /** @return a file name unique per scenario (its path below examples/, '/' as '__') */
    static String fileName(Path scenario) {
        return BundledScenarios.EXAMPLES.relativize(scenario).toString().replace('/', '_').replace('\\', '_')
                .replace(".yaml", ".xml");
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void exportIsConsistent(Path scenario) {
        assertThat(reports.get(fileName(scenario))).as("libSBML on the export of %s", scenario)
                .contains("level 3 version 2 errors 0");
    }

    @Test
    void everyConstructIsConsistent() {
        assertThat(reports.get("constructs.xml")).contains("level 3 version 2 errors 0");
    }

    /**
     * Runs the consistency check on every file in one libSBML process; fails (never skips) when
     * libSBML is missing.
     *
     * @return each file's report, by file name
     */
    static Map<String, String> libsbml(List<Path> files) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            fail(PYTHON + " is missing; " + INSTALL);
        }
        List<String> command = new ArrayList<>(List.of(PYTHON, "-c", CHECK));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("libSBML check did not finish in 300 s");
        }
        if (out.contains("No module named 'libsbml'")) {
            fail("libSBML is not installed for " + PYTHON + "; " + INSTALL);
        }
        if (p.exitValue() != 0) {
            fail("libSBML check failed (exit " + p.exitValue() + "):\n" + out);
        }
        System.out.println(out);
        Map<String, String> byFile = new HashMap<>();
        String current = null;
        StringBuilder report = new StringBuilder();
        for (String line : out.lines().toList()) {
            if (line.startsWith("== ")) {
                if (current != null) {
                    byFile.put(current, report.toString());
                }
                current = Path.of(line.substring(3)).getFileName().toString();
                report.setLength(0);
            } else {
                report.append(line).append('\n');
            }
        }
        if (current != null) {
            byFile.put(current, report.toString());
        }
        assertThat(byFile).as("a report per file:\n%s", out).hasSize(files.size());
        return byFile;
    }
}
