package org.aftermath.kernel.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.aftermath.kernel.model.Model;
import org.junit.jupiter.api.Test;

/** One observable alone is the same number as in the full evaluation, on both back-ends. */
class SingleObservableTest {

    @Test
    void eachObservableAloneIsBitIdenticalToTheFullEvaluation() {
        Random rnd = new Random(17);
        for (long seed = 1; seed <= 30; seed++) {
            Model model = RandomModels.model(seed, false);
            for (ModelCompiler.Backend backend : ModelCompiler.Backend.values()) {
                CompiledModel m = ModelCompiler.compile(model, backend);
                int n = m.stateNames().size();
                double[] p = m.defaultParameters();
                double[] all = new double[m.observableNames().size()];
                for (int trial = 0; trial < 10; trial++) {
                    double t = 10 * rnd.nextDouble();
                    double[] y = new double[n];
                    for (int i = 0; i < n; i++) {
                        y[i] = rnd.nextDouble() * 4 - 1;
                    }
                    m.observables(t, y, p, all);
                    for (int k = 0; k < all.length; k++) {
                        assertThat(Double.doubleToRawLongBits(m.observable(k, t, y, p)))
                                .as("seed %d, %s, observable %s", seed, backend, m.observableNames().get(k))
                                .isEqualTo(Double.doubleToRawLongBits(all[k]));
                    }
                }
            }
        }
    }
}
