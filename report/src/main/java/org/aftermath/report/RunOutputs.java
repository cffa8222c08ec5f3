package org.aftermath.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.aftermath.output.Json;
import org.aftermath.output.Manifest;
import org.aftermath.output.OutputFolder;
import org.aftermath.report.figures.Figure;
import org.aftermath.runner.RunResult;

/**
 * Writes a run's outputs in one call: {@value #TIMESERIES}, {@value #SUMMARY}, the
 * {@link Manifest} ({@value Manifest#FILE}) and the report with its figures
 * ({@link ReportWriter}), then moves the folder into place.
 */
public final class RunOutputs {
    /** The command that writes run folders, as manifests record it. */
    public static final String COMMAND = "run";
    /** The time course. */
    public static final String TIMESERIES = "timeseries.csv";
    /** The summary. */
    public static final String SUMMARY = "summary.json";

    private RunOutputs() { }

    /**
     * @param result         the run
     * @param scenarioFile   its scenario file as given
     * @param scenarioSha256 SHA-256 of the scenario file's bytes as read for the run
     * @param folder         the open output folder of {@value #COMMAND} (committed here)
     * @return the manifest written
     * @throws IOException on a write failure
     */
    public static Manifest<RunDetails> write(RunResult result, String scenarioFile, String scenarioSha256,
                                             OutputFolder folder) throws IOException {
        return write(result, null, scenarioFile, scenarioSha256, folder);
    }

    /**
     * As {@link #write(RunResult, String, String, OutputFolder)}, with the control arm in the report.
     *
     * @param control the control arm, or null
     */
    public static Manifest<RunDetails> write(RunResult result, ControlArm control, String scenarioFile,
                                             String scenarioSha256, OutputFolder folder) throws IOException {
        TimeseriesCsv.write(result.timeseries(), folder.file(TIMESERIES));
        Json.write(result.summary(), folder.file(SUMMARY));
        List<Figure> figures = ReportWriter.figures(result, control);
        List<String> files = new ArrayList<>(List.of(TIMESERIES, SUMMARY, Manifest.FILE));
        files.addAll(ReportWriter.files(figures));
        Manifest<RunDetails> manifest = Manifest.of(COMMAND, RunDetails.of(result, scenarioFile, scenarioSha256),
                files);
        ReportWriter.write(result, control, manifest, figures, folder);
        folder.commit(manifest);
        return manifest;
    }
}
