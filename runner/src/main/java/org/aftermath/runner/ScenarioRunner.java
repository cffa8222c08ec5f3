package org.aftermath.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.kernel.sim.DomainGuard;
import org.aftermath.kernel.sim.EventLog;
import org.aftermath.kernel.sim.GridSampler;
import org.aftermath.kernel.sim.NadirTracker;
import org.aftermath.kernel.sim.SimulationObserver;
import org.aftermath.kernel.sim.SimulationResult;
import org.aftermath.kernel.sim.Simulator;
import org.aftermath.ode.DenseStep;
import org.aftermath.ode.IntegrationException;
import org.aftermath.ode.Integrator;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.microenvironment.Modulation;
import org.aftermath.tmen.regimen.Dose;
import org.aftermath.tmen.scenario.EndpointSettings;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.therapy.Radiotherapy;

/**
 * Runs a compiled scenario from day 0 to its horizon and derives the time course and the
 * summary. Stateless and thread-safe.
 */
public final class ScenarioRunner {

    /** The observable every tumour model provides: living cancer cells. */
    public static final String TUMOR_CELLS = "tumor_cells";
    /** Time-course column: the burden as a volume, cm³ ({@link Endpoints#volumeCm3}). */
    public static final String TUMOR_VOLUME = "tumor_volume_cm3";
    /** The most rows of an output grid (the time course), about 70 MB for the full model's columns. */
    public static final int MAX_ROWS = 200_000;
    /** Time-course column: the diameter of a sphere of that volume, cm. */
    public static final String TUMOR_DIAMETER = "tumor_diameter_cm";

    private ScenarioRunner() { }

    /**
     * Compiles the scenario's model and runs it.
     *
     * @param scenario the compiled scenario
     * @param options  output step, integrator, tolerances, seed
     * @return the run's outputs
     * @throws org.aftermath.kernel.model.ModelException if the model does not compile
     * @throws org.aftermath.ode.IntegrationException if integration fails
     */
    public static RunResult run(CompiledScenario scenario, RunOptions options) {
        return run(scenario, prepare(scenario, options), options);
    }

    /**
     * Everything a run checks before it integrates, without integrating ({@code run --dry-run}
     * agrees with {@code run}): the output grid's row budget, the model compiles (every model
     * file problem, with file and line) and has the observable {@value #TUMOR_CELLS}, and its
     * initial state is finite and inside the domains of the species the model marks.
     *
     * @param scenario the compiled scenario
     * @param options  output step, integrator, tolerances
     * @return the compiled model, to run with {@link #run(CompiledScenario, CompiledModel, RunOptions)}
     * @throws ScenarioException if the output grid is too large
     * @throws org.aftermath.kernel.model.ModelException if the model does not compile
     * @throws org.aftermath.ode.IntegrationException if the initial state is not finite or leaves a domain
     */
    public static CompiledModel prepare(CompiledScenario scenario, RunOptions options) {
        checkOutputGrid(scenario.scenario().source(), scenario.days(), options.outputStep());
        CompiledModel model = ModelCompiler.compile(scenario.model());
        tumorIndex(model);
        double[] p = model.defaultParameters();
        double[] y = new double[model.stateNames().size()];
        model.initialize(p, y);
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IntegrationException(options.integrator().id(), IntegrationException.Reason.NON_FINITE,
                        "the initial value of " + model.stateNames().get(i) + " is " + y[i], 0);
            }
        }
        new DomainGuard(model, options.integrator().id(), options.tolerances(), null).start(model, 0, y, p);
        return model;
    }

    private static int tumorIndex(CompiledModel model) {
        int tumorIndex = model.observableIndex(TUMOR_CELLS);
        if (tumorIndex < 0) {
            throw new IllegalArgumentException("the model has no observable '" + TUMOR_CELLS
                    + "' (observables: " + model.observableNames() + ")");
        }
        return tumorIndex;
    }

    /**
     * {@link #run(CompiledScenario, CompiledModel, RunOptions)}, telling {@code progress} the simulated day at the
     * end of every accepted integration step (for a progress display; called on this thread, cheap calls only).
     *
     * @param model    {@link #prepare}'s compiled model of the scenario
     * @param progress receives the day reached, increasing from 0 to the horizon
     */
    public static RunResult run(CompiledScenario scenario, CompiledModel model, RunOptions options,
                                DoubleConsumer progress) {
        return run(scenario, model, options, List.of(new SimulationObserver() {
            @Override
            public void step(DenseStep step, double[] p) {
                progress.accept(step.end());
            }
        }));
    }

    /**
     * Runs an already compiled model of the scenario (compile once, run many times).
     *
     * @param scenario the compiled scenario
     * @param model    {@code ModelCompiler.compile(scenario.model())}
     * @param options  output step, integrator, tolerances, seed
     * @return the run's outputs
     */
    public static RunResult run(CompiledScenario scenario, CompiledModel model, RunOptions options) {
        return run(scenario, model, options, List.of());
    }

    private static RunResult run(CompiledScenario scenario, CompiledModel model, RunOptions options,
                                 List<SimulationObserver> extra) {
        checkOutputGrid(scenario.scenario().source(), scenario.days(), options.outputStep());
        int tumorIndex = tumorIndex(model);
        boolean full = options.observation() == RunOptions.Observation.FULL;
        List<String> columns = full ? columns(model) : List.of("day", TUMOR_CELLS, TUMOR_VOLUME, TUMOR_DIAMETER);
        int[] order = full ? columnOrder(model, tumorIndex) : new int[] {tumorIndex};
        List<double[]> rows = new ArrayList<>();
        double[] obs = new double[model.observableNames().size()];
        EndpointSettings settings = scenario.scenario().endpoints();
        GridSampler sampler = new GridSampler(options.outputStep(), (t, y, p) -> {
            model.observables(t, y, p, obs);
            double[] row = new double[order.length + 3];
            row[0] = t;
            row[1] = obs[order[0]];
            row[2] = Endpoints.volumeCm3(row[1], settings);
            row[3] = Endpoints.diameterCm(row[1], settings);
            for (int i = 1; i < order.length; i++) {
                row[i + 3] = obs[order[i]];
            }
            rows.add(row);
        });
        NadirTracker nadir = new NadirTracker(TUMOR_CELLS);
        EventLog events = new EventLog();
        StartParameters start = new StartParameters();
        ProgressionTracker progression = new ProgressionTracker(TUMOR_CELLS, Endpoints.progressionRatio(settings),
                settings.detectableCells());
        AssessmentSampler scans = new AssessmentSampler(TUMOR_CELLS, assessmentDays(scenario));
        ExposureTracker exposure = new ExposureTracker(full ? scenario.agents() : List.of(), scenario.days());
        FactorTracker factors = full ? new FactorTracker(null, null) : null;
        FactorTracker modulators = full ? modulatorTracker(scenario) : null;
        List<SimulationObserver> observers = new ArrayList<>(List.of(start, sampler, nadir, events, progression));
        observers.addAll(extra);
        if (full) {
            observers.addAll(List.of(exposure, scans, factors, modulators));
        } else {
            observers.add(scans);
        }

        double[] scales = options.pkScaledTolerance() ? PkToleranceScales.of(scenario.agents(), model) : null;
        Integrator integrator = options.integrator().create(options.tolerances(), scales);
        observers.add(0, new DomainGuard(model, integrator.name(), options.tolerances(), scales));
        SimulationResult sim = new Simulator(model).run(null, 0.0, scenario.days(), integrator, observers);

        Map<String, Double> startValues = start.values(model);
        List<Assessment> assessments = scans.samples().stream()
                .map(v -> new Assessment(v[0], v[1], Endpoints.diameterCm(v[1], settings))).toList();
        RunSummary summary = summarise(scenario, nadir, events, tumorIndex, progression, exposure, startValues,
                assessments, full ? factors.factors(scenario.days()) : Map.of(),
                full ? modulatorSummaries(scenario, modulators) : List.of());
        return new RunResult(scenario, options, new Timeseries(columns, rows), summary, startValues, sim);
    }

    /**
     * Refuses an output grid of more than {@link #MAX_ROWS} rows (a time course held in memory
     * and written as timeseries.csv), before anything runs.
     *
     * @param source the scenario's file, for the message
     * @param days   the horizon, days
     * @param step   the grid spacing, days
     * @throws ScenarioException {@code <source>: days: ... with --step ... gives N rows ...}
     */
    public static void checkOutputGrid(String source, double days, double step) {
        double rows = Math.floor(days / step) + 1;
        if (rows > MAX_ROWS) {
            throw new ScenarioException(source, "days", Dose.formatDay(days) + " days with --step " + step + " gives "
                    + String.format(java.util.Locale.ROOT, "%.0f", rows) + " output rows (at most " + MAX_ROWS
                    + "; use --step " + String.format(java.util.Locale.ROOT, "%.3g", days / (MAX_ROWS - 1)) + " or more,"
                    + " or a shorter horizon)");
        }
    }

    private static List<String> columns(CompiledModel model) {
        List<String> columns = new ArrayList<>();
        columns.add("day");
        columns.add(TUMOR_CELLS);
        columns.add(TUMOR_VOLUME);
        columns.add(TUMOR_DIAMETER);
        for (String name : model.observableNames()) {
            if (!name.equals(TUMOR_CELLS)) {
                columns.add(name);
            }
        }
        return columns;
    }

    private static int[] columnOrder(CompiledModel model, int tumorIndex) {
        int n = model.observableNames().size();
        int[] order = new int[n];
        order[0] = tumorIndex;
        int k = 1;
        for (int i = 0; i < n; i++) {
            if (i != tumorIndex) {
                order[k++] = i;
            }
        }
        return order;
    }

    private static RunSummary summarise(CompiledScenario scenario, NadirTracker nadir, EventLog events,
                                     int tumorIndex, ProgressionTracker progression, ExposureTracker exposure,
                                     Map<String, Double> startValues, List<Assessment> assessments,
                                     Map<String, FactorSummary> factors, List<ModulatorSummary> modulators) {
        Map<String, Dose> byEvent = new HashMap<>();
        for (Dose d : scenario.doses()) {
            byEvent.put(d.eventId(), d);
        }
        List<DoseOutcome> doses = new ArrayList<>();
        for (EventLog.Entry e : events.entries()) {
            Dose d = byEvent.get(e.eventId());
            if (d != null) {
                doses.add(new DoseOutcome(d.day(), d.treatment(), e.before()[tumorIndex], e.after()[tumorIndex]));
            }
        }
        List<SkippedDose> skipped = scenario.skipped().stream()
                .map(d -> new SkippedDose(d.day(), d.treatment())).toList();
        double recovery = nadir.recoveryTime();
        EndpointSettings settings = scenario.scenario().endpoints();
        Endpoints.Assessed response;
        boolean continuous = settings.assessment() instanceof EndpointSettings.Continuous;
        if (continuous) {
            double ttp = progression.progressionTime();
            response = new Endpoints.Assessed(
                    Endpoints.bestResponse(settings, nadir.initialValue(), nadir.nadir(), !Double.isNaN(ttp)),
                    Double.isNaN(ttp) ? null : ttp);
        } else {
            response = Endpoints.fromAssessments(settings, assessments);
        }
        return new RunSummary(scenario.scenario().name(), nadir.initialValue(), nadir.finalValue(),
                nadir.nadir(), nadir.nadirTime(), Double.isNaN(recovery) ? null : recovery,
                doses, skipped, scenario.warnings(),
                Endpoints.diameterCm(nadir.initialValue(), settings), Endpoints.diameterCm(nadir.nadir(), settings),
                response.bestResponse(), response.timeToProgressionDays(),
                Endpoints.cureProbability(nadir.nadir()), nadir.nadir() < 1,
                settings, continuous ? List.of() : assessments,
                exposure.exposures(), bed(scenario.radiotherapy(), startValues), factors, modulators);
    }

    /** @return a tracker of each modulation's observable from its agent's first dose */
    private static FactorTracker modulatorTracker(CompiledScenario scenario) {
        List<Modulation> ms = scenario.modulators();
        double[] from = new double[ms.size()];
        for (int i = 0; i < ms.size(); i++) {
            from[i] = firstDose(scenario, ms.get(i).agent());
        }
        return new FactorTracker(ms.stream().map(Modulation::observable).toList(), from);
    }

    private static double firstDose(CompiledScenario scenario, String agent) {
        return scenario.agents().stream().filter(a -> a.agentId().equals(agent)).findFirst()
                .map(a -> a.doseDays().isEmpty() ? scenario.days() : a.doseDays().get(0)).orElse(scenario.days());
    }

    private static List<ModulatorSummary> modulatorSummaries(CompiledScenario scenario, FactorTracker t) {
        List<ModulatorSummary> out = new ArrayList<>();
        List<Modulation> ms = scenario.modulators();
        for (int i = 0; i < ms.size(); i++) {
            Modulation m = ms.get(i);
            double span = scenario.days() - firstDose(scenario, m.agent());
            double peak = t.peak(i);
            out.add(new ModulatorSummary(m.agent(), m.target(), m.port(), m.observable(), m.unit(),
                    Double.isFinite(peak) ? peak : 0, t.peakDay(i), span > 0 ? t.integral(i) / span : 0));
        }
        return out;
    }

    /**
     * @return the assessment days: day 0, then the days of cytotoxic doses ({@code before_doses};
     *         modulators given between cycles are not restaging points) or every N days
     *         ({@code every_days}), then the horizon; none for {@code continuous}
     */
    static double[] assessmentDays(CompiledScenario scenario) {
        EndpointSettings settings = scenario.scenario().endpoints();
        java.util.TreeSet<Double> days = new java.util.TreeSet<>();
        if (settings.assessment() instanceof EndpointSettings.Continuous) {
            return new double[0];
        }
        days.add(0.0);
        if (settings.assessment() instanceof EndpointSettings.EveryDays e) {
            for (long k = 1; k * e.days() < scenario.days(); k++) {
                days.add(k * e.days());
            }
        } else {
            scenario.doses().stream().filter(Dose::cytotoxic).forEach(d -> days.add(d.day()));
        }
        days.add(scenario.days());
        return days.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** @return the course's BED with the parameter values at the start of the run, or null */
    private static Bed bed(Radiotherapy rt, Map<String, Double> p) {
        if (rt == null) {
            return null;
        }
        double tumor = rt.tumorBed(p.get(Radiotherapy.ALPHA), p.get(Radiotherapy.BETA), p.get(Radiotherapy.TPOT),
                p.get(Radiotherapy.KICKOFF));
        return new Bed(tumor, rt.lateBed(p.get(Radiotherapy.ALPHA_BETA_LATE)), rt.fractions(), rt.doseGy(), rt.overallDays());
    }

    /** Captures the parameter vector at t = 0, after initial assignments. */
    private static final class StartParameters implements SimulationObserver {
        private double[] p;

        @Override
        public void start(CompiledModel model, double t0, double[] y, double[] p) {
            this.p = p.clone();
        }

        Map<String, Double> values(CompiledModel model) {
            Map<String, Double> values = new LinkedHashMap<>();
            List<String> names = model.parameterNames();
            for (int i = 0; i < names.size(); i++) {
                values.put(names.get(i), p[i]);
            }
            return Collections.unmodifiableMap(values);
        }
    }
}
