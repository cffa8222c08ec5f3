package org.aftermath.sbml;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.sim.GridSampler;
import org.aftermath.kernel.sim.Simulator;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.ode.Tolerances;

/** A kernel model simulated from 0 with the automatic integrator, observables sampled on an even grid. */
final class GridRun {

    private GridRun() { }

    /** @return rows: time, then each observable; {@code steps + 1} rows from 0 to {@code end} */
    static List<double[]> simulate(Model model, double end, int steps, Tolerances tolerances, String... observables) {
        CompiledModel compiled = ModelCompiler.compile(model);
        int[] index = java.util.Arrays.stream(observables).mapToInt(compiled::observableIndex).toArray();
        double[] obs = new double[compiled.observableNames().size()];
        List<double[]> rows = new ArrayList<>();
        new Simulator(compiled).run(null, 0, end, IntegratorKind.AUTO.create(tolerances), List.of(new GridSampler(end / steps,
                (t, y, p) -> {
                    compiled.observables(t, y, p, obs);
                    double[] row = new double[index.length + 1];
                    row[0] = t;
                    for (int k = 0; k < index.length; k++) {
                        row[k + 1] = obs[index[k]];
                    }
                    rows.add(row);
                })));
        return rows;
    }
}
