package org.aftermath.fit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aftermath.fit.io.FittedScenarios;
import org.aftermath.fit.io.ProblemFiles;
import org.aftermath.fit.optimize.StartResult;
import org.aftermath.fit.problem.Measurement;
import org.aftermath.fit.problem.ObservableDefinition;
import org.aftermath.fit.problem.ProblemParameter;
import org.aftermath.fit.uncertainty.AdaptiveMetropolis;
import org.aftermath.fit.uncertainty.Profile;
import org.aftermath.output.CsvFormat;
import org.aftermath.output.Json;
import org.aftermath.output.Manifest;
import org.aftermath.output.OutputFolder;
import org.aftermath.output.Sha256;
import org.aftermath.output.Solver;

/**
 * Writes a fit's tables and summary: {@value #SUMMARY} ({@link FitSummary}), {@value #STARTS} (one row per start:
 * final objective, iterations, evaluations, exit, final and start point on the estimation scales),
 * {@value #PROFILES} (every profile point: parameter, value on its scale and linear, objective and its rise above
 * the optimum), {@value #SAMPLES} (chain, iteration, objective, the parameters linear) and {@value #RESIDUALS}
 * (every measurement against the best fit, standardised by its σ). Numbers in shortest
 * round-trip form; the same fit gives the same bytes on any engine and thread count.
 */
public final class FitOutputs {

    /** The command that writes these outputs, as the manifest names it. */
    public static final String COMMAND = "fit";
    /** The summary. */
    public static final String SUMMARY = "fit.json";
    /** The starts. */
    public static final String STARTS = "starts.csv";
    /** The profiles (written with --profiles). */
    public static final String PROFILES = "profiles.csv";
    /** The posterior sample (written with --sample). */
    public static final String SAMPLES = "samples.csv";
    /** Every measurement against the best fit. */
    public static final String RESIDUALS = "residuals.csv";

    private FitOutputs() {
    }

    /**
     * @param r           the fit
     * @param filesSha256 the problem files' digest
     * @param file        where a named output goes
     * @return the names written
     * @throws IOException on a write failure
     */
    public static List<String> write(FitResult r, String filesSha256, Function<String, Path> file) throws IOException {
        List<String> names = new ArrayList<>();
        Json.write(FitSummary.of(r, filesSha256), file.apply(SUMMARY));
        names.add(SUMMARY);
        writeStarts(r, file.apply(STARTS));
        names.add(STARTS);
        if (r.atBest() != null && r.atBest().simulated() != null) {
            writeResiduals(r, file.apply(RESIDUALS));
            names.add(RESIDUALS);
        }
        if (!r.profiles().isEmpty()) {
            writeProfiles(r, file.apply(PROFILES));
            names.add(PROFILES);
        }
        if (r.sample() != null) {
            writeSamples(r, file.apply(SAMPLES));
            names.add(SAMPLES);
        }
        return names;
    }

    /**
     * Writes every output of a fit — the tables, {@value FitOutputs#SUMMARY}, the fitted scenarios of a fit file's
     * arms, the report — into an open output folder and commits it with its manifest.
     *
     * @param r        the fit
     * @param files    the problem's files
     * @param report   the report
     * @param folder   the open folder
     * @param engine   the engine's name
     * @param threads  its threads, or null
     * @param wallMs   the fit's wall time
     * @throws IOException on a write failure (the folder is then not committed)
     */
    public static void writeAll(FitResult r, ProblemFiles files, FitReport report, OutputFolder folder, String engine,
                                Integer threads, long wallMs) throws IOException {
        String sha = filesSha256(files);
        List<String> names = new ArrayList<>(write(r, sha, folder::file));
        if (r.best() >= 0) {
            Map<String, Double> estimate = new LinkedHashMap<>();
            List<ProblemParameter> estimated = r.problem().estimated();
            for (int k = 0; k < estimated.size(); k++) {
                estimate.put(estimated.get(k).id(), estimated.get(k).scale().toModel(r.bestStart().x()[k]));
            }
            for (Map.Entry<String, String> f : FittedScenarios.of(r.problem(), files, estimate).entrySet()) {
                Files.writeString(folder.file(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
                names.add(f.getKey());
            }
        }
        names.addAll(report.write(r, folder::file));
        names.add(Manifest.FILE);
        FitDetails details = new FitDetails(r.problem().name(), files.root(), sha, r.job().seed(), r.starts().size(),
                r.job().method().id(), r.options().design().id(), r.job().options().maxIterations(),
                r.job().options().hessian().id(), r.job().hierarchical(), engine, threads,
                new Solver("rosenbrock", r.job().rtol(), r.job().atol()), wallMs);
        folder.commit(Manifest.of(COMMAND, details, names));
    }

    /** @return SHA-256 over the files: each name, NUL, text, NUL, in name order */
    public static String filesSha256(ProblemFiles files) {
        StringBuilder b = new StringBuilder();
        files.texts().forEach((name, text) -> b.append(name).append('\0').append(text).append('\0'));
        return Sha256.hex(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One row per measurement at the best fit: its condition, observable, time, measured value, the simulated value,
     * the noise scale σ, the comparison scale, the standardised residual (t(y) − t(h)) / σ on that scale and whether
     * it lies beyond ±2 — a misfit reported against the stated uncertainty, never dropped.
     */
    private static void writeResiduals(FitResult r, Path path) throws IOException {
        Map<String, ObservableDefinition> observables = r.problem().observableTable();
        List<Measurement> ms = r.problem().measurements();
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            w.write("row,condition,observable,time,value,simulated,sigma,scale,noise,standardised_residual,beyond_2\n");
            for (int i = 0; i < ms.size(); i++) {
                Measurement m = ms.get(i);
                ObservableDefinition o = observables.get(m.observable());
                double h = r.atBest().simulated()[i];
                double sigma = r.atBest().sigma()[i];
                double z = r.standardisedResidual(i);
                w.write(m.row() + "," + m.simulation() + "," + m.observable() + "," + CsvFormat.number(m.time()) + ","
                        + CsvFormat.number(m.value()) + "," + CsvFormat.number(h) + "," + CsvFormat.number(sigma) + ","
                        + o.transformation().id() + "," + o.noise().id() + "," + CsvFormat.number(z) + ","
                        + (Math.abs(z) > 2) + "\n");
            }
        }
    }

    private static void writeStarts(FitResult r, Path path) throws IOException {
        List<ProblemParameter> estimated = r.problem().estimated();
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            w.write("start,objective,iterations,evaluations,exit");
            for (ProblemParameter p : estimated) {
                w.write("," + p.id());
            }
            for (ProblemParameter p : estimated) {
                w.write(",start_" + p.id());
            }
            w.write("\n");
            for (StartResult s : r.starts()) {
                StringBuilder b = new StringBuilder();
                b.append(s.index()).append(',').append(CsvFormat.number(s.value())).append(',').append(s.iterations())
                        .append(',').append(s.evaluations()).append(',').append(s.exit());
                for (double x : s.x()) {
                    b.append(',').append(CsvFormat.number(x));
                }
                for (double x : s.start()) {
                    b.append(',').append(CsvFormat.number(x));
                }
                w.write(b.append('\n').toString());
            }
        }
    }

    private static void writeProfiles(FitResult r, Path path) throws IOException {
        List<ProblemParameter> estimated = r.problem().estimated();
        double best = r.bestStart().value();
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            w.write("parameter,value_on_scale,value,objective,rise\n");
            for (Profile.Pair pair : r.profiles()) {
                ProblemParameter p = estimated.get(pair.parameter());
                for (double[] point : pair.points()) {
                    w.write(p.id() + "," + CsvFormat.number(point[0]) + "," + CsvFormat.number(p.scale().toModel(point[0])) + ","
                            + CsvFormat.number(point[1]) + "," + CsvFormat.number(point[1] - best) + "\n");
                }
            }
        }
    }

    private static void writeSamples(FitResult r, Path path) throws IOException {
        List<ProblemParameter> estimated = r.problem().estimated();
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            w.write("chain,iteration,objective");
            for (ProblemParameter p : estimated) {
                w.write("," + p.id());
            }
            w.write("\n");
            List<AdaptiveMetropolis.Chain> chains = r.sample().chains();
            for (int c = 0; c < chains.size(); c++) {
                AdaptiveMetropolis.Chain chain = chains.get(c);
                for (int i = 0; i < chain.samples().length; i++) {
                    StringBuilder b = new StringBuilder();
                    b.append(c).append(',').append(i).append(',').append(CsvFormat.number(-chain.logDensity()[i]));
                    for (int k = 0; k < estimated.size(); k++) {
                        b.append(',').append(CsvFormat.number(estimated.get(k).scale().toModel(chain.samples()[i][k])));
                    }
                    w.write(b.append('\n').toString());
                }
            }
        }
    }
}
