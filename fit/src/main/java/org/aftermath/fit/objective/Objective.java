package org.aftermath.fit.objective;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.aftermath.fit.io.ProblemException;
import org.aftermath.fit.problem.Condition;
import org.aftermath.fit.problem.EstimationProblem;
import org.aftermath.fit.problem.Measurement;
import org.aftermath.fit.problem.ObservableDefinition;
import org.aftermath.fit.problem.ProblemParameter;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.kernel.compile.TangentModel;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.sim.SensitivitySimulator;
import org.aftermath.ode.IntegrationException;
import org.aftermath.ode.Tolerances;

/**
 * The objective of an {@link EstimationProblem} as a function of the estimated parameters on their scales, with
 * its gradient from forward sensitivities (never difference quotients) and the Gauss–Newton approximation of its
 * Hessian (the Fisher information of the measurements and priors).
 *
 * <p>Per experiment (a simulation condition, possibly after preequilibration to steady state under another):
 * the model's parameter vector is the model's values with every parameter of the problem's table set to θ
 * (estimated: from x; fixed: nominal) and the condition's values on top; the sensitivity directions are the
 * estimated parameters that reach the model (the others — scalings, noise parameters — enter only the
 * observables). The model is integrated with its sensitivities ({@link SensitivitySimulator}) to each
 * measurement time, the step chosen by the state's local error only (CVODES' default, {@code errconS} false: the
 * sensitivities ride on the state's steps; with them in the error test the steps doubled on Boehm, Fujita and
 * Crauste for the same agreement with finite differences); measurements at +∞ are taken at steady state after the
 * last finite time. A value alone integrates the state only, through the same integrator and steps, so it needs no
 * tangent code: that is generated on the first gradient ({@link #gradientUnavailable}), and a model whose tangent
 * code cannot be generated (too large for one Java class, or running interpreted) still has values.
 *
 * <p>Per measurement: h and σ from the observable's formulas (model symbols, parameters and the row's
 * placeholders); with r = t(y) − t(h) the contribution is the noise model's negative log density of r plus the
 * transformation's Jacobian ({@code ln y} for log, {@code ln(y ln 10)} for log10), as PEtab defines it. Immutable
 * and thread-safe: each evaluation simulates afresh.
 */
public final class Objective {

    /**
     * How the models are simulated.
     *
     * @param tolerances            integrator tolerances of the state and sensitivities
     * @param steadyStateMaxTime    the longest simulated time allowed to reach a steady state
     */
    public record Settings(Tolerances tolerances, double steadyStateMaxTime) {
        /** rtol 1e-8, atol 1e-10 (AMICI's relative default; an absolute one for states of order 1e-2 and up). */
        public static final Settings DEFAULT = new Settings(new Tolerances(1e-8, 1e-10), 1e9);
    }

    /**
     * Accepted steps allowed between two measurement times of an experiment (AMICI's default {@code maxsteps}):
     * beyond, the simulation fails and the objective is +∞ there, so an optimiser that wanders into a region where
     * the model is pathologically stiff backs off instead of spending minutes on one evaluation.
     */
    public static final int STEP_LIMIT = 10_000;

    private final EstimationProblem problem;
    private final Settings settings;
    private final List<ProblemParameter> estimated;
    private final Map<String, Integer> estimatedIndex = new HashMap<>();
    private final List<ProblemParameter> table;
    private final Map<String, Integer> tableIndex = new HashMap<>();
    private final List<ExperimentPlan> experiments = new ArrayList<>();
    /** The distinct models of the experiments. */
    private final List<Compiled> models;
    private final int measurementCount;

    /**
     * @param problem  the problem (checked by its reader: every name resolves)
     * @param settings solver settings
     * @throws IllegalArgumentException if a formula or condition reads a name that is neither a model symbol nor a
     *                                  parameter of the table, or a condition sets what is not in its model
     * @throws ProblemException         if a model cannot be simulated here (one line: why; delays, fast reactions)
     */
    public Objective(EstimationProblem problem, Settings settings) {
        this.problem = problem;
        this.settings = settings;
        this.estimated = problem.estimated();
        for (int k = 0; k < estimated.size(); k++) {
            estimatedIndex.put(estimated.get(k).id(), k);
        }
        this.table = problem.parameters();
        for (int j = 0; j < table.size(); j++) {
            tableIndex.put(table.get(j).id(), j);
        }
        Map<Model, Compiled> compiled = new HashMap<>();
        Map<String, Condition> conditions = problem.conditionTable();
        Map<String, ObservableDefinition> observables = problem.observableTable();
        Map<Measurement.Experiment, List<Integer>> groups = new LinkedHashMap<>();
        List<Measurement> ms = problem.measurements();
        for (int i = 0; i < ms.size(); i++) {
            groups.computeIfAbsent(ms.get(i).experiment(), e -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<Measurement.Experiment, List<Integer>> g : groups.entrySet()) {
            Condition sim = conditions.get(g.getKey().simulation());
            Condition pre = g.getKey().preequilibration() == null ? null
                    : conditions.get(g.getKey().preequilibration());
            if (sim == null || (g.getKey().preequilibration() != null && pre == null)) {
                throw new IllegalArgumentException("experiment " + g.getKey().label() + " names an unknown condition");
            }
            if (pre != null && !pre.model().equals(sim.model())) {
                throw new IllegalArgumentException("experiment " + g.getKey().label()
                        + ": preequilibration and simulation conditions simulate different models");
            }
            Compiled c = compiled.computeIfAbsent(sim.model(), m -> new Compiled(m, problem.source()));
            experiments.add(new ExperimentPlan(g.getKey(), c, pre == null ? null : conditionPlan(pre, c),
                    conditionPlan(sim, c), g.getValue(), observables));
        }
        this.models = List.copyOf(compiled.values());
        this.measurementCount = ms.size();
    }

    /**
     * Generates the tangent (sensitivity) code of every model on the first call; values alone never need it.
     *
     * @return why gradients cannot be computed (one line, for the first model whose tangent code cannot be
     *         generated: too large for one Java class, a model that runs interpreted, ...), or null when they can
     */
    public String gradientUnavailable() {
        for (Compiled c : models) {
            String why = c.unavailable();
            if (why != null) {
                return why;
            }
        }
        for (ExperimentPlan e : experiments) {
            int[] read = e.compiled.model.rightHandSideSwitches().parameters();
            for (ConditionPlan c : e.pre == null ? List.of(e.sim) : List.of(e.pre, e.sim)) {
                for (int i = 0; i < c.slots.length; i++) {
                    if (Arrays.binarySearch(read, c.slots[i]) >= 0 && c.slotValues[i].dependsOnEstimated()) {
                        return "the switch time of a piecewise input (a comparison of time with parameters) reads '"
                                + e.compiled.model.parameterNames().get(c.slots[i]) + "', which is estimated (the"
                                + " jump of the sensitivities at a moving switch is not implemented)";
                    }
                }
            }
        }
        return null;
    }

    /** @return the problem */
    public EstimationProblem problem() {
        return problem;
    }

    /** @return the settings */
    public Settings settings() {
        return settings;
    }

    /** @return the number of estimated parameters */
    public int dimension() {
        return estimated.size();
    }

    /**
     * @param k an estimated parameter's index
     * @return whether it reaches a model (a condition or model symbol reads it), not only observables and noise
     */
    public boolean entersModel(int k) {
        for (ExperimentPlan e : experiments) {
            if (Arrays.binarySearch(e.directions, k) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The objective; its value alone simulates the states only (no tangent code), the derivatives integrate the
     * sensitivities along (the same steps: the value is the same number either way, except after a steady state,
     * which with derivatives is reached when the sensitivities are at rest too).
     *
     * @param x           the estimated parameters on their scales
     * @param derivatives whether to compute the gradient and the Fisher information
     * @return the objective there
     * @throws ProblemException when derivatives are asked for and {@link #gradientUnavailable} is not null
     */
    public Evaluation evaluate(double[] x, boolean derivatives) {
        if (x.length != estimated.size()) {
            throw new IllegalArgumentException("expected " + estimated.size() + " parameters, got " + x.length);
        }
        int m = estimated.size();
        Accumulator acc = new Accumulator(m, derivatives, measurementCount);
        Point point = point(x);
        for (ExperimentPlan e : experiments) {
            String failure = e.simulate(point, acc, derivatives);
            if (failure != null) {
                return new Evaluation(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, null, null,
                        acc.simulated, acc.sigma, failure, acc.steps);
            }
        }
        double prior = 0;
        for (int k = 0; k < m; k++) {
            ProblemParameter p = estimated.get(k);
            if (p.objectivePrior() != null) {
                prior += p.objectivePrior().negativeLogDensity(x[k], p.scale());
                if (derivatives) {
                    acc.gradient[k] += p.objectivePrior().derivative(x[k], p.scale());
                    acc.information[k * m + k] += p.objectivePrior().information(x[k], p.scale());
                }
            }
        }
        double value = acc.nll + prior;
        if (!Double.isFinite(value)) {
            return new Evaluation(Double.POSITIVE_INFINITY, acc.nll, prior, null, null, acc.simulated, acc.sigma,
                    Double.isFinite(acc.nll) ? "a prior density is 0 here" : "the likelihood is not finite",
                    acc.steps);
        }
        return new Evaluation(value, acc.nll, prior, derivatives ? acc.gradient : null,
                derivatives ? acc.information : null, acc.simulated, acc.sigma, "", acc.steps);
    }

    /**
     * A simulated observable over time, for plots.
     *
     * @param experiment the experiment's label
     * @param observable the observable id
     * @param times      the times
     * @param values     the observable (NaN where it cannot be evaluated)
     */
    public record Curve(String experiment, String observable, double[] times, double[] values) { }

    /**
     * The observables of every experiment on a grid of {@code points} times from 0 to its last finite measurement
     * time (with the placeholders of each observable's first measurement in that experiment).
     *
     * @param x      the parameters
     * @param points grid points per experiment (&ge; 2)
     * @return one curve per experiment and measured observable, in measurement order; empty for an experiment
     *         whose simulation fails
     */
    public List<Curve> curves(double[] x, int points) {
        Point pt = point(x);
        List<Curve> out = new ArrayList<>();
        for (ExperimentPlan e : experiments) {
            out.addAll(e.curves(pt, points));
        }
        return out;
    }

    private Point point(double[] x) {
        int m = estimated.size();
        double[] theta = new double[table.size()];
        for (int j = 0; j < table.size(); j++) {
            ProblemParameter p = table.get(j);
            Integer k = estimatedIndex.get(p.id());
            theta[j] = k == null ? p.nominal() : p.scale().toModel(x[k]);
        }
        double[] dTheta = new double[m];
        for (int k = 0; k < m; k++) {
            dTheta[k] = estimated.get(k).scale().derivative(x[k]);
        }
        return new Point(x, theta, dTheta);
    }

    // ------------------------------------------------------------------ plans

    /** The estimated values, θ of every table parameter and dθ/dx of the estimated ones. */
    private record Point(double[] x, double[] theta, double[] dTheta) { }

    /** Sums over measurements. */
    private static final class Accumulator {
        double nll;
        final double[] gradient;
        final double[] information;
        final double[] simulated;
        final double[] sigma;
        long steps;

        Accumulator(int m, boolean derivatives, int measurements) {
            gradient = new double[derivatives ? m : 0];
            information = new double[derivatives ? m * m : 0];
            simulated = new double[measurements];
            sigma = new double[measurements];
            Arrays.fill(simulated, Double.NaN);
            Arrays.fill(sigma, Double.NaN);
        }
    }

    /** A compiled model; its tangents generated on the first gradient, or why they cannot be. */
    private static final class Compiled {
        final CompiledModel model;
        private final String source;
        private TangentModel tangents;
        private String unavailable;

        /**
         * @throws ProblemException naming the problem's file when the model cannot be simulated here at all
         *                          ({@link SensitivitySimulator#unsupported})
         */
        Compiled(Model m, String source) {
            this.model = ModelCompiler.compile(m);
            this.source = source;
            String reason = SensitivitySimulator.unsupported(model);
            if (reason != null) {
                throw new ProblemException(source, "", "not supported: " + reason);
            }
        }

        /** @return why the tangents cannot be generated, or null (generating them on the first call) */
        synchronized String unavailable() {
            if (tangents == null && unavailable == null) {
                try {
                    tangents = TangentModel.of(model);
                } catch (IllegalStateException e) {
                    unavailable = "its sensitivity equations (" + model.stateNames().size() + " states, "
                            + model.parameterNames().size() + " parameters) are too large for one generated Java class";
                } catch (IllegalArgumentException e) {
                    unavailable = e.getMessage() + (e.getMessage().contains("generated") ? " (the model, "
                            + model.stateNames().size() + " states, is too large for generated code and runs"
                            + " interpreted)" : "");
                }
            }
            return unavailable;
        }

        /** @return the tangents (generated on the first call) */
        synchronized TangentModel tangents() {
            if (unavailable() != null) {
                throw new ProblemException(source, "", "gradients are not available: " + unavailable);
            }
            return tangents;
        }
    }

    /**
     * An expression of numbers and table parameters (a condition's value, a placeholder's value), with its
     * derivative by each estimated parameter.
     */
    private final class ThetaExpr {
        private final Formula formula;
        private final int[] table;
        private final int[] estimatedOf;

        ThetaExpr(Expr e, String where) {
            formula = new Formula(e);
            List<String> names = formula.names();
            table = new int[names.size()];
            estimatedOf = new int[names.size()];
            for (int i = 0; i < names.size(); i++) {
                Integer j = tableIndex.get(names.get(i));
                if (j == null) {
                    throw new IllegalArgumentException(where + ": '" + names.get(i) + "' is not a parameter of the"
                            + " parameter table");
                }
                table[i] = j;
                estimatedOf[i] = estimatedIndex.getOrDefault(names.get(i), -1);
            }
        }

        double value(Point pt) {
            return formula.value(values(pt));
        }

        private double[] values(Point pt) {
            double[] v = new double[table.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = pt.theta[table[i]];
            }
            return v;
        }

        /** Adds d value/dx_k · scale into {@code out[k]} for every estimated k. */
        void addGradient(Point pt, double scale, double[] out) {
            if (table.length == 0) {
                return;
            }
            double[] partials = new double[table.length];
            formula.partials(values(pt), partials);
            for (int i = 0; i < table.length; i++) {
                if (estimatedOf[i] >= 0) {
                    out[estimatedOf[i]] += scale * partials[i] * pt.dTheta[estimatedOf[i]];
                }
            }
        }

        boolean dependsOnEstimated() {
            for (int k : estimatedOf) {
                if (k >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What a condition sets in a compiled model: parameter slots and initial states. */
    private record ConditionPlan(int[] slots, ThetaExpr[] slotValues, int[] states, ThetaExpr[] stateValues) { }

    private ConditionPlan conditionPlan(Condition c, Compiled compiled) {
        CompiledModel model = compiled.model;
        Map<Integer, ThetaExpr> slots = new LinkedHashMap<>();
        for (String name : model.parameterNames()) {
            if (tableIndex.containsKey(name)) {
                slots.put(model.parameterIndex(name), new ThetaExpr(Expr.ref(name), "parameter " + name));
            }
        }
        Map<Integer, ThetaExpr> states = new LinkedHashMap<>();
        for (Map.Entry<String, Expr> o : c.overrides().entrySet()) {
            String where = "condition " + c.id() + ", " + o.getKey();
            int q = model.parameterIndex(o.getKey());
            int i = model.stateIndex(o.getKey());
            if (q >= 0) {
                slots.put(q, new ThetaExpr(o.getValue(), where));
            } else if (i >= 0) {
                states.put(i, new ThetaExpr(o.getValue(), where));
            } else {
                throw new IllegalArgumentException(where + ": the model has no parameter, compartment or species '"
                        + o.getKey() + "' that a condition can set");
            }
        }
        return new ConditionPlan(slots.keySet().stream().mapToInt(Integer::intValue).toArray(),
                slots.values().toArray(new ThetaExpr[0]),
                states.keySet().stream().mapToInt(Integer::intValue).toArray(),
                states.values().toArray(new ThetaExpr[0]));
    }

    /** How each name of an observable or noise formula is read. */
    private enum Kind { STATE, PARAMETER, MODEL_OBSERVABLE, TABLE, OBSERVABLE_PLACEHOLDER, NOISE_PLACEHOLDER, TIME }

    /** A formula with the source of each of its names in one compiled model. */
    private final class ResolvedFormula {
        final Formula formula;
        final Kind[] kinds;
        final int[] index;

        ResolvedFormula(Expr e, ObservableDefinition o, CompiledModel model, boolean noise) {
            formula = new Formula(e);
            List<String> names = formula.names();
            kinds = new Kind[names.size()];
            index = new int[names.size()];
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                int placeholder = ObservableDefinition.placeholder(n, noise ? "noiseParameter" : "observableParameter", o.id());
                if (n.equals("time")) {
                    kinds[i] = Kind.TIME;
                } else if (placeholder > 0) {
                    kinds[i] = noise ? Kind.NOISE_PLACEHOLDER : Kind.OBSERVABLE_PLACEHOLDER;
                    index[i] = placeholder - 1;
                } else if (model.stateIndex(n) >= 0) {
                    kinds[i] = Kind.STATE;
                    index[i] = model.stateIndex(n);
                } else if (tableIndex.containsKey(n)) {
                    kinds[i] = Kind.TABLE;
                    index[i] = tableIndex.get(n);
                } else if (model.parameterIndex(n) >= 0) {
                    kinds[i] = Kind.PARAMETER;
                    index[i] = model.parameterIndex(n);
                } else if (model.observableIndex(n) >= 0) {
                    kinds[i] = Kind.MODEL_OBSERVABLE;
                    index[i] = model.observableIndex(n);
                } else {
                    throw new IllegalArgumentException("observable " + o.id() + ": the " + (noise ? "noise " : "")
                            + "formula reads '" + n + "', which is neither a model symbol nor a parameter");
                }
            }
        }

        boolean reads(Kind k) {
            for (Kind kind : kinds) {
                if (kind == k) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One measurement, resolved against its experiment's model. */
    private record MeasurementPlan(int row, Measurement m, ObservableDefinition o, ResolvedFormula formula,
                                   ResolvedFormula noise, ThetaExpr[] observableParameters,
                                   ThetaExpr[] noiseParameters) { }

    /** One simulation and the measurements it serves. */
    private final class ExperimentPlan {
        final Measurement.Experiment id;
        final Compiled compiled;
        final ConditionPlan pre;
        final ConditionPlan sim;
        final double[] times;
        final List<List<MeasurementPlan>> atTime = new ArrayList<>();
        final List<MeasurementPlan> atSteadyState = new ArrayList<>();
        /** The estimated parameters that reach the model: the sensitivity directions. */
        final int[] directions;

        ExperimentPlan(Measurement.Experiment id, Compiled compiled, ConditionPlan pre, ConditionPlan sim,
                       List<Integer> rows, Map<String, ObservableDefinition> observables) {
            this.id = id;
            this.compiled = compiled;
            this.pre = pre;
            this.sim = sim;
            TreeSet<Double> ts = new TreeSet<>();
            List<MeasurementPlan> plans = new ArrayList<>();
            for (int row : rows) {
                Measurement m = problem.measurements().get(row);
                ObservableDefinition o = observables.get(m.observable());
                if (o == null) {
                    throw new IllegalArgumentException("measurement row " + m.row() + ": unknown observable '"
                            + m.observable() + "'");
                }
                CompiledModel model = compiled.model;
                plans.add(new MeasurementPlan(row, m, o, new ResolvedFormula(o.formula(), o, model, false),
                        new ResolvedFormula(o.noiseFormula(), o, model, true),
                        thetaExprs(m.observableParameters(), "measurement row " + m.row() + ", observableParameters"),
                        thetaExprs(m.noiseParameters(), "measurement row " + m.row() + ", noiseParameters")));
                if (Double.isFinite(m.time())) {
                    ts.add(m.time());
                }
            }
            times = ts.stream().mapToDouble(Double::doubleValue).toArray();
            for (int t = 0; t < times.length; t++) {
                atTime.add(new ArrayList<>());
            }
            for (MeasurementPlan p : plans) {
                if (Double.isFinite(p.m.time())) {
                    atTime.get(Arrays.binarySearch(times, p.m.time())).add(p);
                } else {
                    atSteadyState.add(p);
                }
            }
            TreeSet<Integer> reach = new TreeSet<>();
            for (ConditionPlan c : pre == null ? List.of(sim) : List.of(pre, sim)) {
                for (ThetaExpr v : c.slotValues) {
                    addEstimated(v, reach);
                }
                for (ThetaExpr v : c.stateValues) {
                    addEstimated(v, reach);
                }
            }
            directions = reach.stream().mapToInt(Integer::intValue).toArray();
        }

        private void addEstimated(ThetaExpr v, TreeSet<Integer> into) {
            for (int k : v.estimatedOf) {
                if (k >= 0) {
                    into.add(k);
                }
            }
        }

        /** The observables on a grid, from a value-only simulation. */
        List<Curve> curves(Point pt, int points) {
            double end = times.length == 0 ? 0 : times[times.length - 1];
            double[] grid = new double[points];
            for (int i = 0; i < points; i++) {
                grid[i] = end * i / (points - 1);
            }
            Map<String, MeasurementPlan> first = new LinkedHashMap<>();
            for (List<MeasurementPlan> at : atTime) {
                for (MeasurementPlan mp : at) {
                    first.putIfAbsent(mp.o.id(), mp);
                }
            }
            Map<String, double[]> values = new LinkedHashMap<>();
            first.keySet().forEach(o -> values.put(o, new double[points]));
            CompiledModel model = compiled.model;
            SensitivitySimulator simulator = SensitivitySimulator.valuesOnly(model, settings.tolerances());
            try {
                SensitivitySimulator.Run run = begin(simulator, pt, new int[0], null);
                if (run == null) {
                    return List.of();
                }
                int[] index = {0};
                double[] obs = new double[model.observableNames().size()];
                simulator.advance(run, end, grid, (t, y, p, s, dp) -> {
                    model.observables(t, y, p, obs);
                    for (Map.Entry<String, MeasurementPlan> f : first.entrySet()) {
                        MeasurementPlan mp = f.getValue();
                        Values v = values(mp.formula, mp.observableParameters, t, y, p, obs, pt);
                        values.get(f.getKey())[index[0]] = mp.formula.formula.value(v.values);
                    }
                    index[0]++;
                });
            } catch (IntegrationException e) {
                return List.of();
            }
            List<Curve> out = new ArrayList<>();
            values.forEach((o, v) -> out.add(new Curve(id.label(), o, grid, v)));
            return out;
        }

        /** Runs the experiment and adds its measurements; @return a failure, or null. */
        String simulate(Point pt, Accumulator acc, boolean derivatives) {
            int[] dirs = derivatives ? directions : new int[0];
            SensitivitySimulator simulator = derivatives
                    ? new SensitivitySimulator(compiled.tangents(), settings.tolerances(), false)
                    : SensitivitySimulator.valuesOnly(compiled.model, settings.tolerances());
            simulator = simulator.withStepLimit(STEP_LIMIT);
            try {
                SensitivitySimulator.Run run = begin(simulator, pt, dirs, acc);
                if (run == null) {
                    return "experiment " + id.label() + ": no steady state within t = "
                            + settings.steadyStateMaxTime() + " of the preequilibration";
                }
                String[] failure = {null};
                simulator.advance(run, times.length == 0 ? 0 : times[times.length - 1], times,
                        (t, y, p, s, dp) -> {
                            int slot = Arrays.binarySearch(times, t);
                            for (MeasurementPlan mp : atTime.get(slot)) {
                                if (failure[0] == null) {
                                    failure[0] = measure(mp, t, y, p, s, dp, pt, dirs, acc, derivatives);
                                }
                            }
                        });
                if (failure[0] == null && !atSteadyState.isEmpty()) {
                    if (!simulator.steadyState(run, settings.steadyStateMaxTime())) {
                        return "experiment " + id.label() + ": no steady state within t = "
                                + settings.steadyStateMaxTime();
                    }
                    for (MeasurementPlan mp : atSteadyState) {
                        if (failure[0] == null) {
                            failure[0] = measure(mp, Double.POSITIVE_INFINITY, run.state(), run.parameters(),
                                    run.sensitivities(), run.parameterTangents(), pt, dirs, acc, derivatives);
                        }
                    }
                }
                acc.steps += run.stats().steps();
                return failure[0];
            } catch (IntegrationException e) {
                return "experiment " + id.label() + ": " + e.getMessage();
            }
        }

        /**
         * Starts the simulation condition at t = 0, after the preequilibration to steady state when there is one
         * (the states the simulation condition does not set keep their steady-state values and sensitivities).
         *
         * @param acc where the preequilibration's steps are counted, or null
         * @return the run, or null when the preequilibration reaches no steady state
         */
        private SensitivitySimulator.Run begin(SensitivitySimulator simulator, Point pt, int[] dirs, Accumulator acc) {
            if (pre == null) {
                return start(simulator, sim, pt, dirs);
            }
            SensitivitySimulator.Run rest = start(simulator, pre, pt, dirs);
            if (!simulator.steadyState(rest, settings.steadyStateMaxTime())) {
                return null;
            }
            if (acc != null) {
                acc.steps += rest.stats().steps();
            }
            CompiledModel model = compiled.model;
            SensitivitySimulator.Run run = simulator.start(parameters(model, sim, pt),
                    directionVectors(model, sim, pt, dirs), 0);
            boolean[] reset = new boolean[model.stateNames().size()];
            for (int i : sim.states) {
                reset[i] = true;
            }
            for (int i = 0; i < reset.length; i++) {
                if (!reset[i]) {
                    run.state()[i] = rest.state()[i];
                    for (int d = 0; d < dirs.length; d++) {
                        run.sensitivities()[d][i] = rest.sensitivities()[d][i];
                    }
                }
            }
            setStates(run, sim, pt, dirs);
            return run;
        }

        private SensitivitySimulator.Run start(SensitivitySimulator simulator, ConditionPlan c, Point pt, int[] dirs) {
            CompiledModel model = compiled.model;
            SensitivitySimulator.Run run = simulator.start(parameters(model, c, pt),
                    directionVectors(model, c, pt, dirs), 0);
            setStates(run, c, pt, dirs);
            return run;
        }

        private double[] parameters(CompiledModel model, ConditionPlan c, Point pt) {
            double[] p = model.defaultParameters();
            for (int i = 0; i < c.slots.length; i++) {
                p[c.slots[i]] = c.slotValues[i].value(pt);
            }
            return p;
        }

        private double[][] directionVectors(CompiledModel model, ConditionPlan c, Point pt, int[] dirs) {
            double[][] d = new double[dirs.length][model.parameterNames().size()];
            for (int i = 0; i < c.slots.length; i++) {
                double[] g = new double[estimated.size()];
                c.slotValues[i].addGradient(pt, 1, g);
                for (int a = 0; a < dirs.length; a++) {
                    d[a][c.slots[i]] = g[dirs[a]];
                }
            }
            return d;
        }

        private void setStates(SensitivitySimulator.Run run, ConditionPlan c, Point pt, int[] dirs) {
            for (int i = 0; i < c.states.length; i++) {
                run.state()[c.states[i]] = c.stateValues[i].value(pt);
                double[] g = new double[estimated.size()];
                c.stateValues[i].addGradient(pt, 1, g);
                for (int a = 0; a < dirs.length; a++) {
                    run.sensitivities()[a][c.states[i]] = g[dirs[a]];
                }
            }
        }

        /** Adds one measurement; @return a failure, or null. */
        private String measure(MeasurementPlan mp, double t, double[] y, double[] p, double[][] s, double[][] dp,
                               Point pt, int[] dirs, Accumulator acc, boolean derivatives) {
            int m = estimated.size();
            CompiledModel model = compiled.model;
            double[] obs = null;
            double[][] dObs = null;
            if (mp.formula.reads(Kind.MODEL_OBSERVABLE) || mp.noise.reads(Kind.MODEL_OBSERVABLE)) {
                obs = new double[model.observableNames().size()];
                if (derivatives) {
                    dObs = new double[dirs.length][obs.length];
                    double[] unused = new double[obs.length];
                    for (int a = 0; a < dirs.length; a++) {
                        compiled.tangents().observables(t, y, p, s[a], dp[a], unused, dObs[a]);
                    }
                }
                model.observables(t, y, p, obs);
            }
            Values hv = values(mp.formula, mp.observableParameters, t, y, p, obs, pt);
            Values sv = values(mp.noise, mp.noiseParameters, t, y, p, obs, pt);
            double h = mp.formula.formula.value(hv.values);
            double sigma = mp.noise.formula.value(sv.values);
            acc.simulated[mp.row] = h;
            acc.sigma[mp.row] = sigma;
            String where = "measurement row " + mp.m.row() + " (" + mp.o.id() + ", t = " + mp.m.time() + ")";
            if (!(sigma > 0) || Double.isInfinite(sigma)) {
                return where + ": the noise scale is " + sigma + ", not a positive number";
            }
            double th = mp.o.transformation().apply(h);
            double ty = mp.o.transformation().apply(mp.m.value());
            if (Double.isNaN(th) || Double.isNaN(ty)) {
                return where + ": the observable (" + h + ") or the measurement (" + mp.m.value()
                        + ") is not positive on a " + mp.o.transformation().id() + " scale";
            }
            double r = ty - th;
            double jacobian = switch (mp.o.transformation()) {
                case LIN -> 0;
                case LOG -> Math.log(mp.m.value());
                case LOG10 -> Math.log(mp.m.value() * Math.log(10));
            };
            acc.nll += mp.o.noise().negativeLogDensity(r, sigma) + jacobian;
            if (!derivatives) {
                return null;
            }
            double[] dh = gradient(mp.formula, hv, mp.observableParameters, s, dp, dObs, pt, dirs);
            double[] ds = gradient(mp.noise, sv, mp.noiseParameters, s, dp, dObs, pt, dirs);
            double dt = mp.o.transformation().derivative(h);
            double dr = mp.o.noise().dResidual(r, sigma);
            double dsg = mp.o.noise().dSigma(r, sigma);
            double im = mp.o.noise().meanInformation(sigma);
            double is = mp.o.noise().sigmaInformation(sigma);
            for (int k = 0; k < m; k++) {
                acc.gradient[k] += -dr * dt * dh[k] + dsg * ds[k];
            }
            for (int k = 0; k < m; k++) {
                if (dh[k] == 0 && ds[k] == 0) {
                    continue;
                }
                for (int l = 0; l < m; l++) {
                    acc.information[k * m + l] += im * dt * dt * dh[k] * dh[l] + is * ds[k] * ds[l];
                }
            }
            return null;
        }

        /** The values of a formula's names. */
        private record Values(double[] values, ThetaExpr[] placeholders) { }

        private Values values(ResolvedFormula f, ThetaExpr[] placeholders, double t, double[] y, double[] p,
                              double[] obs, Point pt) {
            double[] v = new double[f.kinds.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = switch (f.kinds[i]) {
                    case STATE -> y[f.index[i]];
                    case PARAMETER -> p[f.index[i]];
                    case MODEL_OBSERVABLE -> obs[f.index[i]];
                    case TABLE -> pt.theta[f.index[i]];
                    case OBSERVABLE_PLACEHOLDER, NOISE_PLACEHOLDER -> placeholderValue(placeholders, f.index[i], pt);
                    case TIME -> t;
                };
            }
            return new Values(v, placeholders);
        }

        private double placeholderValue(ThetaExpr[] placeholders, int n, Point pt) {
            return n < placeholders.length ? placeholders[n].value(pt) : Double.NaN;
        }

        /** d formula / dx_k for every estimated k. */
        private double[] gradient(ResolvedFormula f, Values v, ThetaExpr[] placeholders, double[][] s,
                                  double[][] dp, double[][] dObs, Point pt, int[] dirs) {
            double[] g = new double[estimated.size()];
            double[] partials = new double[f.kinds.length];
            f.formula.partials(v.values, partials);
            for (int i = 0; i < partials.length; i++) {
                double a = partials[i];
                if (a == 0) {
                    continue;
                }
                int idx = f.index[i];
                switch (f.kinds[i]) {
                    case STATE -> {
                        for (int d = 0; d < dirs.length; d++) {
                            g[dirs[d]] += a * s[d][idx];
                        }
                    }
                    case PARAMETER -> {
                        for (int d = 0; d < dirs.length; d++) {
                            g[dirs[d]] += a * dp[d][idx];
                        }
                    }
                    case MODEL_OBSERVABLE -> {
                        for (int d = 0; d < dirs.length; d++) {
                            g[dirs[d]] += a * dObs[d][idx];
                        }
                    }
                    case TABLE -> {
                        Integer k = estimatedIndex.get(table.get(idx).id());
                        if (k != null) {
                            g[k] += a * pt.dTheta[k];
                        }
                    }
                    case OBSERVABLE_PLACEHOLDER, NOISE_PLACEHOLDER -> {
                        if (idx < placeholders.length) {
                            placeholders[idx].addGradient(pt, a, g);
                        }
                    }
                    case TIME -> { }
                }
            }
            return g;
        }
    }

    private ThetaExpr[] thetaExprs(List<Expr> exprs, String where) {
        ThetaExpr[] out = new ThetaExpr[exprs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new ThetaExpr(exprs.get(i), where);
        }
        return out;
    }
}
