package org.aftermath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.ode.Tolerances;
import org.aftermath.sbml.ResultTable;
import org.aftermath.sbml.SbmlModel;
import org.aftermath.sbml.SbmlReader;
import org.aftermath.sbml.SbmlSimulation;
import org.aftermath.sbml.suite.TestSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aftermath sbml}: runs any SBML model ({@code run}), lists what an import would refuse
 * ({@code check}), and runs the SBML Test Suite ({@code test-suite}).
 */
@Command(name = "sbml", mixinStandardHelpOptions = true,
        subcommands = {SbmlCommand.Run.class, SbmlCommand.Check.class, SbmlCommand.Suite.class},
        description = "Imports SBML (Level 2 Versions 1-5, Level 3 Versions 1-2 core) and simulates it.")
final class SbmlCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** @return the imported model; a refusal becomes one line naming the file and the element */
    static SbmlModel read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadOptionException(file + ": no such file");
        }
        try {
            return SbmlReader.importFile(file);
        } catch (ModelException e) {
            throw new BadOptionException(oneLine(e, file));
        }
    }

    private static String oneLine(ModelException e, Path file) {
        List<ModelException.Problem> problems = e.problems();
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1)
                + " more; 'aftermath sbml check " + file + "' lists them)";
    }

    /** Writes text to a file that must not exist yet, all at once (a temporary file moved into place). */
    static void writeNew(Path target, String text) {
        Path abs = target.toAbsolutePath();
        if (Files.exists(abs, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new BadOptionException("--out: " + target + " exists, and aftermath never overwrites a file it"
                    + " did not write in this run; give a new file name");
        }
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new BadOptionException("--out: " + (parent == null ? target : parent) + " is not an existing folder");
        }
        try {
            Path tmp = Files.createTempFile(parent, "." + abs.getFileName() + ".", ".partial");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new BadOptionException("--out: " + target + " exists, and aftermath never overwrites a file; give a"
                    + " new file name");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** {@code aftermath sbml run}. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Simulates an SBML model on an even grid and prints (or writes) the time course as CSV:"
                    + " header time,..., one row per output time, values at an event time after the event.",
                    "Columns: --amount and --concentration ids in that order; without either, every species as SBML"
                            + " reads it (a concentration unless hasOnlySubstanceUnits). Time is in the model's own"
                            + " unit. Simultaneous events of equal priority run in a --seed'ed random order."})
    static final class Run implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "MODEL.xml", description = "an SBML file")
        private Path model;

        @Option(names = "--start", paramLabel = "T", defaultValue = "0", description = "first output time (default: 0)")
        private double start;

        @Option(names = "--end", paramLabel = "T", required = true, description = "last output time")
        private double end;

        @Option(names = "--steps", paramLabel = "N", required = true, description = "number of output intervals")
        private int steps;

        @Option(names = "--amount", paramLabel = "ID,ID...", split = ",",
                description = "species reported as amounts (or any other id: its value)")
        private List<String> amounts = List.of();

        @Option(names = "--concentration", paramLabel = "ID,ID...", split = ",",
                description = "species reported as concentrations")
        private List<String> concentrations = List.of();

        @Option(names = "--out", paramLabel = "FILE", description = "write the CSV to FILE (new) instead of stdout")
        private Path out;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
                description = "seed of the order of simultaneous events of equal priority (default: 1)")
        private long seed;

        @Option(names = "--integrator", paramLabel = "NAME", defaultValue = "auto",
                description = "auto, dormand-prince or rosenbrock (default: auto)")
        private String integrator;

        @Option(names = "--rtol", paramLabel = "X", defaultValue = "1e-10", description = "relative tolerance (default: 1e-10)")
        private double rtol;

        @Option(names = "--atol", paramLabel = "X", defaultValue = "1e-12", description = "absolute tolerance (default: 1e-12)")
        private double atol;

        @Override
        public Integer call() {
            if (!(end >= start) || !Double.isFinite(end) || !Double.isFinite(start)) {
                throw new BadOptionException("--end: must be a number not before --start " + start + " (got " + end + ")");
            }
            if (steps < 1) {
                throw new BadOptionException("--steps: must be 1 or more (got " + steps + ")");
            }
            BadOptionException.choice(() -> IntegratorKind.of(integrator), "--integrator");
            Tolerances tolerances = BadOptionException.choice(() -> new Tolerances(rtol, atol), "--rtol/--atol");
            SbmlModel sbml = read(model);
            List<SbmlSimulation.Output> outputs = new ArrayList<>();
            amounts.forEach(id -> outputs.add(output(sbml, id, SbmlModel.Quantity.AMOUNT, "--amount")));
            concentrations.forEach(id -> outputs.add(output(sbml, id, SbmlModel.Quantity.CONCENTRATION, "--concentration")));
            if (outputs.isEmpty()) {
                for (SbmlModel.Variable v : sbml.variables().values()) {
                    if (v.kind() == SbmlModel.Kind.SPECIES) {
                        outputs.add(new SbmlSimulation.Output(v.id(), SbmlModel.Quantity.DEFAULT));
                    }
                }
            }
            SbmlSimulation simulation;
            try {
                simulation = new SbmlSimulation(sbml, outputs, ModelCompiler.Backend.AUTO);
            } catch (ModelException e) {
                throw new BadOptionException(oneLine(e, model));
            }
            ResultTable table = simulation.run(start, end, steps, integrator, tolerances, seed, Long.MAX_VALUE);
            if (out == null) {
                PrintWriter w = spec.commandLine().getOut();
                w.print(table.toCsv());
                w.flush();
            } else {
                writeNew(out, table.toCsv());
                spec.commandLine().getErr().println("wrote " + out + " (" + table.rows().length + " rows)");
            }
            return Main.OK;
        }

        private static SbmlSimulation.Output output(SbmlModel sbml, String id, SbmlModel.Quantity q, String option) {
            SbmlModel.Variable v = sbml.variable(id).orElseThrow(() -> new BadOptionException(option + ": '" + id
                    + "' is not a species, compartment, parameter, species reference or reaction of " + sbml.source()));
            if (q == SbmlModel.Quantity.CONCENTRATION && v.kind() != SbmlModel.Kind.SPECIES) {
                throw new BadOptionException(option + ": '" + id + "' is a " + v.kind().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ') + ", not a species");
            }
            return new SbmlSimulation.Output(id, q);
        }
    }

    /** {@code aftermath sbml check}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Lists what importing and compiling an SBML model would refuse, and why (exit 2), or says it"
                    + " runs (exit 0); notes what the import leaves out (constraints are not checked, ...).")
    static final class Check implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "MODEL.xml", description = "an SBML file")
        private Path model;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (!Files.isRegularFile(model)) {
                throw new BadOptionException(model + ": no such file");
            }
            SbmlModel sbml;
            try {
                sbml = SbmlReader.importFile(model);
                ModelCompiler.compile(sbml.model(), ModelCompiler.Backend.INTERPRETED);
            } catch (ModelException e) {
                e.problems().forEach(p -> out.println(p));
                out.flush();
                return Main.BAD_INPUT;
            }
            sbml.notes().forEach(n -> out.println(model + ": note: " + n));
            out.println("ok: " + model + " (SBML Level " + sbml.level() + " Version " + sbml.version() + ", "
                    + sbml.model().species().size() + " species, " + sbml.model().reactions().size() + " reactions, "
                    + sbml.model().events().size() + " events; time unit " + (sbml.timeUnits() == null ? "not declared"
                    : sbml.timeUnits()) + ")");
            return Main.OK;
        }
    }

    /** {@code aftermath sbml test-suite}. */
    @Command(name = "test-suite", mixinStandardHelpOptions = true,
            description = {"Runs the SBML Test Suite's semantic cases in DIR (with cases/NNNNN/) with the suite's pass rule"
                    + " and writes results.tsv: one row per case (the case id as written, passed|failed|refused, the reason).",
                    "Every case is simulated first; its expected results are read only to compare. 20 s per case."})
    static final class Suite implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "the test suite's folder")
        private Path dir;

        @Option(names = "--cases", paramLabel = "RANGE", description = "cases to run, e.g. 1-100 or 00001,00042,1200-1300")
        private String cases;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "results.tsv to write (new)")
        private Path out;

        @Option(names = "--threads", paramLabel = "N", description = "cases run at once (default: the processors)")
        private Integer threads;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(dir)) {
                throw new BadOptionException(dir + ": no such folder");
            }
            List<Path> all = TestSuite.cases(dir);
            if (all.isEmpty()) {
                throw new BadOptionException(dir + ": no test cases (folders NNNNN, or cases/NNNNN)");
            }
            List<Path> chosen = cases == null ? all : CaseRange.select(all, cases);
            if (chosen.isEmpty()) {
                throw new BadOptionException("--cases: " + cases + " selects none of the " + all.size() + " cases");
            }
            Path target = out.toAbsolutePath();
            if (Files.exists(target)) {
                throw new BadOptionException("--out: " + out + " exists, and aftermath never overwrites a file it did not"
                        + " write in this run; give a new file name");
            }
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (n < 1) {
                throw new BadOptionException("--threads: must be 1 or more (got " + n + ")");
            }
            List<TestSuite.CaseResult> results = new TestSuite(null, 20_000_000_000L).run(chosen, n);
            StringBuilder tsv = new StringBuilder();
            Map<String, Integer> counts = new TreeMap<>();
            for (TestSuite.CaseResult r : results) {
                tsv.append(r.id()).append('\t').append(r.outcome().word()).append('\t').append(r.reason()).append('\n');
                counts.merge(r.outcome().word(), 1, Integer::sum);
            }
            writeNew(out, tsv.toString());
            PrintWriter w = spec.commandLine().getOut();
            w.println(results.size() + " cases: " + counts.getOrDefault("passed", 0) + " passed, "
                    + counts.getOrDefault("failed", 0) + " failed, " + counts.getOrDefault("refused", 0)
                    + " refused; details in " + out);
            w.flush();
            return Main.OK;
        }
    }
}
