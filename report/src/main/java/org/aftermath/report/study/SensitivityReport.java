package org.aftermath.report.study;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftermath.cohort.sensitivity.MorrisEffect;
import org.aftermath.cohort.sensitivity.MorrisScreening;
import org.aftermath.cohort.sensitivity.SobolIndex;
import org.aftermath.cohort.sensitivity.SobolIndices;
import org.aftermath.output.Json;
import org.aftermath.output.Manifest;
import org.aftermath.output.OutputFolder;
import org.aftermath.output.ToolVersion;
import org.aftermath.report.NumberText;
import org.aftermath.report.figures.Figure;
import org.aftermath.report.figures.FigureRenderer;
import org.aftermath.report.html.Page;
import org.aftermath.report.html.Xhtml;
import org.aftermath.runner.Outcome;

/**
 * The outputs of a sensitivity analysis: {@value #CSV} (one row per input), {@value #JSON} (the
 * same with the design and the inputs' distributions) and {@value #REPORT} with the
 * bar chart ({@link SensitivityChart}).
 */
public final class SensitivityReport {
    /** The command that writes sensitivity folders, as manifests record it. */
    public static final String COMMAND = "sensitivity";
    /** Table of indices. */
    public static final String CSV = "sensitivity.csv";
    /** Indices with the design and the inputs. */
    public static final String JSON = "sensitivity.json";
    /** HTML report. */
    public static final String REPORT = "sensitivity.html";

    private SensitivityReport() { }

    /**
     * One varied input as the scenario gives it.
     *
     * @param name         its path, e.g. {@code tumor.growth.doubling_days}
     * @param distribution its law ({@code lognormal}, {@code normal}, {@code uniform}, {@code values})
     * @param arguments    the law's arguments (empty for {@code values})
     * @param values       the listed values of {@code values} (else empty)
     */
    public record Input(String name, String distribution, Map<String, Double> arguments, List<Double> values) { }

    /**
     * What was analysed and the result; exactly one of {@code sobol} and {@code morris} is set.
     *
     * @param scenario     scenario name
     * @param scenarioFile the file as given
     * @param outcome      the outcome analysed
     * @param inputs       the varied inputs in order
     * @param sobol        Sobol indices, or null
     * @param morris       Morris measures in input order, or null
     * @param samples      the base sample size N (Sobol) or number of trajectories r (Morris)
     * @param runs         simulations run
     * @param seed         the seed (bootstrap for Sobol, trajectories for Morris)
     * @param wallSeconds  wall time, seconds
     * @param notes        remarks for the reader (e.g. correlations ignored by Morris screening)
     * @param details      the scenario file's hash and how the simulations ran (the manifest's details)
     */
    public record Study(String scenario, String scenarioFile, Outcome outcome, List<Input> inputs,
                        SobolIndices sobol, List<MorrisEffect> morris, int samples, int runs, long seed,
                        double wallSeconds, List<String> notes, StudyDetails details) {
        public Study {
            if ((sobol == null) == (morris == null)) {
                throw new IllegalArgumentException("a study has either Sobol indices or Morris measures");
            }
            inputs = List.copyOf(inputs);
            notes = List.copyOf(notes);
        }

        /** @return {@code sobol} or {@code morris} */
        public String method() {
            return sobol != null ? "sobol" : "morris";
        }
    }

    /** The contents of {@value #JSON}; {@code warnings} are {@link #warnings}. */
    public record SensitivitySummary(String tool, String version, String scenario, String scenarioFile, String method,
                          String outcome, String outcomeUnit, int samples, int runs, long seed, double wallSeconds,
                          Double outputVariance, Double confidenceLevel, Integer bootstrapReplicates,
                          List<Input> inputs, List<SobolIndex> indices, List<MorrisEffect> effects,
                          List<String> notes, List<String> warnings) { }

    /**
     * Base sample size N below which Sobol indices are flagged as rough. At N = 64 on three inputs the
     * bootstrap intervals are still about ±0.3 wide (the command-line test's untreated tumour); Saltelli et al.
     * (2010) use N in the hundreds to thousands.
     */
    public static final int RECOMMENDED_SOBOL_SAMPLES = 64;
    /** Morris trajectories below which the screening is flagged as rough (Campolongo et al. 2007 use r = 10 to 20). */
    public static final int RECOMMENDED_MORRIS_TRAJECTORIES = 10;

    /**
     * Why the study's answers are not to be trusted as they stand: a sample below the recommended
     * size, and each Sobol index whose estimate shows sampling error ({@link SobolIndex#doubts()}).
     *
     * @return one sentence per doubt; empty when there is none
     */
    public static List<String> warnings(Study s) {
        List<String> out = new ArrayList<>();
        if (s.sobol() != null && s.samples() < RECOMMENDED_SOBOL_SAMPLES) {
            out.add("N = " + s.samples() + " base samples is below the " + RECOMMENDED_SOBOL_SAMPLES
                    + " recommended: the indices are rough (raise --samples)");
        }
        if (s.morris() != null && s.samples() < RECOMMENDED_MORRIS_TRAJECTORIES) {
            out.add("r = " + s.samples() + " trajectories is below the " + RECOMMENDED_MORRIS_TRAJECTORIES
                    + " recommended: the ranking is rough (raise --samples)");
        }
        if (s.sobol() != null) {
            for (SobolIndex i : s.sobol().indices()) {
                List<String> doubts = i.doubts();
                if (!doubts.isEmpty()) {
                    out.add(i.name() + ": " + String.join(", ", doubts) + " — sampling error, not a property of the"
                            + " model; raise --samples");
                }
            }
        }
        return out;
    }

    /** @return the summary of {@code s} */
    public static SensitivitySummary summary(Study s) {
        SobolIndices si = s.sobol();
        return new SensitivitySummary("aftermath", ToolVersion.get(), s.scenario(), s.scenarioFile(), s.method(),
                s.outcome().id(), s.outcome().unit(), s.samples(), s.runs(), s.seed(), s.wallSeconds(),
                si == null ? null : si.variance(), si == null ? null : si.confidenceLevel(),
                si == null ? null : si.replicates(), s.inputs(), si == null ? null : si.indices(), s.morris(),
                s.notes(), warnings(s));
    }

    /**
     * Writes {@value #CSV}, {@value #JSON}, {@value #REPORT}, the chart and the manifest, then moves
     * the folder into place.
     *
     * @param folder the open output folder of {@value #COMMAND} (committed here)
     * @return the manifest written
     * @throws IOException on a write failure
     */
    public static Manifest<StudyDetails> write(Study s, OutputFolder folder) throws IOException {
        writeCsv(s, folder.file(CSV));
        Json.write(summary(s), folder.file(JSON));
        Figure figure = figure(s);
        Files.writeString(folder.file(REPORT), html(s, figure), StandardCharsets.UTF_8);
        FigureRenderer.writeFiles(figure, folder.file(figure.id() + ".svg"), folder.file(figure.id() + ".png"));
        Manifest<StudyDetails> manifest = Manifest.of(COMMAND, s.details(), folder.files());
        folder.commit(manifest);
        return manifest;
    }

    /** @return the chart of {@code s} */
    public static Figure figure(Study s) {
        String outcome = s.outcome().id();
        return s.sobol() != null ? SensitivityChart.sobol(s.sobol(), outcome)
                : SensitivityChart.morris(s.morris(), outcome, s.runs());
    }

    /** Writes one row per input, in input order. */
    public static void writeCsv(Study s, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (s.sobol() != null) {
                w.write("input,first_order,first_order_lower,first_order_upper,total,total_lower,total_upper\n");
                for (SobolIndex i : s.sobol().indices()) {
                    w.write(String.join(",", i.name(), Double.toString(i.firstOrder().value()),
                            Double.toString(i.firstOrder().lower()), Double.toString(i.firstOrder().upper()),
                            Double.toString(i.total().value()), Double.toString(i.total().lower()),
                            Double.toString(i.total().upper())));
                    w.write('\n');
                }
            } else {
                List<MorrisEffect> ranked = MorrisScreening.ranked(s.morris());
                w.write("input,mu,mu_star,sigma,rank\n");
                for (MorrisEffect e : s.morris()) {
                    w.write(String.join(",", e.name(), Double.toString(e.mu()), Double.toString(e.muStar()),
                            Double.toString(e.sigma()), Integer.toString(ranked.indexOf(e) + 1)));
                    w.write('\n');
                }
            }
        }
    }

    /** @return the report page */
    public static String html(Study s, Figure figure) {
        String title = "Aftermath sensitivity: " + s.scenario();
        Xhtml h = new Xhtml();
        Page.open(h, title);
        h.open("header").nl().element("h1", title).nl();
        h.element("p", (s.sobol() != null ? "Sobol indices (Saltelli 2010 first order, Jansen total)"
                : "Morris elementary-effects screening") + " of " + s.outcome().id() + " (" + s.outcome().unit()
                + ") to the scenario's " + s.inputs().size() + " varied inputs · aftermath " + ToolVersion.get(),
                "class", "lead").nl();
        h.close().nl();
        List<String[]> kv = new ArrayList<>();
        kv.add(new String[] {"Scenario file", s.scenarioFile()});
        kv.add(new String[] {s.sobol() != null ? "Base sample N" : "Trajectories r", Integer.toString(s.samples())});
        kv.add(new String[] {"Simulations", Integer.toString(s.runs())});
        if (s.sobol() != null) {
            kv.add(new String[] {"Output variance", NumberText.of(s.sobol().variance()) + " (" + s.outcome().unit()
                    + ")²"});
        }
        kv.add(new String[] {"Seed", Long.toString(s.seed())});
        kv.add(new String[] {"Wall time", NumberText.of(s.wallSeconds()) + " s"});
        kv.add(new String[] {"Solver", OptimizeReport.solver(s.details().solver())});
        h.open("section", "id", "summary").nl();
        Page.keyValues(h, "study", kv.toArray(String[][]::new));
        List<String> warnings = warnings(s);
        if (!s.notes().isEmpty() || !warnings.isEmpty()) {
            h.open("ul", "class", "warnings");
            warnings.forEach(w -> h.element("li", "warning: " + w));
            s.notes().forEach(n -> h.element("li", n));
            h.close().nl();
        }
        h.close().nl();
        h.open("section", "id", "figures").nl();
        Page.figure(h, figure);
        h.close().nl();
        h.open("section", "id", "indices-section").nl().element("h2", s.sobol() != null ? "Indices" : "Measures").nl();
        if (s.sobol() != null) {
            table(h, List.of("Input", "First order", "Interval", "Total", "Interval"), s.sobol().indices().stream()
                    .map(i -> List.of(i.name(), NumberText.of(i.firstOrder().value()), interval(i.firstOrder().lower(),
                            i.firstOrder().upper()), NumberText.of(i.total().value()),
                            interval(i.total().lower(), i.total().upper()))).toList());
        } else {
            List<MorrisEffect> ranked = MorrisScreening.ranked(s.morris());
            table(h, List.of("Input", "μ", "μ*", "σ", "Rank"), s.morris().stream()
                    .map(e -> List.of(e.name(), NumberText.of(e.mu()), NumberText.of(e.muStar()),
                            NumberText.of(e.sigma()), Integer.toString(ranked.indexOf(e) + 1))).toList());
        }
        h.element("p", "Table: " + CSV + "; with the design and inputs: " + JSON + "; how it ran: " + Manifest.FILE + ".");
        h.close().nl();
        h.open("section", "id", "inputs-section").nl().element("h2", "Inputs").nl();
        table(h, List.of("Input", "Distribution", "Arguments"), s.inputs().stream()
                .map(i -> List.of(i.name(), i.distribution(), i.values().isEmpty()
                        ? String.join(", ", i.arguments().entrySet().stream()
                        .map(e -> e.getKey() + " " + NumberText.of(e.getValue())).toList())
                        : String.join(", ", i.values().stream().map(NumberText::of).toList()))).toList());
        h.close().nl();
        Page.close(h);
        return h.toString();
    }

    private static String interval(double lo, double hi) {
        return "[" + NumberText.of(lo) + ", " + NumberText.of(hi) + "]";
    }

    private static void table(Xhtml h, List<String> head, List<List<String>> rows) {
        h.tableHead(null, head.toArray(String[]::new));
        for (List<String> r : rows) {
            h.open("tr").element("th", r.get(0), "scope", "row");
            for (int c = 1; c < r.size(); c++) {
                h.element("td", r.get(c), "class", "num");
            }
            h.close().nl();
        }
        h.close().close().nl();
    }
}
