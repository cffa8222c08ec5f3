package org.aftermath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aftermath.report.Json;
import org.aftermath.report.Manifest;
import org.aftermath.report.OutputFolder;
import org.aftermath.report.ReportWriter;
import org.aftermath.report.figures.Figure;
import org.aftermath.report.TimeseriesCsv;
import org.aftermath.report.ToolVersion;
import org.aftermath.runner.RunOptions;
import org.aftermath.runner.RunResult;
import org.aftermath.runner.ScenarioRunner;
import org.aftermath.runner.Summary;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aftermath run}: one scenario → time course, summary and manifest. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Simulates a scenario and writes timeseries.csv, summary.json and manifest.json.")
final class RunCommand implements Callable<Integer> {

    static final String TIMESERIES = "timeseries.csv";
    static final String SUMMARY = "summary.json";
    static final String MANIFEST = "manifest.json";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the scenario (YAML)")
    private Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/<scenario name>)")
    private Path out;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "override a model parameter (repeatable)")
    private List<String> params = List.of();

    @Mixin
    private SimulationOptions simulation;

    @Option(names = "--dry-run", description = "validate the scenario and print the compiled dose table; no simulation")
    private boolean dryRun;

    @Override
    public Integer call() throws IOException {
        RunOptions options = simulation.runOptions();
        Map<String, Double> overrides = overrides(params);
        Scenario scenario = ScenarioReader.read(file);
        CompiledScenario compiled = ScenarioCompiler.compile(scenario, overrides);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        compiled.warnings().forEach(w -> stderr.println("warning: " + w));
        if (dryRun) {
            stdout.println("scenario " + scenario.name() + " is valid: " + compiled.doses().size()
                    + " dose(s) over " + formatDay(compiled.days()) + " days");
            stdout.print(compiled.doseTable());
            return Main.OK;
        }
        RunResult result = ScenarioRunner.run(compiled, options);
        Path target = out != null ? out : Path.of("out", scenario.name());
        try (OutputFolder folder = new OutputFolder(target)) {
            TimeseriesCsv.write(result.timeseries(), folder.file(TIMESERIES));
            Json.write(result.summary(), folder.file(SUMMARY));
            List<Figure> figures = ReportWriter.figures(result);
            Manifest manifest = manifest(result, options, ReportWriter.files(figures));
            Json.write(manifest, folder.file(MANIFEST));
            ReportWriter.write(result, manifest, figures, folder);
            folder.commit();
        }
        printSummary(stdout, result.summary(), target);
        return Main.OK;
    }

    /** Parses {@code NAME=VALUE} pairs; later ones win. */
    static Map<String, Double> overrides(List<String> pairs) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new BadOptionException("--param: expected NAME=VALUE, got '" + pair + "'");
            }
            String name = pair.substring(0, eq).trim();
            String text = pair.substring(eq + 1).trim();
            double value;
            try {
                value = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new BadOptionException("--param: " + name + ": expected a number, got '" + text + "'");
            }
            if (!Double.isFinite(value)) {
                throw new BadOptionException("--param: " + name + ": must be a finite number, got '" + text + "'");
            }
            map.put(name, value);
        }
        return map;
    }

    private Manifest manifest(RunResult r, RunOptions o, List<String> reportFiles) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new Manifest("aftermath", ToolVersion.get(), r.summary().scenario(), file.toString(),
                sha256(bytes), o.seed(), o.outputStep(), r.parameters(),
                new Manifest.Solver(r.simulation().integrator(), o.tolerances().relative(), o.tolerances().absolute()),
                new Manifest.Work(r.simulation().stats().steps(), r.simulation().stats().rejectedSteps(),
                        r.simulation().stats().rhsEvaluations(), r.simulation().stats().jacobianEvaluations(),
                        r.simulation().stats().luDecompositions()),
                r.simulation().wallNanos() / 1e6, System.getProperty("java.version"),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                java.util.stream.Stream.concat(java.util.stream.Stream.of(TIMESERIES, SUMMARY, MANIFEST),
                        reportFiles.stream()).toList());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static void printSummary(PrintWriter out, Summary s, Path target) {
        out.printf("%s: %d dose(s); tumour cells %.4g -> nadir %.4g on day %s -> %.4g on the last day%n",
                s.scenario(), s.doses().size(), s.initialTumorCells(), s.nadirTumorCells(),
                formatDay(s.nadirDay()), s.finalTumorCells());
        out.println(s.regrowthDay() == null ? "  no regrowth above the initial burden"
                : "  regrowth above the initial burden on day " + String.format("%.2f", s.regrowthDay()));
        out.println("  best response " + s.bestResponse() + "; time to progression "
                + (s.timeToProgressionDays() == null ? "none" : String.format("%.2f days", s.timeToProgressionDays()))
                + String.format("; cure probability %.3g", s.cureProbability())
                + (s.nadirBelowOneCell() ? " (nadir below one cell)" : ""));
        if (s.bed() != null) {
            out.printf("  BED %.1f Gy (tumour), %.1f Gy (late tissue)%n", s.bed().tumorGy(), s.bed().lateGy());
        }
        out.println("  outputs: " + target + "/{" + TIMESERIES + ", " + SUMMARY + ", " + MANIFEST + ", "
                + ReportWriter.REPORT + "}");
    }

    /** @return a day as a whole number when it is one, else with three decimals */
    static String formatDay(double day) {
        return day == Math.rint(day) ? Long.toString((long) day) : String.format("%.3f", day);
    }
}
