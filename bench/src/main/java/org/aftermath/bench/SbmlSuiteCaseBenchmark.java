package org.aftermath.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.sbml.suite.TestSuite;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One SBML Test Suite case, as {@code aftermath sbml test-suite} runs it: read the SBML file,
 * import, compile, simulate, compare with the expected results (warm: after the first pass the
 * generated back-end finds each model's code compiled; the first pass pays Janino, see
 * docs/sbml.md). The cases are every {@code every}-th core case, in turn; the sample's median is
 * the median time per case. Back-ends: AUTO (interpreted for small models whose code is not
 * compiled yet), GENERATED, INTERPRETED. Run with
 * {@code java -Daftermath.shared=../shared -jar bench/target/benchmarks.jar SbmlSuiteCase}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class SbmlSuiteCaseBenchmark {

    @Param({"AUTO", "GENERATED", "INTERPRETED"})
    public String backend;

    /** One core case in this many (16: 104 of the 1,664). */
    @Param({"16"})
    public int every;

    private List<Path> cases;
    private TestSuite suite;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path folder = Path.of(System.getProperty("aftermath.shared", "../shared"), "sbml-test-suite");
        List<Path> core = TestSuite.coreCases(folder);
        cases = new ArrayList<>();
        for (int i = 0; i < core.size(); i += every) {
            cases.add(core.get(i));
        }
        suite = new TestSuite(ModelCompiler.Backend.valueOf(backend), 20_000_000_000L);
    }

    @Benchmark
    public TestSuite.CaseResult oneCase() {
        Path dir = cases.get(next);
        next = (next + 1) % cases.size();
        return suite.runCase(dir);
    }
}
