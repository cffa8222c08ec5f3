package org.aftermath.report.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aftermath.cohort.sensitivity.Estimate;
import org.aftermath.cohort.sensitivity.MorrisEffect;
import org.aftermath.cohort.sensitivity.SobolIndex;
import org.aftermath.cohort.sensitivity.SobolIndices;
import org.aftermath.optimize.Constraints;
import org.aftermath.optimize.ScheduleObjective;
import org.aftermath.optimize.OptimizationResult;
import org.aftermath.optimize.Range;
import org.aftermath.optimize.ScheduleOptimizer;
import org.aftermath.optimize.ScheduleTemplate;
import org.aftermath.optimize.SearchSpace;
import org.aftermath.optimize.SinglePatient;
import org.aftermath.output.Json;
import org.aftermath.report.figures.Figure;
import org.aftermath.runner.Outcome;
import org.aftermath.runner.RunOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The study pages are well-formed XHTML and the tables hold what was computed. */
class StudyReportsTest {

    @TempDir
    Path dir;

    static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    static final String BOOST = """
            name: gompertz-boost
            days: 60
            tumor:
              cells: 1.0e9
              growth: {law: gompertz, carrying_capacity: 1.0e12, rate_per_day: 0.05}
            treatments:
              - {name: chemo, kill_fraction: 0.9, start_day: 0, every_days: 20, cycles: 3}
              - {name: boost, kill_fraction: 0.5, every_days: 100, between: chemo, offset_days: 2}
            """;

    @Test
    void optimizeReport() throws Exception {
        ScheduleTemplate t = ScheduleTemplate.of(BOOST, "boost.yaml", null);
        SearchSpace space = new SearchSpace(List.of(t.ownModulator().orElseThrow()), new Range(0, 20), Range.fixed(0),
                Range.fixed(1), new Range(15, 20));
        OptimizationResult r = new ScheduleOptimizer(ScheduleOptimizer.Method.NELDER_MEAD, 15, 1).optimize(t, space,
                new Constraints(null, 0, null), new SinglePatient(ScheduleObjective.LOG10_FINAL_BURDEN, RunOptions.DEFAULT),
                e -> { });
        OptimizeReport.Study s = new OptimizeReport.Study("gompertz-boost", "boost.yaml", "chemo", space, 1, null, 60, 1.5,
                StudyDetails.of("gompertz-boost", "boost.yaml", "00ff", RunOptions.DEFAULT), r);
        Figure f = ConvergenceChart.of(r, "log10 cells");
        Document d = xml(OptimizeReport.html(s, f));
        assertThat(d.getElementsByTagName("table").getLength()).isEqualTo(3);
        assertThat(d.getElementsByTagName("svg").getLength()).isEqualTo(1);

        // the boost is best at the end of its window, the upper bound of the offset range here
        assertThat(OptimizeReport.atBounds(s)).contains("offset_days max");
        assertThat(OptimizeReport.perModulator(r)).singleElement()
                .satisfies(m -> assertThat(m.best()).isEqualTo(r.best().objective()));
        String json = Json.toJson(OptimizeReport.summary(s));
        assertThat(json).contains("\"best_at_bounds\"", "\"per_modulator\"", "\"constraints\"",
                "\"best_scenario_file\" : \"best-scenario.yaml\"");

        Path csv = dir.resolve("evaluations.csv");
        OptimizeReport.writeCsv(r, csv);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo(String.join(",", OptimizeReport.COLUMNS));
        assertThat(lines).hasSize(r.evaluations().size() + 1);
        assertThat(lines.get(1)).startsWith("1,boost,");
    }

    static final StudyDetails DETAILS = StudyDetails.of("s", "s.yaml", "00ff", RunOptions.COHORT);

    /** The preset's solver and observation. */
    @Test
    void details() {
        assertThat(DETAILS.solver().integrator()).isEqualTo("rosenbrock");
        assertThat(DETAILS.observation()).isEqualTo("lean");
    }

    @Test
    void sensitivityReports() throws Exception {
        SobolIndices si = new SobolIndices(List.of(
                new SobolIndex("a", new Estimate(0.25, 0.1, 0.4), new Estimate(0.3, 0.2, 0.45)),
                new SobolIndex("b", new Estimate(0.7, 0.5, 0.9), new Estimate(0.75, 0.6, 0.9))), 16, 64, 2.0, 200, 0.95);
        List<SensitivityReport.Input> inputs = List.of(
                new SensitivityReport.Input("a", "uniform", Map.of("min", 1.0, "max", 2.0), List.of()),
                new SensitivityReport.Input("b", "values", Map.of(), List.of(1.0, 3.0)));
        SensitivityReport.Study sobol = new SensitivityReport.Study("s", "s.yaml", Outcome.NADIR, inputs, si,
                null, 16, 64, 1, 2.0, List.of(), DETAILS);
        assertThat(SensitivityReport.warnings(sobol)).containsExactly("N = 16 base samples is below the 64"
                + " recommended: the indices are rough (raise --samples)");
        SobolIndices doubtful = new SobolIndices(List.of(
                new SobolIndex("a", new Estimate(0.25, 0.1, 0.4), new Estimate(0.2, 0.15, 0.3)),
                new SobolIndex("b", new Estimate(0.7, -0.1, 1.2), new Estimate(0.75, 0.6, 1.01))), 64, 256, 2.0, 200,
                0.95);
        assertThat(SensitivityReport.warnings(new SensitivityReport.Study("s", "s.yaml", Outcome.NADIR, inputs,
                doubtful, null, 64, 256, 1, 2.0, List.of(), DETAILS))).containsExactly(
                "a: S1 > ST — sampling error, not a property of the model; raise --samples",
                "b: S1 interval outside [0, 1], ST interval outside [0, 1] — sampling error, not a property of the"
                        + " model; raise --samples");
        Document d = xml(SensitivityReport.html(sobol, SensitivityReport.figure(sobol)));
        assertThat(d.getElementsByTagName("svg").getLength()).isEqualTo(1);
        Path csv = dir.resolve("sobol.csv");
        SensitivityReport.writeCsv(sobol, csv);
        assertThat(Files.readAllLines(csv)).containsExactly(
                "input,first_order,first_order_lower,first_order_upper,total,total_lower,total_upper",
                "a,0.25,0.1,0.4,0.3,0.2,0.45", "b,0.7,0.5,0.9,0.75,0.6,0.9");

        SensitivityReport.Study morris = new SensitivityReport.Study("s", "s.yaml", Outcome.NADIR, inputs, null,
                List.of(new MorrisEffect("a", -1.0, 2.0, 0.5), new MorrisEffect("b", 3.0, 3.0, 0.0)), 4, 12, 1, 1.0,
                List.of("correlations ignored"), DETAILS);
        assertThat(xml(SensitivityReport.html(morris, SensitivityReport.figure(morris)))
                .getElementsByTagName("li").getLength()).isEqualTo(2);
        assertThat(SensitivityReport.warnings(morris)).containsExactly("r = 4 trajectories is below the 10"
                + " recommended: the ranking is rough (raise --samples)");
        Path mcsv = dir.resolve("morris.csv");
        SensitivityReport.writeCsv(morris, mcsv);
        assertThat(Files.readAllLines(mcsv)).containsExactly("input,mu,mu_star,sigma,rank", "a,-1.0,2.0,0.5,2",
                "b,3.0,3.0,0.0,1");
    }
}
