package org.aftermath.kernel.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.model.Model;
import org.aftermath.ode.OdeSystem;
import org.junit.jupiter.api.Test;

/** The generated code declares exactly where its Jacobian can be non-zero. */
class JacobianPatternTest {

    @Test
    void aChainDeclaresItsEntriesByHand() {
        // A -> B -> C with mass action: ∂A'/∂A, ∂B'/∂A, ∂B'/∂B, ∂C'/∂B
        OdeSystem f = ModelCompiler.compile(AntimonyReader.parse("""
                species A = 1;
                species B = 0;
                species C = 0;
                k1 = 2;
                k2 = 3;
                A -> B; k1 * A;
                B -> C; k2 * B;
                """, "chain.ant")).system(new double[] {2, 3, 1});
        assertThat(f.jacobianPattern()).containsExactlyInAnyOrder(0, 3, 4, 7);
    }

    @Test
    void randomModelsWriteNoNonZeroOutsideTheirPattern() {
        Random rnd = new Random(3);
        for (long seed = 1; seed <= 30; seed++) {
            Model model = RandomModels.model(seed, false);
            CompiledModel m = ModelCompiler.compile(model);
            int n = m.stateNames().size();
            double[] p = m.defaultParameters();
            OdeSystem f = m.system(p);
            Set<Integer> pattern = IntStream.of(f.jacobianPattern()).boxed().collect(Collectors.toSet());
            double[] jac = new double[n * n];
            for (int trial = 0; trial < 10; trial++) {
                double[] y = new double[n];
                for (int i = 0; i < n; i++) {
                    y[i] = rnd.nextDouble() * 4 - 1;
                }
                f.jacobian(rnd.nextDouble() * 10, y, jac);
                for (int q = 0; q < n * n; q++) {
                    if (jac[q] != 0) {
                        assertThat(pattern).as("seed %d: entry (%d, %d)", seed, q / n, q % n).contains(q);
                    }
                }
            }
        }
    }
}
