package org.aftermath.sbml.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.ode.Tolerances;
import org.aftermath.sbml.ResultTable;
import org.aftermath.sbml.SbmlModel;
import org.aftermath.sbml.SbmlReader;
import org.aftermath.sbml.SbmlSimulation;

/**
 * Runs the SBML Test Suite's semantic cases: each case's model (its highest level and version)
 * is imported, simulated on the settings' grid with integrator tolerances derived from the
 * settings' (relative 1e-10; absolute the settings' absolute × 1e-6), and only then compared
 * with the expected results by the suite's pass rule ({@link Comparator}). Nothing depends on a
 * case's id, file name or tags. A case is {@code refused} when the import or the kernel refuses
 * the model (the reason names what), {@code failed} when the simulation fails, exceeds the time
 * limit or gives numbers outside the tolerances, and {@code passed} otherwise.
 */
public final class TestSuite {

    /** A case's outcome. */
    public enum Outcome {
        PASSED, FAILED, REFUSED;

        /** @return the word in results.tsv */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param id      the case id as written (e.g. {@code 00001})
     * @param outcome passed, failed or refused
     * @param reason  why it failed or was refused; empty when passed
     * @param millis  wall time of the case (import, compile, simulation, comparison)
     */
    public record CaseResult(String id, Outcome outcome, String reason, double millis) { }

    /** Seed of the order of simultaneous events of equal priority. */
    public static final long SEED = 1;

    private static final Pattern MODEL_FILE = Pattern.compile("(\\d{5})-sbml-l(\\d)v(\\d)\\.xml");

    private final ModelCompiler.Backend backend;
    private final long timeLimitNanos;

    /**
     * @param backend        how the kernel evaluates models (null: {@link ModelCompiler.Backend#AUTO})
     * @param timeLimitNanos time limit per case
     */
    public TestSuite(ModelCompiler.Backend backend, long timeLimitNanos) {
        this.backend = backend;
        this.timeLimitNanos = timeLimitNanos;
    }

    /**
     * @param suite the suite's folder (with {@code cases/})
     * @return the case folders, sorted by id
     * @throws IOException if the folder cannot be listed
     */
    public static List<Path> cases(Path suite) throws IOException {
        Path cases = Files.isDirectory(suite.resolve("cases")) ? suite.resolve("cases") : suite;
        try (Stream<Path> s = Files.list(cases)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{5}") && Files.isDirectory(p)).sorted().toList();
        }
    }

    /**
     * @param suite the suite's folder (with {@code cases/} and {@code tags.tsv})
     * @return the core cases' folders (no SBML package: {@code core} true in the pack's tags.tsv), sorted by id
     * @throws IOException if the folder or tags.tsv cannot be read
     */
    public static List<Path> coreCases(Path suite) throws IOException {
        java.util.Set<String> core = new java.util.HashSet<>();
        List<String> lines = Files.readAllLines(suite.resolve("tags.tsv"));
        List<String> header = List.of(lines.get(0).split("\t"));
        int id = header.indexOf("case");
        int isCore = header.indexOf("core");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells[isCore].equals("true")) {
                core.add(cells[id]);
            }
        }
        return cases(suite).stream().filter(dir -> core.contains(dir.getFileName().toString())).toList();
    }

    /**
     * Runs cases on {@code threads} threads.
     *
     * @return one result per case, in the order given
     */
    public List<CaseResult> run(List<Path> caseDirs, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "sbml-test-suite");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CaseResult>> futures = new ArrayList<>();
            for (Path dir : caseDirs) {
                futures.add(pool.submit(() -> runCase(dir)));
            }
            List<CaseResult> results = new ArrayList<>();
            for (Future<CaseResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return the outcome of one case */
    public CaseResult runCase(Path dir) {
        String id = dir.getFileName().toString();
        long started = System.nanoTime();
        Outcome outcome;
        String reason;
        try {
            ResultTable simulated;
            CaseSettings settings = CaseSettings.read(dir.resolve(id + "-settings.txt"));
            Path model = modelFile(dir);
            try {
                simulated = simulate(model, settings, started + timeLimitNanos);
            } catch (ModelException e) {
                return result(id, Outcome.REFUSED, oneLine(e.getMessage()), started);
            }
            ResultTable expected = ExpectedResults.read(dir.resolve(id + "-results.csv"));
            reason = Comparator.compare(expected, simulated, settings.variables(), settings.absolute(),
                    settings.relative());
            outcome = reason == null ? Outcome.PASSED : Outcome.FAILED;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            outcome = Outcome.FAILED;
            reason = e.getClass().getSimpleName() + ": " + oneLine(String.valueOf(e.getMessage()));
        }
        return result(id, outcome, reason == null ? "" : reason, started);
    }

    private static CaseResult result(String id, Outcome outcome, String reason, long started) {
        return new CaseResult(id, outcome, reason, (System.nanoTime() - started) / 1e6);
    }

    /** Imports, compiles and simulates a model as the settings ask. */
    ResultTable simulate(Path model, CaseSettings settings, long deadline) {
        SbmlModel sbml = SbmlReader.importFile(model);
        List<SbmlSimulation.Output> outputs = new ArrayList<>();
        for (String v : settings.variables()) {
            SbmlModel.Quantity q = settings.amounts().contains(v) ? SbmlModel.Quantity.AMOUNT
                    : settings.concentrations().contains(v) ? SbmlModel.Quantity.CONCENTRATION : SbmlModel.Quantity.DEFAULT;
            outputs.add(new SbmlSimulation.Output(v, q));
        }
        SbmlSimulation simulation = new SbmlSimulation(sbml, outputs, backend == null
                ? ModelCompiler.Backend.AUTO : backend);
        Tolerances tolerances = new Tolerances(1e-10, Math.max(settings.absolute() * 1e-6, 1e-300));
        return simulation.run(settings.start(), settings.start() + settings.duration(), settings.steps(), tolerances,
                SEED, deadline);
    }

    /** @return the case's model file of the highest level and version */
    static Path modelFile(Path dir) throws IOException {
        Path best = null;
        int bestRank = -1;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Matcher m = MODEL_FILE.matcher(p.getFileName().toString());
                if (m.matches()) {
                    int rank = Integer.parseInt(m.group(2)) * 10 + Integer.parseInt(m.group(3));
                    if (rank > bestRank) {
                        bestRank = rank;
                        best = p;
                    }
                }
            }
        }
        if (best == null) {
            throw new IOException("no NNNNN-sbml-lLvV.xml model in " + dir);
        }
        return best;
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace("\r", "").replace("\n", " | ");
    }
}
