package org.aftermath.cohort.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.aftermath.output.Manifest;
import org.aftermath.output.OutputPolicy;

/**
 * Joins the shard folders of one cohort ({@code aftermath cohort --shard K/N}, e.g. one Slurm job each) into the
 * folder a single run writes: {@code patients.csv} and {@code patients.bin} are the shards' rows and records in shard
 * order, then the summary, the report and the manifest are written as {@link CohortRun} writes them, so the files are
 * byte-identical to one uninterrupted run's. Refused, naming the folders: shards of different jobs (scenario, model
 * files, seed, patients, inputs, solver, grid, tool version), of different shard counts, unfinished or incomplete
 * shards, a missing or repeated shard, and an output folder that is one of the shards.
 */
public final class CohortMerge {

    private final CohortReport report;

    /** @param report writes the report after the summary ({@link CohortReport#NONE} for none) */
    public CohortMerge(CohortReport report) {
        this.report = Objects.requireNonNull(report, "report");
    }

    /**
     * @param shards the shard folders, in any order
     * @param folder the output folder: absent, empty, or a complete cohort folder (replaced)
     * @return the merged cohort's summary and manifest
     * @throws CohortFolderException naming the folder and what is wrong with it
     * @throws NoPatientCompletedException if every patient of the cohort failed
     * @throws IOException on a read or write failure
     */
    public CohortRun.Result merge(List<Path> shards, Path folder) throws IOException {
        if (shards.isEmpty()) {
            throw new CohortFolderException("merge: no shard folders given");
        }
        List<Shard> parts = new ArrayList<>();
        for (Path dir : shards) {
            parts.add(read(dir, folder));
        }
        parts.sort(Comparator.comparingInt(p -> p.details().shard().index()));
        Shard first = parts.get(0);
        int count = first.details().shard().count();
        for (Shard p : parts) {
            CohortDetails d = p.details();
            String mismatch = CohortRun.mismatch(first.details(), d.with(first.details().shard(), d.executor(),
                    d.threads()));
            if (mismatch == null && d.shard().count() != count) {
                mismatch = count + " shards, not " + d.shard().count();
            }
            if (mismatch == null && !p.manifest().version().equals(first.manifest().version())) {
                mismatch = "aftermath " + first.manifest().version() + ", not " + p.manifest().version();
            }
            if (mismatch != null) {
                throw new CohortFolderException("merge: " + p.dir() + " is a shard of another cohort than " + first.dir()
                        + ": " + first.dir() + " was run with " + mismatch);
            }
        }
        for (int k = 1; k <= count; k++) {
            int index = k;
            List<Shard> same = parts.stream().filter(p -> p.details().shard().index() == index).toList();
            if (same.isEmpty()) {
                throw new CohortFolderException("merge: shard " + k + "/" + count + " is missing (run it with --shard "
                        + k + "/" + count + ")");
            }
            if (same.size() > 1) {
                throw new CohortFolderException("merge: " + same.get(0).dir() + " and " + same.get(1).dir()
                        + " are both shard " + k + "/" + count);
            }
        }
        CohortDetails m = first.details();
        OutcomeSpill layout = new OutcomeSpill(m.inputs().size(),
                Grid.days(m.horizonDays(), m.gridStepDays()).length);
        String header = PatientsCsv.header(m.inputs());
        for (Shard p : parts) {
            check(p, layout, header);
        }
        CohortRun.prepareFresh(folder, OutputPolicy.check("--out", folder, CohortRun.COMMAND, List.of()), header);
        Manifest<CohortDetails> merged = first.manifest().withDetails(m.with(null, executors(parts), null))
                .withCreatedUtc(Manifest.now()).withFiles(CohortRun.files(report));
        merged.write(folder.resolve(CohortRun.MANIFEST));
        try (OutputStream csv = Files.newOutputStream(folder.resolve(CohortRun.PATIENTS), StandardOpenOption.APPEND);
             OutputStream spill = Files.newOutputStream(folder.resolve(CohortRun.SPILL), StandardOpenOption.APPEND)) {
            for (Shard p : parts) {
                try (InputStream in = Files.newInputStream(p.dir().resolve(CohortRun.PATIENTS))) {
                    in.skipNBytes(header.getBytes(StandardCharsets.UTF_8).length);
                    in.transferTo(csv);
                }
                Files.copy(p.dir().resolve(CohortRun.SPILL), spill);
            }
        }
        return CohortRun.finish(folder, merged, layout, report, 0);
    }

    private record Shard(Path dir, Manifest<CohortDetails> manifest) {
        CohortDetails details() {
            return manifest.details();
        }
    }

    /** Reads a shard folder's manifest: a complete shard, not the output folder. */
    private static Shard read(Path dir, Path out) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new CohortFolderException("merge: " + dir + " is not a folder");
        }
        if (Files.exists(out) && Files.isSameFile(dir, out)) {
            throw new CohortFolderException("merge: the output folder " + out + " is one of the shards; choose another"
                    + " --out");
        }
        if (!Files.exists(dir.resolve(CohortRun.MANIFEST))) {
            throw new CohortFolderException("merge: " + dir + " holds no manifest.json; it is not a cohort shard");
        }
        Manifest<CohortDetails> manifest;
        try {
            Manifest<?> any = Manifest.read(dir.resolve(CohortRun.MANIFEST));
            if (!any.command().equals(CohortRun.COMMAND)) {
                throw new CohortFolderException("merge: " + dir + " was written by 'aftermath " + any.command()
                        + "', not by the cohort command");
            }
            manifest = CohortRun.details(dir, any);
        } catch (IOException e) {
            throw new CohortFolderException("merge: " + dir.resolve(CohortRun.MANIFEST) + " is not a cohort manifest ("
                    + e.getMessage() + ")");
        }
        CohortDetails m = manifest.details();
        if (m.shard() == null) {
            throw new CohortFolderException("merge: " + dir + " holds a whole cohort, not a shard (--shard K/N)");
        }
        if (!m.complete()) {
            throw new CohortFolderException("merge: shard " + m.shard() + " in " + dir + " is unfinished; complete it"
                    + " with --resume");
        }
        return new Shard(dir, manifest);
    }

    /** Checks that a shard's files hold exactly its patients: the header, one row and one record each. */
    private static void check(Shard p, OutcomeSpill layout, String header) throws IOException {
        Path csv = p.dir().resolve(CohortRun.PATIENTS);
        Path spill = p.dir().resolve(CohortRun.SPILL);
        long rows = p.details().shard().to() - p.details().shard().from();
        PatientsCsv.Prefix prefix = PatientsCsv.completePrefix(csv, Long.MAX_VALUE - 1);
        byte[] expected = header.getBytes(StandardCharsets.UTF_8);
        try (InputStream in = Files.newInputStream(csv)) {
            if (!java.util.Arrays.equals(in.readNBytes(expected.length), expected)) {
                throw new CohortFolderException("merge: " + csv + " does not start with the expected header "
                        + header.strip());
            }
        }
        if (prefix.rows() != rows || prefix.bytes() != Files.size(csv) || Files.size(spill) != rows * layout.recordBytes()) {
            throw new CohortFolderException("merge: shard " + p.details().shard() + " in " + p.dir() + " should hold "
                    + rows + " patients, but " + CohortRun.PATIENTS + " has " + prefix.rows() + " rows and "
                    + CohortRun.SPILL + " " + Files.size(spill) / layout.recordBytes() + " records");
        }
    }

    /** @return how the merged manifest names the engines: "merge of N shards (ENGINE[, ENGINE...])" */
    private static String executors(List<Shard> parts) {
        List<String> engines = parts.stream().map(p -> p.details().executor()).distinct().toList();
        return "merge of " + parts.size() + " shards (" + String.join(", ", engines) + ")";
    }
}
