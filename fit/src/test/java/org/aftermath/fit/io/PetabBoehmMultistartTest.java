package org.aftermath.fit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.aftermath.cohort.tasks.LocalIndexedExecutor;
import org.aftermath.fit.FitOptions;
import org.aftermath.fit.FitResult;
import org.aftermath.fit.FitRun;
import org.aftermath.fit.optimize.FitJob;
import org.aftermath.fit.optimize.Method;
import org.aftermath.fit.optimize.StartResult;
import org.aftermath.fit.optimize.TrustRegionReflective;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * A multistart fit of the PEtab benchmark problem Boehm_JProteomeRes2014 from random starts, with exactly the
 * defaults of {@code aftermath fit} (20 Latin-hypercube starts over the whole box, seed 1, rtol 1e-8, atol 1e-10,
 * the trust-region method): the best start reaches the nominal objective of the collection (the published fit) or
 * better, and the starts end by a convergence test, not at the iteration limit (the earlier method crawled along
 * the k_imp_homo/k_phos valley and left 13 of the 20 there). The seed and the number of starts are the command's defaults, not chosen for this test.
 */
class PetabBoehmMultistartTest {

    @Test
    void randomStartsReachTheNominalObjective() {
        Path yaml = PetabCollection.yaml("Boehm_JProteomeRes2014");
        ProblemLoader.Loaded loaded = ProblemLoader.load(yaml);
        FitJob job = new FitJob(loaded.files(), 1e-8, 1e-10, 1e9, Method.TRUST_REGION,
                TrustRegionReflective.Options.DEFAULT, 1);
        FitResult result = FitRun.run(loaded.problem(), job, FitOptions.DEFAULT, new LocalIndexedExecutor(2),
                FitRun.Progress.NONE);

        double nominal = result.atNominal().value();
        // AMICI's reference (tests/benchmark-models/benchmark_models.yaml), also pyPESTO's and PEtab.jl's
        assertThat(nominal).isCloseTo(138.22199693517703, Offset.offset(1e-4));
        assertThat(result.starts()).hasSize(20);
        assertThat(result.atBest().value()).isLessThanOrEqualTo(nominal + 1e-3);
        // the earlier method left 13 of these 20 starts at the 200-iteration limit; now at most a stray one
        assertThat(result.starts().stream().filter(s -> s.exit().equals("iterations"))).hasSizeLessThanOrEqualTo(2);
        assertThat(result.starts().stream().filter(StartResult::ok)).hasSize(20);
    }
}
