package org.aftermath.sbml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.kernel.sim.GridSampler;
import org.aftermath.kernel.sim.SimulationObserver;
import org.aftermath.kernel.sim.Simulator;
import org.aftermath.ode.DenseStep;
import org.aftermath.ode.IntegrationException;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.ode.Tolerances;

/**
 * Simulates an imported SBML model the way the SBML Test Suite and libRoadRunner users expect: a
 * time course on an even grid from start to end, one column per requested SBML id (species as
 * amount or concentration), values at an event time shown after the event. Simultaneous events
 * of equal priority run in a seeded random order (SBML leaves it undefined).
 */
public final class SbmlSimulation {

    /** A column: an SBML id and, for a species, how it is reported (null: as SBML reads it). */
    public record Output(String id, SbmlModel.Quantity quantity) {
        public Output {
            quantity = quantity == null ? SbmlModel.Quantity.DEFAULT : quantity;
        }
    }

    private final SbmlModel sbml;
    private final List<Output> outputs;
    private final CompiledModel compiled;

    /**
     * @param sbml    the imported model
     * @param outputs the columns, in order
     * @param backend how the kernel evaluates the model
     * @throws org.aftermath.kernel.model.ModelException if the kernel cannot compile the model
     * @throws IllegalArgumentException if an output id is not in the model
     */
    public SbmlSimulation(SbmlModel sbml, List<Output> outputs, ModelCompiler.Backend backend) {
        this.sbml = sbml;
        this.outputs = List.copyOf(outputs);
        List<Map.Entry<String, SbmlModel.Quantity>> wanted = new ArrayList<>();
        for (Output o : outputs) {
            wanted.add(Map.entry(o.id(), o.quantity()));
        }
        this.compiled = ModelCompiler.compile(sbml.withOutputs(wanted), backend);
    }

    /** @return the compiled model (with one observable per output) */
    public CompiledModel compiled() {
        return compiled;
    }

    /**
     * @param start      first output time
     * @param end        last output time, &gt;= start
     * @param steps      number of intervals (steps + 1 rows)
     * @param tolerances integrator tolerances
     * @param seed       seed of the order of simultaneous events of equal priority
     * @param deadline   {@link System#nanoTime()} after which the run stops with an
     *                   {@link IntegrationException}, or {@link Long#MAX_VALUE}
     * @return the time course
     */
    public ResultTable run(double start, double end, int steps, Tolerances tolerances, long seed, long deadline) {
        return run(start, end, steps, "auto", tolerances, seed, deadline);
    }

    /**
     * Like {@link #run(double, double, int, Tolerances, long, long)} with an integrator chosen by name
     * ({@link org.aftermath.ode.IntegratorKind#ids()}).
     */
    public ResultTable run(double start, double end, int steps, String integrator, Tolerances tolerances, long seed,
                           long deadline) {
        if (!(end >= start) || steps < 1) {
            throw new IllegalArgumentException("need end >= start and at least 1 step, got start " + start + ", end "
                    + end + ", steps " + steps);
        }
        List<String> header = new ArrayList<>();
        header.add("time");
        outputs.forEach(o -> header.add(o.id()));
        List<String> names = sbml.outputNames(outputs.size());
        int[] index = new int[names.size()];
        for (int k = 0; k < index.length; k++) {
            index[k] = compiled.observableIndex(names.get(k));
        }
        double[][] rows = new double[steps + 1][];
        double[] observables = new double[compiled.observableNames().size()];
        double h = (end - start) / steps;
        int[] filled = {0};
        GridSampler grid = new GridSampler(h > 0 ? h : 1, (t, y, p) -> {
            if (filled[0] > steps) {
                return;
            }
            compiled.observables(t, y, p, observables);
            double[] row = new double[index.length + 1];
            row[0] = start + filled[0] * h;
            for (int k = 0; k < index.length; k++) {
                row[k + 1] = observables[index[k]];
            }
            rows[filled[0]++] = row;
        });
        SimulationObserver watchdog = new SimulationObserver() {
            @Override
            public void step(DenseStep step, double[] p) {
                if (System.nanoTime() > deadline) {
                    throw new IntegrationException("simulator", IntegrationException.Reason.ATTEMPT_LIMIT,
                            "time limit reached", step.end());
                }
            }
        };
        Simulator simulator = new Simulator(compiled).withRandomTies(seed);
        if (h > 0) {
            simulator = simulator.withSegmentsOf(h);
        }
        simulator.run(null, start, end,
                IntegratorKind.of(integrator).create(tolerances), List.of(watchdog, grid));
        if (filled[0] != steps + 1) {
            throw new IllegalStateException("expected " + (steps + 1) + " rows, sampled " + filled[0]);
        }
        return new ResultTable(header, rows);
    }
}
