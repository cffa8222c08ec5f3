package org.aftermath.sbml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled scenario's model, exported with its doses, passes libSBML's consistency checks
 * (no error or fatal; warnings are printed). libSBML comes from Debian's {@code python3-sbml5}
 * for {@code /usr/bin/python3}; without it this test fails, it never skips.
 */
class LibSbmlConsistencyTest {

    static final String PYTHON = "/usr/bin/python3";
    static final String INSTALL = "install libSBML for the system Python: sudo apt-get install -y python3-sbml5";

    private static final String CHECK = """
            import sys
            import libsbml
            doc = libsbml.readSBMLFromFile(sys.argv[1])
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
    Path dir;

    static List<Path> scenarios() {
        return BundledScenarios.files();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void exportIsConsistent(Path scenario) throws Exception {
        Path sbml = dir.resolve("model.xml");
        Files.writeString(sbml, SbmlWriter.write(BundledScenarios.compile(scenario).model()));
        String out = libsbml(sbml);
        assertThat(out).as("libSBML on the export of %s", scenario).contains("level 3 version 2 errors 0");
    }

    @org.junit.jupiter.api.Test
    void everyConstructIsConsistent() throws Exception {
        Path sbml = dir.resolve("constructs.xml");
        Files.writeString(sbml, SbmlWriter.write(org.aftermath.kernel.antimony.AntimonyReader.parse(
                RoundTripTest.CONSTRUCTS, "constructs.ant")));
        assertThat(libsbml(sbml)).contains("level 3 version 2 errors 0");
    }

    /** Runs the consistency check; fails (never skips) when libSBML is missing. */
    static String libsbml(Path sbml) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            fail(PYTHON + " is missing; " + INSTALL);
        }
        Process p = new ProcessBuilder(PYTHON, "-c", CHECK, sbml.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("libSBML check did not finish in 120 s");
        }
        if (out.contains("No module named 'libsbml'")) {
            fail("libSBML is not installed for " + PYTHON + "; " + INSTALL);
        }
        if (p.exitValue() != 0) {
            fail("libSBML check failed (exit " + p.exitValue() + "):\n" + out);
        }
        System.out.println(out);
        return out;
    }
}
