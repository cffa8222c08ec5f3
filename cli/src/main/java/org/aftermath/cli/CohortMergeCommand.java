package org.aftermath.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.aftermath.cohort.run.CohortMerge;
import org.aftermath.cohort.run.CohortRun;
import org.aftermath.cohort.run.NoPatientCompletedException;
import org.aftermath.report.cohort.CohortReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aftermath cohort merge}: the shard folders of one cohort joined into the folder a single run writes. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Joins the folders of 'aftermath cohort ... --shard K/N' runs (every K of one N, one job) into"
                + " the files a single run writes, byte for byte: patients.csv, patients.bin, cohort-summary.json,"
                + " manifest.json and cohort-report.html.")
final class CohortMergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SHARD_FOLDER", description = "the shard folders, in any order")
    private List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "output folder: new, empty, or a complete cohort folder (replaced)")
    private Path out;

    @Override
    public Integer call() throws IOException {
        CohortRun.Result result;
        try {
            result = new CohortMerge(new CohortReportWriter()).merge(shards, out);
        } catch (NoPatientCompletedException e) {
            spec.commandLine().getErr().println("aftermath: " + e.getMessage());
            return Main.FAILED;
        }
        CohortCommand.print(spec.commandLine().getOut(), spec.commandLine().getErr(), result);
        return Main.OK;
    }
}
