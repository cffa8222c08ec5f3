package org.aftermath.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.aftermath.ode.IntegratorKind;
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
 * One full run of a bundled scenario (daily output, every summary tracker): the model compiled
 * once, then simulated per invocation, for each integrator and back-end. The scenarios are the
 * review's Figure 3A (a 1-state model, 7 doses) and the Figure 3C proposal (70 state variables,
 * 114 dose events: the baseline for the cohort performance work). Run with
 * {@code java -jar bench/target/benchmarks.jar ScenarioRun}; narrow with
 * {@code -p scenario=figure-3c-anti-ddsp.yaml -p integrator=auto}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class ScenarioRunBenchmark {

    @Param({"figure-3a-td10.yaml", "figure-3c-anti-ddsp.yaml"})
    public String scenario;

    @Param({"auto", "dormand-prince", "rosenbrock"})
    public String integrator;

    @Param({"GENERATED", "INTERPRETED"})
    public String backend;

    private CompiledScenario compiled;
    private CompiledModel model;
    private RunOptions options;

    @Setup(Level.Trial)
    public void setUp() {
        Path file = Path.of(System.getProperty("aftermath.examples", "examples"), scenario);
        compiled = ScenarioCompiler.compile(ScenarioReader.read(file), Map.of());
        model = ModelCompiler.compile(compiled.model(), ModelCompiler.Backend.valueOf(backend));
        options = RunOptions.DEFAULT.withIntegrator(IntegratorKind.of(integrator));
    }

    @Benchmark
    public RunResult run() {
        return ScenarioRunner.run(compiled, model, options);
    }
}
