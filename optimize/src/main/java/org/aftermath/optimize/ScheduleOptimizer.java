package org.aftermath.optimize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.hipparchus.random.Well19937c;

/**
 * Searches schedules: for each modulator option in turn (the categorical choice is made by
 * optimising each), the continuous variables that are not fixed — offset, duration, dose factor,
 * cytotoxic interval — are scaled to [0, 1] and searched, each option with its own evaluation
 * budget, by Hipparchus' CMA-ES (seeded {@link Well19937c}, bounds by repair) on
 * {@value #CMAES_SHARE} of the budget followed by a Nelder–Mead polish of its best point
 * ({@link SimplexOptimizer}, initial edge {@value #POLISH_STEP}) on the rest, or by Nelder–Mead
 * alone from the scenario's own schedule (initial edge {@value #START_STEP}); Nelder–Mead
 * handles the bounds by clamping with a quadratic penalty outside the box. The minimum interval tightens the interval's
 * lower bound. A candidate whose scenario is invalid (no modulator dose in any window) or that
 * breaks a constraint is not simulated and scores worse than every feasible one, by its
 * violation. Repeated candidates are not re-simulated. Each option's search is sequential and
 * deterministic (same inputs and seed, same evaluations); options may be searched in parallel.
 */
public final class ScheduleOptimizer {

    /** The optimisers. */
    public enum Method {
        /** Covariance matrix adaptation evolution strategy (Hansen), Hipparchus {@link CMAESOptimizer}. */
        CMA_ES("cma-es"),
        /** Nelder–Mead simplex, Hipparchus {@link SimplexOptimizer}. */
        NELDER_MEAD("nelder-mead");

        private final String id;

        Method(String id) {
            this.id = id;
        }

        /** @return the command-line name */
        public String id() {
            return id;
        }
    }

    /** Minimised value of an infeasible candidate, above any feasible objective (log10 cells or -days). */
    static final double INFEASIBLE = 1e6;
    private static final double INITIAL_SIGMA = 0.3;
    /** Share of a CMA-ES budget spent on the global search; the rest polishes its best point by Nelder–Mead. */
    private static final double CMAES_SHARE = 0.6;
    /** Initial simplex edge of a Nelder–Mead search, in the unit box. */
    private static final double START_STEP = 0.25;
    /** Initial simplex edge of the polish after CMA-ES. */
    private static final double POLISH_STEP = 0.05;

    private final Method method;
    private final int budget;
    private final long seed;
    private final int threads;

    /**
     * A search of one modulator option at a time.
     *
     * @param method the optimiser
     * @param budget evaluations per modulator option (&ge; 1)
     * @param seed   CMA-ES seed (one stream per option: seed + option index)
     */
    public ScheduleOptimizer(Method method, int budget, long seed) {
        this(method, budget, seed, 1);
    }

    /**
     * @param method  the optimiser
     * @param budget  evaluations per modulator option (&ge; 1)
     * @param seed    CMA-ES seed (one stream per option: seed + option index)
     * @param threads modulator options searched at the same time (&ge; 1); each search is
     *                sequential with its own seed and log, the logs are joined in option order, so
     *                the result does not depend on this number. The progress callback and the
     *                evaluator are then called from several threads.
     */
    public ScheduleOptimizer(Method method, int budget, long seed, int threads) {
        if (budget < 1) {
            throw new IllegalArgumentException("the evaluation budget must be >= 1 (got " + budget + ")");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1 (got " + threads + ")");
        }
        this.method = method;
        this.budget = budget;
        this.seed = seed;
        this.threads = threads;
    }

    /**
     * @param template    the scenario and the treatments it edits
     * @param space       the bounds and the modulator options
     * @param limits      the toxicity constraints
     * @param evaluator   simulates a scenario
     * @param progress    called after each evaluation
     * @return the best schedule and the search's record
     * @throws IllegalArgumentException if the interval bounds lie below the minimum interval, or
     *                                  no feasible schedule was found
     */
    public OptimizationResult optimize(ScheduleTemplate template, SearchSpace space, Constraints limits,
                                       ScenarioEvaluator evaluator, Consumer<ScheduleEvaluation> progress) {
        Range interval = space.intervalDays();
        if (interval.max() < limits.minIntervalDays()) {
            throw new IllegalArgumentException("the interval bounds " + interval + " lie below the minimum interval "
                    + limits.minIntervalDays() + " days");
        }
        interval = new Range(Math.max(interval.min(), limits.minIntervalDays()), interval.max());

        Scenario ownScenario = template.scenario();
        String ownModulator = template.ownModulator().map(template::treatmentName).orElse(null);
        Toxicity ownToxicity = Toxicity.of(ownScenario, template.cytotoxic().name(), ownModulator);
        double ownObjective = evaluator.evaluate(ownScenario);
        long simulations = evaluator.simulationsPerEvaluation();

        List<ModulatorOption> options = space.modulators().isEmpty() ? java.util.Collections.singletonList(null)
                : space.modulators();
        List<Search> searches = new ArrayList<>();
        for (int j = 0; j < options.size(); j++) {
            searches.add(new Search(template, limits, evaluator, progress,
                    new Encoding(options.get(j), space, interval, template.own()), seed + j));
        }
        runAll(searches);
        List<ScheduleEvaluation> log = new ArrayList<>();
        for (Search search : searches) {
            for (ScheduleEvaluation e : search.log) {
                log.add(new ScheduleEvaluation(log.size() + 1, e.candidate(), e.feasible(), e.reason(), e.toxicity(),
                        e.objective()));
            }
            simulations += search.simulations;
        }
        ScheduleEvaluation best = bestFeasible(log, evaluator.objective());
        if (best == null) {
            throw new IllegalArgumentException("no feasible schedule in " + log.size() + " candidates; widen"
                    + " the bounds or relax the constraints (first problem: " + log.get(0).reason() + ")");
        }
        Toxicity t = best.toxicity();
        double dosePerM2 = t.cumulativeMgPerM2() == null || t.cytotoxicDoses() == 0 ? 0.0
                : t.cumulativeMgPerM2() / t.cytotoxicDoses();
        double tolerance = Math.max(1e-9, 0.02 * (interval.max() - interval.min()));
        return new OptimizationResult(evaluator.objective(), method.id(), seed, template.own(), ownObjective,
                ownToxicity, ownToxicity.violation(limits) == 0.0, best, log, limits, interval,
                t.active(limits, dosePerM2, tolerance), simulations);
    }

    /** @return the first of the best feasible evaluations in {@code log}, or null if none is feasible */
    private static ScheduleEvaluation bestFeasible(List<ScheduleEvaluation> log, ScheduleObjective objective) {
        ScheduleEvaluation best = null;
        for (ScheduleEvaluation e : log) {
            if (e.feasible() && (best == null || objective.better(e.objective(), best.objective()))) {
                best = e;
            }
        }
        return best;
    }

    /** Runs the searches, up to {@link #threads} at a time; each search is sequential and keeps its own log. */
    private void runAll(List<Search> searches) {
        int n = Math.min(threads, searches.size());
        if (n <= 1) {
            searches.forEach(Search::run);
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n, r -> {
            Thread th = new Thread(r, "optimize-search");
            th.setDaemon(true);
            return th;
        });
        try {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (Search search : searches) {
                futures.add(pool.submit(search::run));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while searching", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The searched variables of one modulator option, scaled to [0, 1]. */
    private static final class Encoding {
        final ModulatorOption option;
        final Range offset;
        final Range duration;
        final Range factor;
        final Range interval;
        final List<Integer> searched = new ArrayList<>();
        final double[] start;

        Encoding(ModulatorOption option, SearchSpace space, Range interval, Candidate own) {
            this.option = option;
            this.offset = space.offsetDays();
            this.duration = space.durationDays();
            this.factor = space.doseFactor();
            this.interval = interval;
            Range[] all = ranges();
            for (int i = 0; i < all.length; i++) {
                boolean applies = i == 3 || option != null && (i != 2 || option.hasDose());
                if (applies && !all[i].isFixed()) {
                    searched.add(i);
                }
            }
            double[] natural = {
                    Double.isNaN(own.offsetDays()) ? offset.min() : own.offsetDays(),
                    Double.isNaN(own.durationDays()) ? duration.max() : own.durationDays(),
                    option != null && option.equals(own.modulator()) ? own.dose() / option.referenceDose() : 1.0,
                    own.everyDays()};
            start = new double[searched.size()];
            for (int k = 0; k < start.length; k++) {
                int i = searched.get(k);
                start[k] = all[i].toUnit(natural[i]);
            }
        }

        Range[] ranges() {
            return new Range[] {offset, duration, factor, interval};
        }

        int dimension() {
            return searched.size();
        }

        /** @return the scaled point of {@code c}'s searched variables */
        double[] encode(Candidate c) {
            double[] natural = {c.offsetDays(), c.durationDays(),
                    option != null && option.hasDose() ? c.dose() / option.referenceDose() : 1.0, c.everyDays()};
            Range[] all = ranges();
            double[] u = new double[searched.size()];
            for (int k = 0; k < u.length; k++) {
                u[k] = all[searched.get(k)].toUnit(natural[searched.get(k)]);
            }
            return u;
        }

        Candidate decode(double[] u) {
            Range[] all = ranges();
            double[] x = {offset.min(), duration.min(), factor.min(), interval.min()};
            for (int k = 0; k < u.length; k++) {
                int i = searched.get(k);
                x[i] = all[i].fromUnit(u[k]);
            }
            if (option == null) {
                return new Candidate(null, Double.NaN, Double.NaN, Double.NaN, x[3]);
            }
            double dose = option.hasDose() ? x[2] * option.referenceDose() : Double.NaN;
            return new Candidate(option, x[0], x[1], dose, x[3]);
        }
    }

    /** Thrown inside the objective to end a search when its budget is spent. */
    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super(null, null, false, false);
        }
    }

    /** The evaluation log and the objective function the optimisers call. */
    private final class Search {
        final ScheduleTemplate template;
        final Constraints limits;
        final ScenarioEvaluator evaluator;
        final Consumer<ScheduleEvaluation> progress;
        final Encoding enc;
        final long streamSeed;
        final List<ScheduleEvaluation> log = new ArrayList<>();
        final Map<Candidate, Double> seen = new HashMap<>();
        long simulations;
        int limit;

        Search(ScheduleTemplate template, Constraints limits, ScenarioEvaluator evaluator, Consumer<ScheduleEvaluation> progress,
               Encoding enc, long streamSeed) {
            this.template = template;
            this.limits = limits;
            this.evaluator = evaluator;
            this.progress = progress;
            this.enc = enc;
            this.streamSeed = streamSeed;
        }

        void run() {
            if (enc.dimension() == 0) {
                value(enc.decode(new double[0]));
                return;
            }
            if (method == Method.CMA_ES) {
                int global = Math.max(1, (int) Math.round(budget * CMAES_SHARE));
                limit = global;
                bounded(() -> cmaes(enc, streamSeed));
                limit = budget;
                double[] from = bestPoint(enc);
                bounded(() -> nelderMead(enc, from, POLISH_STEP));
            } else {
                limit = budget;
                double[] from = enc.start.clone();
                for (int k = 0; k < from.length; k++) {
                    from[k] = Math.min(from[k], 1.0 - START_STEP);
                }
                bounded(() -> nelderMead(enc, from, START_STEP));
            }
        }

        /** Runs a search until its optimiser converges or the current evaluation limit is reached. */
        private void bounded(Runnable search) {
            try {
                search.run();
            } catch (BudgetSpent e) {
                // the budget ends the search; the log holds every evaluation
            } catch (MathIllegalStateException e) {
                // the optimiser's own iteration limit: the search ends with what it found
            }
        }

        /** @return the scaled point of the best feasible evaluation so far, or the start */
        private double[] bestPoint(Encoding enc) {
            ScheduleEvaluation best = bestFeasible(log, evaluator.objective());
            return best == null ? enc.start.clone() : enc.encode(best.candidate());
        }

        private void cmaes(Encoding enc, long streamSeed) {
            int d = enc.dimension();
            double[] lower = new double[d];
            double[] upper = new double[d];
            double[] sigma = new double[d];
            java.util.Arrays.fill(upper, 1.0);
            java.util.Arrays.fill(sigma, INITIAL_SIGMA);
            CMAESOptimizer cmaes = new CMAESOptimizer(100_000, Double.NEGATIVE_INFINITY, true, 0, 0,
                    new Well19937c(streamSeed), false, new SimpleValueChecker(1e-10, 1e-12));
            cmaes.optimize(new MaxEval(50 * budget + 100), new MaxIter(100_000),
                    new ObjectiveFunction(u -> value(enc.decode(u))), GoalType.MINIMIZE,
                    new InitialGuess(enc.start), new SimpleBounds(lower, upper),
                    new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(4 + (int) Math.floor(3 * Math.log(d))));
        }

        private void nelderMead(Encoding enc, double[] start, double step) {
            int d = enc.dimension();
            double[] steps = new double[d];
            for (int k = 0; k < d; k++) {
                steps[k] = start[k] + step <= 1.0 ? step : -step;
            }
            new SimplexOptimizer(1e-10, 1e-12).optimize(new MaxEval(50 * budget + 100), new MaxIter(100_000),
                    new ObjectiveFunction(u -> {
                        double outside = 0.0;
                        double[] clamped = u.clone();
                        for (int k = 0; k < d; k++) {
                            clamped[k] = Math.max(0.0, Math.min(1.0, u[k]));
                            outside += (u[k] - clamped[k]) * (u[k] - clamped[k]);
                        }
                        return value(enc.decode(clamped)) + outside;
                    }), GoalType.MINIMIZE, new InitialGuess(start), new NelderMeadSimplex(steps));
        }

        /** The minimised value of a candidate: the objective (negated when maximised), or a penalty. */
        double value(Candidate c) {
            Double cached = seen.get(c);
            if (cached != null) {
                return cached;
            }
            if (log.size() >= limit) {
                throw new BudgetSpent();
            }
            ScheduleEvaluation e = evaluate(c, log.size() + 1);
            log.add(e);
            progress.accept(e);
            double v;
            if (e.feasible()) {
                v = evaluator.objective().maximise() ? -e.objective() : e.objective();
            } else {
                v = INFEASIBLE * (e.toxicity() == null ? 2 : 1) + (e.toxicity() == null ? 0 : e.toxicity().violation(limits));
            }
            seen.put(c, v);
            return v;
        }

        private ScheduleEvaluation evaluate(Candidate c, int index) {
            Scenario s;
            try {
                s = template.scenario(c);
            } catch (ScenarioException ex) {
                return new ScheduleEvaluation(index, c, false, ex.getMessage(), null, Double.NaN);
            }
            String modulator = c.modulator() == null ? null : template.treatmentName(c.modulator());
            Toxicity t = Toxicity.of(s, template.cytotoxic().name(), modulator);
            double violation = t.violation(limits);
            if (violation > 0) {
                return new ScheduleEvaluation(index, c, false, t.violations(limits), t, Double.NaN);
            }
            double objective;
            try {
                objective = evaluator.evaluate(s);
            } catch (ScenarioException ex) {
                return new ScheduleEvaluation(index, c, false, ex.getMessage(), t, Double.NaN);
            }
            simulations += evaluator.simulationsPerEvaluation();
            return new ScheduleEvaluation(index, c, true, "", t, objective);
        }
    }
}
