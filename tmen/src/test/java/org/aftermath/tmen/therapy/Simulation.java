package org.aftermath.tmen.therapy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.kernel.sim.EventLog;
import org.aftermath.kernel.sim.GridSampler;
import org.aftermath.kernel.sim.NadirTracker;
import org.aftermath.kernel.sim.Simulator;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.ode.Tolerances;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.ScenarioReader;

/** Test helper: compiles a scenario text and samples observables on a grid with tight tolerances. */
final class Simulation {
    final CompiledScenario compiled;
    final CompiledModel model;
    final List<Double> times = new ArrayList<>();
    final List<double[]> observables = new ArrayList<>();
    final EventLog log = new EventLog();
    final NadirTracker nadir = new NadirTracker("tumor_cells");

    private Simulation(String yaml, double step) {
        compiled = ScenarioCompiler.compile(ScenarioReader.read(yaml, "test.yaml"), Map.of());
        model = ModelCompiler.compile(compiled.model());
        GridSampler sampler = new GridSampler(step, (t, y, p) -> {
            double[] obs = new double[model.observableNames().size()];
            model.observables(t, y, p, obs);
            times.add(t);
            observables.add(obs);
        });
        new Simulator(model).run(null, 0, compiled.days(),
                IntegratorKind.AUTO.create(new Tolerances(1e-10, 1e-12)), List.of(sampler, log, nadir));
    }

    static Simulation run(String yaml, double step) {
        return new Simulation(yaml, step);
    }

    /** @return the observable at a grid time (exact grid match) */
    double at(String observable, double t) {
        int index = model.observableIndex(observable);
        for (int i = 0; i < times.size(); i++) {
            if (Math.abs(times.get(i) - t) < 1e-9) {
                return observables.get(i)[index];
            }
        }
        throw new IllegalArgumentException("no grid time " + t);
    }

    /** @return a species' amount just before the event with this id */
    double stateBefore(String species, String eventId) {
        int index = model.stateIndex(species);
        return log.entries().stream().filter(e -> e.eventId().equals(eventId)).findFirst().orElseThrow().before()[index];
    }

    static String scenario(String growth, double cells, double days, String treatments, String extra) {
        // The pharmacology alone: closed forms of PK, Norton-Simon kill and LQ hold without the
        // damaged-microenvironment model (stroma, DDSP, cancer-cell states).
        return "name: t\ndays: " + days + "\ntumor:\n  cells: " + cells + "\n  growth: " + growth
                + "\nmicroenvironment: false\ntreatments:\n" + treatments + extra;
    }
}
