package org.aftermath.cohort.run;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.aftermath.cohort.sampling.PatientSeeds;
import org.aftermath.cohort.tasks.IndexRange;
import org.aftermath.cohort.tasks.IndexedExecutor;
import org.aftermath.output.Json;
import org.aftermath.output.Manifest;
import org.aftermath.output.OutputPolicy;
import org.aftermath.output.OutputRefusedException;
import org.aftermath.output.Sha256;
import org.aftermath.output.Solver;

/**
 * Runs a cohort into an output folder, streaming, resumable:
 * <ul>
 *   <li>{@value #MANIFEST} is written first with {@code "complete": false};</li>
 *   <li>each patient's row is appended to {@value #PATIENTS} ({@link PatientsCsv}) and its record to
 *       {@value #SPILL} ({@link OutcomeSpill}) in index order, as the {@link IndexedExecutor} delivers it, so memory
 *       does not grow with the cohort;</li>
 *   <li>after the last patient, {@value #SUMMARY} is computed from the spill ({@link CohortSummarizer}, in column
 *       blocks of at most a quarter of the maximum heap or its default budget, whichever is smaller), the report
 *       is written, and the manifest is rewritten with {@code "complete": true}.</li>
 * </ul>
 * Resuming a folder whose manifest says {@code complete: false} checks that the scenario, model files, seed, patient
 * count, inputs, solver, grid and tool version match, keeps the complete rows (a torn last line or record is
 * dropped; both files are cut to the patients present in both), and continues from the next index, so the files end
 * byte-identical to an uninterrupted run's.
 */
public final class CohortRun {

    /** Per-patient rows. */
    public static final String PATIENTS = "patients.csv";
    /** Per-patient binary records. */
    public static final String SPILL = "patients.bin";
    /** The cohort summary. */
    public static final String SUMMARY = "cohort-summary.json";
    /** The manifest ({@link Manifest} of {@link CohortDetails}). */
    public static final String MANIFEST = Manifest.FILE;
    /** The command that writes cohort folders, as manifests record it. */
    public static final String COMMAND = "cohort";

    /** The per-patient seed derivation, as the manifest states it. */
    public static final String SEED_DERIVATION = "patient i: mix64(mix64(seed) + (i + 1) * 0x9E3779B97F4A7C15),"
            + " mix64 the SplitMix64 finaliser; one standard normal per input from "
            + PatientSeeds.ALGORITHM + " seeded with it, correlated by the Gaussian copula";

    private static final int BUFFER = 1 << 16;
    /** Finished rows reach the files at least this often (ns), so a killed run loses at most about a second of work. */
    private static final long FLUSH_NANOS = 1_000_000_000L;

    private final CohortJob job;
    private final IndexedExecutor executor;
    private final String version;
    private final CohortReport report;
    private final CohortProgress progress;
    private final CohortDetails.Shard shard;

    /**
     * @param job      the cohort
     * @param executor the engine
     * @param version  the tool version recorded in (and checked on resume against) the manifest
     * @param report   writes the report after the summary ({@link CohortReport#NONE} for none)
     * @param progress told after each written patient ({@link CohortProgress#NONE})
     */
    public CohortRun(CohortJob job, IndexedExecutor executor, String version, CohortReport report,
                     CohortProgress progress) {
        this.job = Objects.requireNonNull(job, "job");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.version = Objects.requireNonNull(version, "version");
        this.report = Objects.requireNonNull(report, "report");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.shard = null;
    }

    private CohortRun(CohortRun run, CohortDetails.Shard shard) {
        this.job = run.job;
        this.executor = run.executor;
        this.version = run.version;
        this.report = run.report;
        this.progress = run.progress;
        this.shard = shard;
    }

    /**
     * This run restricted to one shard ({@code --shard K/N}): the folder receives only the shard's patients' rows and
     * records, and its manifest; no summary or report, which {@link CohortMerge} writes once every shard is done.
     *
     * @param index which shard, 1 to count
     * @param count number of shards, at most the number of patients
     * @return the shard's run
     * @throws IllegalArgumentException if the shard does not exist ({@link CohortDetails.Shard#of})
     */
    public CohortRun shard(int index, int count) {
        return new CohortRun(this, CohortDetails.Shard.of(index, count, job.patients()));
    }

    /**
     * What a run did.
     *
     * @param folder      the output folder
     * @param summary     the cohort summary, or null for a shard
     * @param manifest    the final manifest
     * @param resumedFrom the first patient simulated by this call (0 unless resumed)
     */
    public record Result(Path folder, CohortSummary summary, Manifest<CohortDetails> manifest, long resumedFrom) {
    }

    /**
     * @param folder the output folder, by the {@link OutputPolicy}: absent, empty, or a complete cohort folder
     *               (replaced); with {@code resume}, an unfinished cohort folder of the same job
     * @param resume continue an unfinished folder
     * @return the summary and manifest
     * @throws org.aftermath.tmen.scenario.ScenarioException if the scenario cannot run as a cohort
     * @throws OutputRefusedException if the policy refuses the folder
     * @throws CohortFolderException if the folder cannot take the cohort (see above)
     * @throws IOException on a write failure; rows written so far stay, and the run can be resumed
     */
    public Result run(Path folder, boolean resume) throws IOException {
        PatientSimulator probe = new PatientSimulator(job);
        List<String> inputs = probe.inputs();
        double[] grid = probe.grid();
        OutcomeSpill layout = new OutcomeSpill(inputs.size(), grid.length);
        IndexRange range = shard == null ? new IndexRange(0, job.patients()) : shard.range();
        Manifest<CohortDetails> manifest = manifest(probe.scenario().name(), inputs, grid[grid.length - 1],
                probe.rangeWarnings());
        OutputPolicy.Found found = OutputPolicy.check("--out", folder, COMMAND, inputFiles());
        long start = range.from() + (resume ? prepareResume(folder, found, manifest, layout, range.size())
                : prepareFresh(folder, found, PatientsCsv.header(inputs)));
        manifest.write(folder.resolve(MANIFEST));
        try (FileChannel csvChannel = FileChannel.open(folder.resolve(PATIENTS), StandardOpenOption.WRITE,
                     StandardOpenOption.APPEND);
             OutputStream csv = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(csvChannel),
                     BUFFER);
             FileChannel spillChannel = FileChannel.open(folder.resolve(SPILL), StandardOpenOption.WRITE,
                     StandardOpenOption.APPEND);
             OutputStream spill = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(spillChannel),
                     BUFFER)) {
            ByteBuffer record = ByteBuffer.allocate(layout.recordBytes());
            long[] lastFlush = {System.nanoTime()};
            progress.written(start - range.from(), range.size());
            executor.execute(new PatientTask(job), start, range.to(), (index, outcome) -> {
                csv.write(PatientsCsv.row(outcome).getBytes(StandardCharsets.UTF_8));
                record.clear();
                layout.put(outcome, record);
                spill.write(record.array());
                progress.written(outcome.index() + 1 - range.from(), range.size());
                if (System.nanoTime() - lastFlush[0] > FLUSH_NANOS) {
                    // spill first: a kill then leaves the CSV no longer than the spill, which resume trims to match
                    spill.flush();
                    csv.flush();
                    lastFlush[0] = System.nanoTime();
                }
            });
        }
        if (shard != null) {
            Manifest<CohortDetails> done = completed(manifest);
            done.write(folder.resolve(MANIFEST));
            return new Result(folder, null, done, start);
        }
        return finish(folder, manifest, layout, report, start);
    }

    /**
     * Writes the summary from a complete spill, then the report, then marks the manifest complete.
     *
     * @param start the first patient simulated by this call
     * @return what was written
     */
    static Result finish(Path folder, Manifest<CohortDetails> manifest, OutcomeSpill layout, CohortReport report,
                         long start) throws IOException {
        CohortDetails d = manifest.details();
        CohortSummary summary = CohortSummarizer.summarise(folder.resolve(SPILL), layout, d.patients(),
                Grid.days(d.horizonDays(), d.gridStepDays()), d.inputs(), d.scenario(), d.seed(),
                Math.min(CohortSummarizer.DEFAULT_BUDGET_BYTES, Runtime.getRuntime().maxMemory() / 4));
        Json.write(summary, folder.resolve(SUMMARY));
        report.write(folder, summary, manifest);
        Manifest<CohortDetails> done = completed(manifest);
        done.write(folder.resolve(MANIFEST));
        return new Result(folder, summary, done, start);
    }

    private static Manifest<CohortDetails> completed(Manifest<CohortDetails> manifest) {
        return manifest.withDetails(manifest.details().completed()).withCreatedUtc(Manifest.now());
    }

    /** @return the file list of a whole cohort's manifest: the outputs of this class, then the report's */
    static List<String> files(CohortReport report) {
        List<String> files = new ArrayList<>(List.of(PATIENTS, SPILL, SUMMARY, MANIFEST));
        files.addAll(report.files());
        return files;
    }

    private Manifest<CohortDetails> manifest(String scenarioName, List<String> inputs, double horizonDays,
                                             List<String> rangeWarnings) {
        CohortDetails details = new CohortDetails(false, scenarioName, job.scenarioFile(), job.scenarioSha256(),
                modelFilesSha256(job.modelFiles()), job.seed(), PatientSeeds.ALGORITHM, SEED_DERIVATION,
                job.patients(), inputs, shard, executor.name(), executor.threads(),
                new Solver(job.integrator().id(), job.rtol(), job.atol()), horizonDays, job.gridStepDays(),
                rangeWarnings, job.samples() == null ? null : job.samples().provenance());
        return new Manifest<>(Manifest.TOOL, COMMAND, version, details, System.getProperty("java.version"),
                Manifest.now(), shard == null ? files(report) : List.of(PATIENTS, SPILL, MANIFEST));
    }

    /** @return the scenario file, which the output folder must not hold */
    private List<Path> inputFiles() {
        try {
            return List.of(Path.of(job.scenarioFile()));
        } catch (java.nio.file.InvalidPathException e) {
            return List.of();
        }
    }

    private static String modelFilesSha256(Map<String, String> files) {
        if (files.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        files.forEach((name, text) -> b.append(name).append('\0').append(text).append('\0'));
        return Sha256.hex(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Makes {@code folder} ready for a new run: creates it, or deletes a complete cohort's outputs (the plain file
     * names its manifest lists, which the policy checked are all the folder holds); then writes the CSV header and an
     * empty spill.
     *
     * @return 0, the patients already present
     */
    static long prepareFresh(Path folder, OutputPolicy.Found found, String header) throws IOException {
        if (found.state() == OutputPolicy.State.ABSENT) {
            Files.createDirectories(folder);
        } else if (found.state() == OutputPolicy.State.OWN) {
            Manifest<CohortDetails> old = details(folder, found.manifest());
            if (!old.details().complete()) {
                throw new CohortFolderException(folder + " holds an unfinished cohort (manifest.json says complete:"
                        + " false); add --resume to continue it, or choose another --out");
            }
            for (String f : old.files()) {
                Path p = Path.of(f);
                if (p.getNameCount() == 1 && !p.isAbsolute() && !f.equals("..")) {
                    Files.deleteIfExists(folder.resolve(p));
                    Files.deleteIfExists(folder.resolve(f + ".tmp"));
                }
            }
        }
        Files.writeString(folder.resolve(PATIENTS), header, StandardCharsets.UTF_8);
        Files.write(folder.resolve(SPILL), new byte[0]);
        return 0;
    }

    /**
     * Checks an unfinished folder against this job, cuts its files to the complete patients (at most {@code rows}),
     * returns their count.
     */
    private long prepareResume(Path folder, OutputPolicy.Found found, Manifest<CohortDetails> expectedManifest,
                               OutcomeSpill layout, long rows) throws IOException {
        if (found.state() == OutputPolicy.State.ABSENT) {
            throw new CohortFolderException("--resume: " + folder + " does not exist; run without --resume to start"
                    + " the cohort");
        }
        if (found.state() == OutputPolicy.State.EMPTY) {
            throw new CohortFolderException("--resume: " + folder + " holds no manifest.json; it is not a cohort"
                    + " folder");
        }
        CohortDetails old = details(folder, found.manifest()).details();
        CohortDetails expected = expectedManifest.details();
        if (old.complete()) {
            throw new CohortFolderException("--resume: the cohort in " + folder + " is complete; nothing to resume"
                    + " (run without --resume to redo it)");
        }
        String mismatch = mismatch(old, expected);
        if (mismatch == null && !found.manifest().version().equals(expectedManifest.version())) {
            mismatch = "aftermath " + found.manifest().version() + ", not " + expectedManifest.version();
        }
        if (mismatch != null) {
            throw new CohortFolderException("--resume: " + folder + " was run with " + mismatch
                    + "; resume with the same scenario and options, or start a new --out folder");
        }
        Path csv = folder.resolve(PATIENTS);
        Path spill = folder.resolve(SPILL);
        String header = PatientsCsv.header(expected.inputs());
        PatientsCsv.Prefix prefix = Files.exists(csv) ? PatientsCsv.completePrefix(csv, rows)
                : new PatientsCsv.Prefix(0, 0);
        if (prefix.bytes() > 0 && !header.equals(firstLine(csv))) {
            throw new CohortFolderException("--resume: " + csv + " does not start with the expected header " + header.strip());
        }
        long records = Files.exists(spill) ? Files.size(spill) / layout.recordBytes() : 0;
        long keep = Math.min(prefix.rows(), records);
        if (prefix.bytes() == 0) {
            Files.writeString(csv, header, StandardCharsets.UTF_8);
        } else {
            truncate(csv, PatientsCsv.completePrefix(csv, keep).bytes());
        }
        if (Files.exists(spill)) {
            truncate(spill, keep * layout.recordBytes());
        } else {
            Files.write(spill, new byte[0]);
        }
        return keep;
    }

    /**
     * @return what differs between the jobs of two cohort folders (scenario, models, seed, options, shard, parameter
     *         samples), or null
     */
    static String mismatch(CohortDetails old, CohortDetails now) {
        if (!Objects.equals(old.scenarioSha256(), now.scenarioSha256())) {
            return "another scenario file (SHA-256 " + old.scenarioSha256() + ", now " + now.scenarioSha256() + ")";
        }
        if (!Objects.equals(old.modelFilesSha256(), now.modelFilesSha256())) {
            return "other model files";
        }
        if (old.seed() != now.seed()) {
            return "--seed " + old.seed() + ", not " + now.seed();
        }
        if (old.patients() != now.patients()) {
            return "--patients " + old.patients() + ", not " + now.patients();
        }
        if (!Objects.equals(old.inputs(), now.inputs())) {
            return "the varied inputs " + old.inputs() + ", not " + now.inputs();
        }
        if (!Objects.equals(old.solver(), now.solver())) {
            return "the solver " + old.solver().integrator() + " rtol " + old.solver().relativeTolerance() + " atol "
                    + old.solver().absoluteTolerance() + ", not " + now.solver().integrator() + " rtol "
                    + now.solver().relativeTolerance() + " atol " + now.solver().absoluteTolerance();
        }
        if (!Objects.equals(old.shard(), now.shard())) {
            return (old.shard() == null ? "the whole cohort" : "--shard " + old.shard()) + ", not "
                    + (now.shard() == null ? "the whole cohort" : "--shard " + now.shard());
        }
        if (old.gridStepDays() != now.gridStepDays()) {
            return "a grid step of " + old.gridStepDays() + " days, not " + now.gridStepDays();
        }
        String oldSamples = old.parameterSamples() == null ? "no --parameter-samples"
                : "--parameter-samples of SHA-256 " + old.parameterSamples().sha256();
        String nowSamples = now.parameterSamples() == null ? "none"
                : "of SHA-256 " + now.parameterSamples().sha256();
        if (!Objects.equals(old.parameterSamples() == null ? null : old.parameterSamples().sha256(),
                now.parameterSamples() == null ? null : now.parameterSamples().sha256())) {
            return oldSamples + ", not " + nowSamples;
        }
        return null;
    }

    /** @return the cohort facts of the folder's manifest */
    static Manifest<CohortDetails> details(Path folder, Manifest<?> manifest) {
        try {
            return manifest.detailsAs(CohortDetails.class);
        } catch (IllegalArgumentException e) {
            throw new CohortFolderException(folder.resolve(MANIFEST) + " is not a cohort manifest ("
                    + firstLineOf(e.getMessage()) + "); choose another --out");
        }
    }

    private static String firstLine(Path csv) throws IOException {
        try (Stream<String> lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            return lines.findFirst().map(l -> l + "\n").orElse("");
        }
    }

    private static String firstLineOf(String text) {
        return text == null ? "unreadable" : text.strip().lines().findFirst().orElse("unreadable");
    }

    private static void truncate(Path file, long bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(bytes);
        }
    }
}
