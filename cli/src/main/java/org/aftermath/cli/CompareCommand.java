package org.aftermath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aftermath.ode.IntegrationException;
import org.aftermath.output.OutputFolder;
import org.aftermath.output.Sha256;
import org.aftermath.report.CompareReportWriter;
import org.aftermath.report.CompareReportWriter.Compared;
import org.aftermath.report.NumberText;
import org.aftermath.report.figures.Headless;
import org.aftermath.runner.RunOptions;
import org.aftermath.runner.RunResult;
import org.aftermath.runner.ScenarioRunner;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aftermath compare A.yaml B.yaml ...}: runs every scenario and writes compare.html with
 * the tumour burdens overlaid on one log axis, an outcome table and each final burden relative to
 * the first scenario's. All scenarios are read and compiled before the first run, so bad input
 * fails at once.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Runs several scenarios and writes compare.html: tumour burdens overlaid on one"
                + " log axis, an outcome table, final burdens relative to the first scenario.")
final class CompareCommand implements Callable<Integer> {

    /** Longest default folder name before the list of names is shortened. */
    private static final int MAX_DEFAULT_NAME = 120;

    static {
        Headless.ensure();
    }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "FILE", description = "two or more scenarios (YAML); the first is the reference")
    private List<Path> files;

    @Option(names = "--out", paramLabel = "DIR",
            description = "output folder (default: out/compare-<first>-vs-<second>...)")
    private Path out;

    @Mixin
    private SimulationOptions simulation;

    @Override
    public Integer call() throws IOException {
        RunOptions options = simulation.runOptions();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();

        refuseRepeats(files);
        List<CompiledScenario> compiled = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (Path f : files) {
            CompiledScenario c = ScenarioCompiler.compile(ScenarioReader.read(f), Map.of());
            hashes.add(Sha256.of(f));
            c.warnings().forEach(w -> stderr.println("warning: " + f + ": " + w));
            c.rangeWarnings().forEach(w -> stderr.println("warning: " + w));
            compiled.add(c);
        }
        List<String> labels = labels(compiled, files);
        String horizons = CompareReportWriter.horizonWarning(labels,
                compiled.stream().map(CompiledScenario::days).toList());
        if (horizons != null) {
            stderr.println("warning: " + horizons);
        }

        Path target = out != null ? out : Path.of("out", defaultFolder(labels));
        List<Compared> runs = new ArrayList<>();
        try (OutputFolder folder = OutputFolder.open("--out", target, CompareReportWriter.COMMAND, files)) {
            try (ProgressBar bar = ProgressBar.forStderr(stderr, "scenarios", compiled.size())) {
                bar.working(labels.get(0));
                for (int i = 0; i < compiled.size(); i++) {
                    RunResult r = run(compiled.get(i), files.get(i), options);
                    runs.add(new Compared(labels.get(i), files.get(i).toString(), hashes.get(i), r));
                    bar.finished(i + 1 < labels.size() ? labels.get(i + 1) : null);
                }
            }
            CompareReportWriter.write(runs, folder);
        }
        double reference = runs.get(0).result().summary().finalTumorCells();
        for (Compared c : runs) {
            stdout.printf("%s: final burden %s cells (relative to %s: %s)%n", c.label(),
                    NumberText.of(c.result().summary().finalTumorCells()),
                    runs.get(0).label(), NumberText.of(c.result().summary().finalTumorCells() / reference));
        }
        stdout.println("  report: " + target.resolve(CompareReportWriter.REPORT));
        return Main.OK;
    }

    /** Refuses a scenario file given twice (the same file, however spelled): comparing it with itself says nothing. */
    static void refuseRepeats(List<Path> files) {
        Map<Path, Integer> seen = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            Path key = files.get(i).toAbsolutePath().normalize();
            try {
                key = key.toRealPath();
            } catch (IOException e) {
                // a missing file is reported when it is read
            }
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                throw new BadOptionException("compare: " + files.get(i) + " is given twice (scenarios " + (first + 1)
                        + " and " + (i + 1) + "); compare different scenarios");
            }
        }
    }

    /** Runs one scenario; a failure names the scenario file. */
    private static RunResult run(CompiledScenario c, Path file, RunOptions options) {
        try {
            return ScenarioRunner.run(c, options);
        } catch (IntegrationException e) {
            throw e.withContext(file + ": ");
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + ": " + e, e);
        }
    }

    /** @return the scenario names, or "name (file)" for names that occur more than once */
    static List<String> labels(List<CompiledScenario> compiled, List<Path> files) {
        Map<String, Integer> counts = new HashMap<>();
        compiled.forEach(c -> counts.merge(c.scenario().name(), 1, Integer::sum));
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < compiled.size(); i++) {
            String name = compiled.get(i).scenario().name();
            labels.add(counts.get(name) > 1 ? name + " (" + files.get(i) + ")" : name);
        }
        return labels;
    }

    /**
     * @return {@code compare-A-vs-B-vs-...} from the scenario names (valid file names, see
     *         {@link Scenario#NAME}), shortened to {@code compare-A-vs-N-more} when too long
     */
    static String defaultFolder(List<String> labels) {
        List<String> names = labels.stream().map(l -> l.contains(" (") ? l.substring(0, l.indexOf(" (")) : l).toList();
        String full = "compare-" + String.join("-vs-", names);
        if (full.length() <= MAX_DEFAULT_NAME) {
            return full;
        }
        return "compare-" + names.get(0) + "-vs-" + (names.size() - 1) + "-more";
    }
}
