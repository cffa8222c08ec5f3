package org.aftermath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.output.Manifest;
import org.aftermath.output.OutputFolder;
import org.aftermath.output.OutputPolicy;
import org.aftermath.output.Sha256;
import org.aftermath.report.ControlArm;
import org.aftermath.report.NumberText;
import org.aftermath.report.RunDetails;
import org.aftermath.report.RunOutputs;
import org.aftermath.runner.RunOptions;
import org.aftermath.runner.RunResult;
import org.aftermath.runner.ScenarioRunner;
import org.aftermath.runner.RunSummary;
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
        description = {"Simulates a scenario and writes, into --out: timeseries.csv (every observable on the output"
                + " grid), summary.json (outcomes from the exact trajectory), manifest.json (what produced them),"
                + " report.html (one self-contained page: outcomes, figures, scenario, doses) and each figure as .svg"
                + " and .png (tumour-burden, and drug, factor and stroma panels when the model has them).",
                "A scenario with both cytotoxic treatments and modulators is also run without its modulators (the"
                + " control arm, e.g. chemotherapy alone), drawn beside it in the report; --no-control skips it."
                + " For other arms use 'aftermath compare'.",
                "While it runs, a progress bar is drawn on stderr when that is a terminal."})
final class RunCommand implements Callable<Integer> {

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

    @Option(names = "--no-control", description = "do not run the control arm (the scenario without its modulators)"
            + " for the report")
    private boolean noControl;

    @Option(names = "--dry-run", description = "check everything run checks before it simulates (scenario, model files, output grid,"
            + " initial state, --out) and print the compiled dose table; no simulation")
    private boolean dryRun;

    @Override
    public Integer call() throws IOException {
        RunOptions options = simulation.runOptions();
        Map<String, Double> overrides = overrides(params);
        Scenario scenario = ScenarioReader.read(file);
        String sha256 = Sha256.of(file);
        CompiledScenario compiled = ScenarioCompiler.compile(scenario, overrides);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        compiled.warnings().forEach(w -> stderr.println("warning: " + w));
        compiled.rangeWarnings().forEach(w -> stderr.println("warning: " + w));
        int days = (int) Math.max(1, Math.ceil(compiled.days()));
        CompiledModel model;
        try (ProgressBar bar = ProgressBar.forStderr(stderr, "days", days)) {
            bar.working("compiling the model of " + scenario.name());
            model = ScenarioRunner.prepare(compiled, options);
        }
        Path target = out != null ? out : Path.of("out", scenario.name());
        if (dryRun) {
            OutputPolicy.check("--out", target, RunOutputs.COMMAND, List.of(file));
            stdout.println("scenario " + scenario.name() + " is valid: " + compiled.doses().size()
                    + " dose(s) over " + formatDay(compiled.days()) + " days");
            stdout.print(compiled.doseTable());
            return Main.OK;
        }
        try (OutputFolder folder = OutputFolder.open("--out", target, RunOutputs.COMMAND, List.of(file))) {
            RunResult result;
            try (ProgressBar bar = ProgressBar.forStderr(stderr, "days", days)) {
                result = ScenarioRunner.run(compiled, model, options, day -> bar.reached(day, scenario.name()));
            }
            ControlArm control = noControl ? null : control(scenario, overrides, options, days, stderr);
            Manifest<RunDetails> manifest = RunOutputs.write(result, control, file.toString(), sha256, folder);
            printSummary(stdout, result.summary(), target, manifest.files());
            if (control != null) {
                stdout.printf("  control arm (without %s): %.4g cells on the last day, %s-fold fewer cells with them%n",
                        control.leftOutText(), control.result().summary().finalTumorCells(),
                        ControlArm.ratio(control.result().summary().finalTumorCells(), result.summary().finalTumorCells()));
            }
        }
        return Main.OK;
    }

    /**
     * @return the control arm (the scenario without its modulators, same overrides and options), or null when
     *         the scenario has none; a control that does not compile (an override of a left-out modulator's
     *         parameter, say) is skipped with a note on stderr
     */
    private static ControlArm control(Scenario scenario, Map<String, Double> overrides, RunOptions options, int days,
                                      PrintWriter stderr) {
        java.util.Optional<Scenario> arm = scenario.withoutModulators();
        if (arm.isEmpty()) {
            return null;
        }
        List<String> leftOut = scenario.modulators();
        CompiledScenario compiled;
        try {
            compiled = ScenarioCompiler.compile(arm.get(), overrides);
        } catch (RuntimeException e) {
            stderr.println("note: no control arm in the report (the scenario without " + String.join(", ", leftOut)
                    + " does not compile: " + e.getMessage() + ")");
            return null;
        }
        try (ProgressBar bar = ProgressBar.forStderr(stderr, "days", days)) {
            bar.working("compiling the control arm (without " + String.join(", ", leftOut) + ")");
            CompiledModel model = ScenarioRunner.prepare(compiled, options);
            return new ControlArm(leftOut, ScenarioRunner.run(compiled, model, options,
                    day -> bar.reached(day, "control arm")));
        } catch (RuntimeException e) {
            stderr.println("note: no control arm in the report (the scenario without " + String.join(", ", leftOut)
                    + " did not run: " + e.getMessage() + ")");
            return null;
        }
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

    private static void printSummary(PrintWriter out, RunSummary s, Path target, List<String> files) {
        out.printf("%s: %d dose(s); tumour cells %.4g -> nadir %.4g on day %s -> %.4g on the last day%n",
                s.scenario(), s.doses().size(), s.initialTumorCells(), s.nadirTumorCells(),
                formatDay(s.nadirDay()), s.finalTumorCells());
        out.println(s.regrowthDay() == null ? "  no regrowth above the initial burden"
                : "  regrowth above the initial burden on day " + String.format("%.2f", s.regrowthDay()));
        out.println("  best response " + s.bestResponse() + "; time to progression "
                + (s.timeToProgressionDays() == null ? "none" : String.format("%.2f days", s.timeToProgressionDays()))
                + "; cure probability " + (s.cureProbability() < NumberText.SMALLEST_PROBABILITY ? "< 1e-6"
                        : String.format("%.3g", s.cureProbability()))
                + (s.nadirBelowOneCell() ? " (nadir below one cell)" : ""));
        if (s.bed() != null) {
            out.printf("  BED %.1f Gy (tumour), %.1f Gy (late tissue)%n", s.bed().tumorGy(), s.bed().lateGy());
        }
        List<String> main = files.stream().filter(f -> !f.endsWith(".svg") && !f.endsWith(".png")).toList();
        long figures = files.stream().filter(f -> f.endsWith(".svg")).count();
        out.println("  outputs: " + target + "/{" + String.join(", ", main) + "}"
                + (figures > 0 ? " and " + figures + (figures == 1 ? " figure" : " figures") + " (.svg, .png)" : ""));
    }

    /** @return a day as a whole number when it is one, else with three decimals */
    static String formatDay(double day) {
        return day == Math.rint(day) ? Long.toString((long) day) : String.format("%.3f", day);
    }
}
