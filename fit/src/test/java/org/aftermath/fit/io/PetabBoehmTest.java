package org.aftermath.fit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.fit.objective.Evaluation;
import org.aftermath.fit.objective.Objective;
import org.aftermath.fit.problem.EstimationProblem;
import org.aftermath.ode.Tolerances;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The PEtab benchmark problem Boehm_JProteomeRes2014 (STAT5 dimerisation, 9 estimated parameters, 48 measurements)
 * read from the collection beside the checkout: the simulation at the nominal parameters equals the collection's
 * own {@code simulatedData} table, the objective equals the negative log-likelihood recomputed from that table with
 * PEtab's formula and the reference value 138.22199693517703 of pyPESTO's and PEtab.jl's tests, and the
 * sensitivity gradient equals central differences away from the optimum.
 */
class PetabBoehmTest {

    static final Path BOEHM = Path.of(System.getProperty("aftermath.shared", "../../shared"), "petab-benchmarks",
            "Boehm_JProteomeRes2014");
    /** The nominal objective other PEtab tools test against (pyPESTO's expected_fval_nominal, PEtab.jl). */
    static final double REFERENCE_NLL = 138.22199693517703;

    static EstimationProblem problem() {
        assertThat(BOEHM).as("the PEtab benchmark collection beside the checkout").isDirectory();
        return ProblemLoader.load(BOEHM.resolve("Boehm_JProteomeRes2014.yaml")).problem();
    }

    static List<String[]> tsv(String name) throws IOException {
        return Files.readAllLines(BOEHM.resolve(name)).stream().filter(l -> !l.isBlank())
                .map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void nominalSimulationAndObjectiveEqualTheCollectionsSimulatedData() throws IOException {
        EstimationProblem problem = problem();
        assertThat(problem.estimated()).hasSize(9);
        assertThat(problem.measurements()).hasSize(48);
        Evaluation e = new Objective(problem, Objective.Settings.DEFAULT).evaluate(problem.nominal(), false);
        assertThat(e.ok()).as(e.failure()).isTrue();

        List<String[]> simulated = tsv("simulatedData_Boehm_JProteomeRes2014.tsv");
        List<String[]> measured = tsv("measurementData_Boehm_JProteomeRes2014.tsv");
        Map<String, Double> nominal = new HashMap<>();
        for (String[] row : tsv("parameters_Boehm_JProteomeRes2014.tsv").subList(1, 12)) {
            nominal.put(row[0], Double.parseDouble(row[5]));
        }
        double nll = 0;
        for (int i = 0; i < problem.measurements().size(); i++) {
            double expected = Double.parseDouble(simulated.get(i + 1)[3]);
            assertThat(e.simulated()[i]).as("row %d", i + 2)
                    .isCloseTo(expected, Offset.offset(1e-4 * Math.max(1, Math.abs(expected))));
            double sigma = nominal.get(measured.get(i + 1)[6]);
            double r = (Double.parseDouble(measured.get(i + 1)[3]) - expected) / sigma;
            nll += 0.5 * Math.log(2 * Math.PI * sigma * sigma) + 0.5 * r * r;
        }
        assertThat(e.likelihood()).isCloseTo(nll, Offset.offset(1e-4 * nll));
        assertThat(e.likelihood()).isCloseTo(REFERENCE_NLL, Offset.offset(1e-4));
    }

    @Test
    void sensitivityGradientEqualsCentralDifferencesAwayFromTheOptimum() {
        EstimationProblem problem = problem();
        Objective objective = new Objective(problem, new Objective.Settings(
                new Tolerances(1e-10, 1e-12), 1e9));
        double[] x = away(problem.nominal());
        double[] g = objective.evaluate(x, true).gradient();
        for (int k = 0; k < x.length; k++) {
            double h = 1e-4;
            double[] up = x.clone();
            double[] down = x.clone();
            up[k] += h;
            down[k] -= h;
            double fd = (objective.evaluate(up, false).value() - objective.evaluate(down, false).value()) / (2 * h);
            assertThat(g[k]).as(problem.estimated().get(k).id())
                    .isCloseTo(fd, Offset.offset(1e-4 * Math.max(1, Math.abs(fd))));
        }
    }

    /** @return x moved by +0.2 (a factor 1.6) on every parameter's log10 scale: off the optimum, where the gradient is large */
    static double[] away(double[] x) {
        double[] out = x.clone();
        for (int k = 0; k < out.length; k++) {
            out[k] += 0.2;
        }
        return out;
    }
}
