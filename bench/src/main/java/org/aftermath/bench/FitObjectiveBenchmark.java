package org.aftermath.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.aftermath.fit.io.ProblemLoader;
import org.aftermath.fit.objective.Evaluation;
import org.aftermath.fit.objective.Objective;
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
 * The cost of a fit's objective at the nominal parameters, per problem: the value alone, the value with its
 * gradient from forward sensitivities (cost ∝ 1 + number of parameters reaching the model), and the same gradient
 * by central differences (two values per parameter, step 1e-5 on each parameter's scale) for comparison.
 * Problems: the bundled fit example and PEtab benchmark problems read from {@code aftermath.shared} (default
 * {@code ../shared}). Run with {@code java -jar bench/target/benchmarks.jar FitObjective} (all problems) or
 * {@code ... -p problem=petab:Boehm_JProteomeRes2014}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class FitObjectiveBenchmark {

    /** A fit file or PEtab YAML, relative to the working directory; "petab:NAME" for a benchmark problem. */
    @Param({"examples/fit-gompertz-kill/fit.yaml", "petab:Boehm_JProteomeRes2014", "petab:Fujita_SciSignal2010",
        "petab:Crauste_CellSystems2017", "petab:Fiedler_BMCSystBiol2016", "petab:Bachmann_MSB2011"})
    public String problem;

    private Objective objective;
    private double[] nominal;

    @Setup(Level.Trial)
    public void setUp() {
        Path file = problem.startsWith("petab:")
                ? Path.of(System.getProperty("aftermath.shared", "../shared"), "petab-benchmarks",
                        problem.substring(6), problem.substring(6) + ".yaml")
                : Path.of(problem);
        ProblemLoader.Loaded loaded = ProblemLoader.load(file);
        objective = new Objective(loaded.problem(), Objective.Settings.DEFAULT);
        nominal = loaded.problem().nominal();
    }

    @Benchmark
    public double value() {
        return objective.evaluate(nominal, false).value();
    }

    @Benchmark
    public double[] valueAndGradient() {
        return objective.evaluate(nominal, true).gradient();
    }

    @Benchmark
    public double[] centralDifferenceGradient() {
        double h = 1e-5;
        double[] g = new double[nominal.length];
        for (int k = 0; k < g.length; k++) {
            double[] up = nominal.clone();
            double[] down = nominal.clone();
            up[k] += h;
            down[k] -= h;
            Evaluation e = objective.evaluate(up, false);
            g[k] = (e.value() - objective.evaluate(down, false).value()) / (2 * h);
        }
        return g;
    }
}
