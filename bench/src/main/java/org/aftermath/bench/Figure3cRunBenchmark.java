package org.aftermath.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.ode.IntegrationStats;
import org.aftermath.ode.Tolerances;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One simulation of the Figure 3C scenario (examples/figure-3c-anti-ddsp.yaml: 47 state
 * variables, 114 dose events, 147 days) in the configurations that attribute the speed-up of one
 * patient, from the straightforward reference to the cohort preset:
 * <ul>
 *   <li>{@code reference}: Hipparchus' Dormand–Prince 8(5,3) over the interpreted expression
 *       trees, rtol 1e-10 / atol 1e-12, full observation;</li>
 *   <li>{@code generated-dp853}: the same on the generated (Janino) code: the gain of code
 *       generation;</li>
 *   <li>{@code default}: {@link RunOptions#DEFAULT}, what {@code aftermath run} does (auto:
 *       Dormand–Prince 5(4) at rtol 1e-10 / atol 1e-12, full observation);</li>
 *   <li>{@code cohort-unscaled}: {@link RunOptions#COHORT} with full observation and one
 *       absolute tolerance for every state: the gain of the stiff solver at agreement-tested
 *       tolerances;</li>
 *   <li>{@code cohort-full}: {@link RunOptions#COHORT} with full observation (drug amounts
 *       error-controlled in units of their dose, {@link RunOptions#pkScaledTolerance()}): the
 *       gain of the dose-scaled tolerance;</li>
 *   <li>{@code cohort}: {@link RunOptions#COHORT} (lean observation): the gain of observing only
 *       the burden;</li>
 *   <li>{@code cohort-per-patient}: what a cohort pays per patient today: scenario compilation
 *       ({@link ScenarioCompiler}), model compilation (a shape-cache hit) and the
 *       {@code cohort} run.</li>
 * </ul>
 * The integrator's work counters of the last run (steps, rejected steps, right-hand-side and
 * Jacobian evaluations, LU decompositions) are printed after every iteration; they do not vary
 * between runs. Run with {@code java -jar bench/target/benchmarks.jar Figure3cRun} (from the
 * repository root, or set {@code -Daftermath.examples=DIR}); the median is the p0.50 line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class Figure3cRunBenchmark {

    static final String SCENARIO = "figure-3c-anti-ddsp.yaml";

    @Param({"reference", "generated-dp853", "default", "cohort-unscaled", "cohort-full", "cohort", "cohort-per-patient"})
    public String config;

    private Path file;
    private CompiledScenario compiled;
    private CompiledModel model;
    private RunOptions options;
    private IntegrationStats last;

    @Setup(Level.Trial)
    public void setUp() {
        file = Path.of(System.getProperty("aftermath.examples", "examples"), SCENARIO);
        compiled = ScenarioCompiler.compile(ScenarioReader.read(file), Map.of());
        Tolerances tight = new Tolerances(1e-10, 1e-12);
        ModelCompiler.Backend backend = ModelCompiler.Backend.GENERATED;
        switch (config) {
            case "reference" -> {
                backend = ModelCompiler.Backend.INTERPRETED;
                options = new RunOptions(1.0, IntegratorKind.DORMAND_PRINCE_853, tight, 1L);
            }
            case "generated-dp853" -> options = new RunOptions(1.0, IntegratorKind.DORMAND_PRINCE_853, tight, 1L);
            case "default" -> options = RunOptions.DEFAULT;
            case "cohort-unscaled" -> options = RunOptions.COHORT.withObservation(RunOptions.Observation.FULL)
                    .withPkScaledTolerance(false);
            case "cohort-full" -> options = RunOptions.COHORT.withObservation(RunOptions.Observation.FULL);
            case "cohort", "cohort-per-patient" -> options = RunOptions.COHORT;
            default -> throw new IllegalArgumentException("unknown configuration " + config);
        }
        model = ModelCompiler.compile(compiled.model(), backend);
    }

    @Benchmark
    public RunResult run() {
        RunResult r = config.equals("cohort-per-patient")
                ? ScenarioRunner.run(ScenarioCompiler.compile(ScenarioReader.read(file), Map.of()), options)
                : ScenarioRunner.run(compiled, model, options);
        last = r.simulation().stats();
        return r;
    }

    @TearDown(Level.Iteration)
    public void counters() {
        System.out.println();
        System.out.println("  [" + config + "] per run: " + last);
    }
}
