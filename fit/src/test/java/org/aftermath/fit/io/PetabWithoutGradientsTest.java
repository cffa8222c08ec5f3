package org.aftermath.fit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.aftermath.cohort.tasks.LocalIndexedExecutor;
import org.aftermath.fit.FitOptions;
import org.aftermath.fit.FitResult;
import org.aftermath.fit.FitRun;
import org.aftermath.fit.objective.Evaluation;
import org.aftermath.fit.objective.Objective;
import org.aftermath.fit.optimize.FitJob;
import org.aftermath.fit.optimize.Method;
import org.aftermath.fit.optimize.StartDesign;
import org.aftermath.fit.optimize.TrustRegionReflective;
import org.aftermath.fit.problem.EstimationProblem;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A problem whose model has values but no tangent (sensitivity) code: Boehm_JProteomeRes2014 with eight assignment
 * rules of 1,000 terms each that nothing reads, so that the generated code's {@code observables()} would exceed a
 * JVM method and the model runs on the interpreted back-end, which has no tangents; every parameter but k_phos is
 * fixed at its nominal value. Its value is Boehm's objective (AMICI's reference, to the 1e-6 relative the
 * interpreted back-end's difference-quotient Jacobian allows); a gradient is refused with one line; a fit by the
 * trust-region method or with profiles is refused before anything runs, and CMA-ES (values only) fits it: one
 * start reaches the nominal objective, without standard errors.
 */
class PetabWithoutGradientsTest {

    /** AMICI's reference −llh of Boehm_JProteomeRes2014 (as in {@link PetabBenchmarksTest}). */
    static final double BOEHM_REFERENCE = 138.22199693517703;

    @TempDir
    Path dir;

    private Path interpretedBoehm() throws IOException {
        String name = "Boehm_JProteomeRes2014";
        try (var files = Files.list(PetabCollection.FOLDER.resolve(name))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path sbml = dir.resolve("model_" + name + ".xml");
        String sum = IntStream.range(0, 1000).mapToObj(i -> "<ci> big_k" + i + " </ci>")
                .collect(Collectors.joining());
        StringBuilder parameters = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            parameters.append("<parameter id=\"big_k").append(i).append("\" value=\"").append(i + 1)
                    .append("\" constant=\"true\"/>\n");
        }
        StringBuilder rules = new StringBuilder();
        for (int r = 0; r < 8; r++) {
            parameters.append("<parameter id=\"big_sum").append(r).append("\" constant=\"false\"/>\n");
            rules.append("<assignmentRule variable=\"big_sum").append(r)
                    .append("\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\"><apply><plus/>").append(sum)
                    .append("</apply></math></assignmentRule>\n");
        }
        String text = Files.readString(sbml).replace("</listOfParameters>", parameters + "</listOfParameters>")
                .replace("</listOfRules>", rules + "</listOfRules>");
        Files.writeString(sbml, text);
        Path table = dir.resolve("parameters_" + name + ".tsv");
        String fixed = Files.readString(table).lines()
                .map(l -> l.startsWith("parameterId") || l.startsWith("k_phos\t") ? l : l.replaceAll("\t1$", "\t0"))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(table, fixed);
        return dir.resolve(name + ".yaml");
    }

    @Test
    void valuesWithoutTangentsAreBoehmsAndFitByCmaesWhileGradientsAreRefused() throws IOException {
        ProblemLoader.Loaded loaded = ProblemLoader.load(interpretedBoehm());
        assertThat(loaded.problem().estimated()).hasSize(1);
        Objective objective = new Objective(loaded.problem(), Objective.Settings.DEFAULT);
        assertThat(objective.gradientUnavailable()).startsWith("sensitivities need a model compiled with the generated"
                + " back-end (the model, 8 states, is too large for generated code and runs interpreted)");
        double[] nominal = loaded.problem().nominal();
        Evaluation e = objective.evaluate(nominal, false);
        assertThat(e.ok()).as(e.failure()).isTrue();
        assertThat(e.likelihood()).isCloseTo(BOEHM_REFERENCE, Offset.offset(1e-6 * BOEHM_REFERENCE));
        assertThatThrownBy(() -> objective.evaluate(nominal, true)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("gradients are not available");

        FitOptions oneStart = new FitOptions(1, StartDesign.Kind.LATIN_HYPERCUBE, false, 0.95, 0, 4);
        FitJob trustRegion = job(loaded, Method.TRUST_REGION);
        assertThatThrownBy(() -> FitRun.run(loaded.problem(), trustRegion, oneStart, new LocalIndexedExecutor(1),
                FitRun.Progress.NONE)).isInstanceOf(ProblemException.class).hasMessageContaining(
                "the trust-region method needs gradients, which are not available: sensitivities need")
                .hasMessageNotContaining("\n");
        FitOptions profiles = new FitOptions(1, StartDesign.Kind.LATIN_HYPERCUBE, true, 0.95, 0, 4);
        assertThatThrownBy(() -> FitRun.run(loaded.problem(), job(loaded, Method.CMAES), profiles,
                new LocalIndexedExecutor(1), FitRun.Progress.NONE)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("profiles need gradients");

        FitResult r = FitRun.run(loaded.problem(), job(loaded, Method.CMAES), oneStart, new LocalIndexedExecutor(1),
                FitRun.Progress.NONE);
        assertThat(r.best()).isZero();
        assertThat(r.atBest().value()).isLessThanOrEqualTo(r.atNominal().value() + 1e-3);
        assertThat(r.atBest().gradient()).isNull();
        assertThat(r.covariance()).isNull();
        assertThat(r.standardError(0)).isNaN();
    }

    /**
     * Liu_IFACPapersOnLine2025 with a delay of 0.5 on its extinction event (watched on the state): the sensitivities'
     * jump of a delayed watched event is not implemented, so its values evaluate (the event does not fire at the
     * nominal parameters: Liu's objective) while a gradient is refused with the reason, never computed wrong.
     */
    @Test
    void aDelayedEventWatchedOnTheStateHasValuesButItsGradientIsRefusedWithTheReason() throws IOException {
        String name = "Liu_IFACPapersOnLine2025";
        Path original = PetabCollection.yaml(name);
        try (var files = Files.list(PetabCollection.FOLDER.resolve(name))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path sbml = dir.resolve("model.xml");
        String text = Files.readString(sbml);
        assertThat(text).contains("</trigger>");
        Files.writeString(sbml, text.replace("</trigger>", "</trigger><delay><math"
                + " xmlns=\"http://www.w3.org/1998/Math/MathML\"><cn> 0.5 </cn></math></delay>"));
        EstimationProblem delayed = ProblemLoader.load(dir.resolve(name + ".yaml")).problem();
        Objective objective = new Objective(delayed, Objective.Settings.DEFAULT);
        assertThat(objective.gradientUnavailable()).isEqualTo("event _E0: sensitivities of a delayed event watched on"
                + " the state are not implemented");
        Evaluation e = objective.evaluate(delayed.nominal(), false);
        EstimationProblem liu = ProblemLoader.load(original).problem();
        assertThat(e.likelihood()).isEqualTo(new Objective(liu, Objective.Settings.DEFAULT)
                .evaluate(liu.nominal(), false).likelihood());
        assertThatThrownBy(() -> objective.evaluate(delayed.nominal(), true)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("gradients are not available: event _E0: sensitivities of a delayed event");
    }

    private static FitJob job(ProblemLoader.Loaded loaded, Method method) {
        Objective.Settings s = Objective.Settings.DEFAULT;
        return new FitJob(loaded.files(), s.tolerances().relative(), s.tolerances().absolute(),
                s.steadyStateMaxTime(), method, TrustRegionReflective.Options.DEFAULT, 1);
    }
}
