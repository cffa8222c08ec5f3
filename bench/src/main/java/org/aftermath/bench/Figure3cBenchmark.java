package org.aftermath.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.runner.RunOptions;
import org.aftermath.runner.RunResult;
import org.aftermath.runner.ScenarioRunner;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.ScenarioReader;
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
 * One run of the review's Figure 3C proposal (doxorubicin q21 × 6 with sulfasalazine daily between
 * cycles: 70 state variables, 114 dose events, 147 days, daily output, every summary tracker): the
 * model compiled once, then simulated per invocation. The baseline for the cohort performance work.
 * Run with {@code java -jar bench/target/benchmarks.jar Figure3c}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class Figure3cBenchmark {

    @Param({"auto", "rosenbrock"})
    public String integrator;

    @Param({"GENERATED", "INTERPRETED"})
    public String backend;

    private CompiledScenario scenario;
    private CompiledModel model;
    private RunOptions options;

    @Setup(Level.Trial)
    public void setUp() {
        Path file = Path.of(System.getProperty("aftermath.examples", "examples"), "figure-3c-anti-ddsp.yaml");
        scenario = ScenarioCompiler.compile(ScenarioReader.read(file), Map.of());
        model = ModelCompiler.compile(scenario.model(), ModelCompiler.Backend.valueOf(backend));
        options = RunOptions.DEFAULT.withIntegrator(integrator);
    }

    @Benchmark
    public RunResult figure3cAntiDdsp() {
        return ScenarioRunner.run(scenario, model, options);
    }
}
