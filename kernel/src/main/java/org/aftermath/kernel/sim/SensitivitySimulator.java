package org.aftermath.kernel.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.aftermath.kernel.compile.CompiledEvent;
import org.aftermath.kernel.compile.CompiledModel;
import org.aftermath.kernel.compile.TangentModel;
import org.aftermath.ode.IntegrationException;
import org.aftermath.ode.IntegrationStats;
import org.aftermath.ode.OdeSystem;
import org.aftermath.ode.RodasSensitivityIntegrator;
import org.aftermath.ode.SensitivityOdeSystem;
import org.aftermath.ode.StopCondition;
import org.aftermath.ode.Tolerances;

/**
 * Runs a compiled model together with its forward sensitivities in any number of directions of its parameter
 * vector: the state and its sensitivities are integrated by {@link RodasSensitivityIntegrator}, piecewise between
 * event times, with the exact jump of the sensitivities at each event ({@link TangentModel#applyTangent}: the
 * derivatives of the event's assignments, plus the terms of a trigger time that depends on the parameters).
 *
 * <p>Event semantics are {@link Simulator}'s: a scheduled event ({@code time >= e}, e of numbers and parameters)
 * whose time lies in [t0, t1] fires once at that time, in model order among simultaneous ones; one at or before t0
 * fires at t0 (its time then does not depend on the parameters). Any other trigger is watched on the dense output by
 * the run simulator's {@link TriggerWatch} and {@link EventQueue} (flags, delays, priorities as there), after the
 * scheduled events at one time. At a trigger time τ located on the state, the sensitivities jump as the trigger
 * time moves: dτ = −(∂g/∂y·s + ∂g/∂p·dp)/(∂g/∂y·f⁻ + ∂g/∂t) for the trigger's comparison g = a − b crossing 0
 * ({@link TangentModel#watchedTangent}), then s⁺ = ∂h/∂y·(s⁻ + f⁻·dτ) + ∂h/∂p·dp + ∂h/∂t·dτ − f⁺·dτ as for a moving
 * scheduled time; an event triggered by another's execution takes that one's dτ. Outputs at an event time show the
 * values after the event. The integration also stops at the
 * switch times of the right-hand side ({@link org.aftermath.kernel.compile.SwitchTimes}: a piecewise step input
 * between time and parameters), where the state and, the switch time not moving with any direction, its
 * sensitivities are continuous and only the right-hand side jumps.
 *
 * <p>A simulator made by {@link #valuesOnly} has no tangents and runs the state alone (zero directions) through the
 * same integrator: the same numbers as a run with tangents, without generating their code, and for models compiled
 * with either back-end (without an analytic Jacobian, the integrator's difference quotients). Models with delays or
 * fast reactions are not supported ({@link #unsupported}).
 */
public final class SensitivitySimulator {

    /** The model's tangents, or null: values only. */
    private final TangentModel tangents;
    private final CompiledModel model;
    private final Tolerances tolerances;
    private final boolean controlSensitivities;
    /** Accepted steps allowed between two output times of {@link #advance} (0: no limit). */
    private final int stepLimit;

    /**
     * @param tangents             the model's tangents
     * @param tolerances           integrator tolerances (state and sensitivities)
     * @param controlSensitivities whether the sensitivities' local error limits the step
     */
    public SensitivitySimulator(TangentModel tangents, Tolerances tolerances, boolean controlSensitivities) {
        this(tangents.model(), tangents, tolerances, controlSensitivities, 0);
    }

    private SensitivitySimulator(CompiledModel model, TangentModel tangents, Tolerances tolerances,
                                 boolean controlSensitivities, int stepLimit) {
        this.tangents = tangents;
        this.model = model;
        this.tolerances = tolerances;
        this.controlSensitivities = controlSensitivities;
        this.stepLimit = stepLimit;
    }

    /**
     * AMICI's {@code maxsteps}: a run that needs more accepted steps than this between two output times of
     * {@link #advance} (or from its start to the first) fails with an {@link IntegrationException} (reason
     * {@code ATTEMPT_LIMIT}) instead of grinding on; a fit treats such a point as one where the model cannot be
     * simulated.
     *
     * @param steps the limit, &ge; 1
     * @return this simulator with the limit
     */
    public SensitivitySimulator withStepLimit(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("step limit " + steps + " is below 1");
        }
        return new SensitivitySimulator(model, tangents, tolerances, controlSensitivities, steps);
    }

    /**
     * @param model      a compiled model (either back-end), {@link #unsupported} null
     * @param tolerances integrator tolerances
     * @return a simulator of the state alone: its runs take no directions
     */
    public static SensitivitySimulator valuesOnly(CompiledModel model, Tolerances tolerances) {
        return new SensitivitySimulator(model, null, tolerances, false, 0);
    }

    /**
     * @param model a compiled model
     * @return why this simulator cannot run it (one line: delays or fast reactions), or null when it can
     */
    public static String unsupported(CompiledModel model) {
        if (model.delayCount() > 0) {
            return "it has delays (delay(x, d))";
        }
        if (model.fastReactionCount() > 0) {
            return "it has fast reactions";
        }
        return null;
    }

    /** @return the model's tangents, or null for a values-only simulator */
    public TangentModel tangents() {
        return tangents;
    }

    /** Receives values at output times. The arrays are the run's: read them during the call. */
    @FunctionalInterface
    public interface Output {
        /**
         * @param t  the output time
         * @param y  the state
         * @param p  the parameters
         * @param s  per direction, the state's sensitivity
         * @param dp per direction, the parameters' tangent
         */
        void at(double t, double[] y, double[] p, double[][] s, double[][] dp);
    }

    /** A run in progress: time, state, parameters and per direction their tangents; advanced in place. */
    public final class Run {
        private double time;
        private final double t0;
        private final double[] y;
        private final double[] p;
        private final double[][] s;
        private final double[][] dp;
        private final List<Scheduled> pending;
        /** The right-hand side's switch times at the current parameters, ascending. */
        private double[] switches;
        private final RunSystem system;
        private final RodasSensitivityIntegrator integrator;
        private final IntegrationStats stats = new IntegrationStats();
        /** The events watched on the state, their model order, queue and watch; empty, null, null without any. */
        private final List<CompiledEvent> watched = new ArrayList<>();
        private final int[] watchedOrder;
        private final EventQueue queue;
        private final TriggerWatch watch;
        /** Whether the watched triggers were read at the start (on the first advance: the caller may set states). */
        private boolean triggersRead;
        /** Where the watch ended the last integration, or NaN. */
        private double located = Double.NaN;
        /** Per direction, the tangent of the current time: of a located trigger time or a moving scheduled one. */
        private final double[] timeTangent;

        private Run(double t0, double[] y, double[] p, double[][] s, double[][] dp) {
            this.time = t0;
            this.t0 = t0;
            this.y = y;
            this.p = p;
            this.s = s;
            this.dp = dp;
            this.pending = schedule(p, t0);
            this.switches = model.rightHandSideSwitches().at(p);
            if (tangents != null) {
                SensitivityOdeSystem f = tangents.system(p, dp);
                this.system = new RunSystem(f, f, f.isAutonomous());
            } else {
                this.system = new RunSystem(model.system(p), null, model.autonomous());
            }
            this.integrator = new RodasSensitivityIntegrator(tolerances, controlSensitivities);
            List<CompiledEvent> events = model.events();
            int[] order = new int[events.size()];
            for (int i = 0; i < events.size(); i++) {
                if (!events.get(i).scheduled()) {
                    order[watched.size()] = i;
                    watched.add(events.get(i));
                }
            }
            this.watchedOrder = Arrays.copyOf(order, watched.size());
            this.timeTangent = new double[dp.length];
            if (watched.isEmpty()) {
                this.queue = null;
                this.watch = null;
            } else {
                this.queue = new EventQueue(watched, p, null);
                this.watch = new TriggerWatch(queue, watched, null, y.length);
            }
        }

        /** Executes an event watched on the state (called by the queue) with the current time's tangent. */
        private void execute(CompiledEvent event, double[] values) {
            int i = 0;
            while (watched.get(i) != event) {
                i++;
            }
            jump(this, watchedOrder[i], time, timeTangent, () -> {
                if (values == null) {
                    event.apply(time, y, p);
                } else {
                    event.assign(values, time, y, p);
                }
            });
        }

        /**
         * Reads the watched triggers after an integration ended at the run's time; where the watch located a trigger
         * turning true, its time's tangent from the crossing of its comparison.
         */
        private void readTriggers() {
            Arrays.fill(timeTangent, 0);
            if (queue == null) {
                return;
            }
            boolean[] before = new boolean[watched.size()];
            for (int i = 0; i < before.length; i++) {
                before[i] = queue.value(i);
            }
            queue.update(time, y, p);
            if (Double.isNaN(located) || s.length == 0) {
                return;
            }
            for (int i = 0; i < before.length; i++) {
                if (!before[i] && queue.value(i)) {
                    double[] f = new double[y.length];
                    system.derivatives(time, y, f);
                    double rate = tangents.watchedTangent(watchedOrder[i], time, y, p, f, new double[p.length], 1);
                    for (int k = 0; k < s.length; k++) {
                        timeTangent[k] = -tangents.watchedTangent(watchedOrder[i], time, y, p, s[k], dp[k], 0) / rate;
                    }
                    return;
                }
            }
        }

        /** @return the current time */
        public double time() {
            return time;
        }

        /** @return the state (live: changes as the run advances) */
        public double[] state() {
            return y;
        }

        /** @return the parameters (live) */
        public double[] parameters() {
            return p;
        }

        /** @return per direction, the state sensitivity (live) */
        public double[][] sensitivities() {
            return s;
        }

        /** @return per direction, the parameter tangent (live) */
        public double[][] parameterTangents() {
            return dp;
        }

        /** @return integrator work so far */
        public IntegrationStats stats() {
            return stats;
        }

        /** @return the right-hand side with the sensitivity equations, reading this run's parameters */
        public SensitivityOdeSystem system() {
            return system;
        }

        /**
         * Tells the integrator that the state was changed from outside, e.g. values reset for a new condition; the
         * triggers watched on the state are read again.
         */
        public void discontinuity() {
            integrator.discontinuity();
            if (triggersRead) {
                queue.update(time, y, p);
            }
        }
    }

    /**
     * Starts a run: the initial assignments with their tangents, and the events scheduled from the parameters. The
     * triggers watched on the state are first read when the run first advances, on the state the caller may have
     * set in between (a condition's initial values).
     *
     * @param parameters the parameter vector (copied), or null for the model's defaults
     * @param directions per direction, the parameter tangent (copied), each of the parameter vector's length; none
     *                   for a values-only simulator
     * @param t0         start time
     * @return the run at t0, before any event
     */
    public Run start(double[] parameters, double[][] directions, double t0) {
        if (tangents == null && directions.length > 0) {
            throw new IllegalArgumentException("a values-only simulator takes no sensitivity directions");
        }
        double[] p = parameters == null ? model.defaultParameters() : parameters.clone();
        if (p.length != model.parameterNames().size()) {
            throw new IllegalArgumentException("expected " + model.parameterNames().size() + " parameters, got "
                    + p.length);
        }
        int n = model.stateNames().size();
        double[][] dp = new double[directions.length][];
        for (int k = 0; k < dp.length; k++) {
            if (directions[k].length != p.length) {
                throw new IllegalArgumentException("direction " + k + " has " + directions[k].length
                        + " components, not " + p.length);
            }
            dp[k] = directions[k].clone();
        }
        double[] y = new double[n];
        double[][] s = new double[dp.length][n];
        if (tangents == null) {
            model.initialize(p, y);
        } else {
            tangents.initialize(p, y, dp, s);
        }
        for (int q : model.rightHandSideSwitches().parameters()) {
            for (double[] d : dp) {
                if (d[q] != 0) {
                    throw new IllegalArgumentException("a switch time of the right-hand side (a piecewise condition"
                            + " between time and parameters) reads '" + model.parameterNames().get(q) + "', which a"
                            + " sensitivity direction moves: not supported");
                }
            }
        }
        return new Run(t0, y, p, s, dp);
    }

    /**
     * Advances a run to t1, firing the events due in [now, t1] and reporting the outputs.
     *
     * @param run         the run
     * @param t1          end time, &ge; the run's time
     * @param outputTimes ascending times in [now, t1] (those before now are skipped)
     * @param output      receives the values at each output time
     * @throws org.aftermath.ode.IntegrationException if integration fails
     */
    public void advance(Run run, double t1, double[] outputTimes, Output output) {
        if (!(t1 >= run.time)) {
            throw new IllegalArgumentException("end time " + t1 + " is before the run's time " + run.time);
        }
        int[] next = {0};
        while (next[0] < outputTimes.length && outputTimes[next[0]] < run.time) {
            next[0]++;
        }
        double[] yOut = new double[run.y.length];
        double[][] sOut = new double[run.s.length][run.y.length];
        int[] sinceOutput = {0};
        while (true) {
            fireDue(run);
            while (next[0] < outputTimes.length && outputTimes[next[0]] <= run.time) {
                output.at(run.time, run.y, run.p, run.s, run.dp);
                next[0]++;
                sinceOutput[0] = 0;
            }
            if (run.time >= t1) {
                return;
            }
            double end = t1;
            if (!run.pending.isEmpty()) {
                end = Math.min(end, run.pending.get(0).time);
            }
            StopCondition stop = StopCondition.NEVER;
            if (run.queue != null) {
                end = Math.min(end, run.queue.nextExecution(run.time));
                run.watch.reset(run.time, run.y, run.p);
                stop = step -> run.located = run.watch.stopTime(step);
            }
            run.located = Double.NaN;
            boolean atSwitch = false;
            for (double tau : run.switches) {
                if (tau > run.time) {
                    atSwitch = tau < end;
                    end = Math.min(end, tau);
                    break;
                }
            }
            double segmentEnd = end;
            run.system.within(run.time, segmentEnd, run.switches);
            run.time = run.integrator.integrate(run.system, run.time, run.y, run.s, segmentEnd, step -> {
                // an output at a located trigger time shows the values after the event
                while (next[0] < outputTimes.length && outputTimes[next[0]] <= step.end()
                        && outputTimes[next[0]] < segmentEnd
                        && (Double.isNaN(run.located) || outputTimes[next[0]] < step.end())) {
                    double t = outputTimes[next[0]];
                    step.interpolate(t, yOut);
                    step.interpolateSensitivities(t, sOut);
                    output.at(t, yOut, run.p, sOut, run.dp);
                    next[0]++;
                    sinceOutput[0] = 0;
                }
                if (stepLimit > 0 && ++sinceOutput[0] > stepLimit) {
                    throw new IntegrationException("simulator", IntegrationException.Reason.ATTEMPT_LIMIT,
                            "more than " + stepLimit + " steps between two output times", step.end());
                }
            }, run.stats, stop);
            if (atSwitch && run.time == segmentEnd) {
                run.integrator.discontinuity();
            }
            run.readTriggers();
        }
    }

    /**
     * Integrates a run until it is at rest: the state's and every sensitivity's time derivative below the
     * tolerances in the weighted RMS norm (weights {@code absolute + relative · |value|}), checked at the ends of
     * intervals of doubling length. Events are not fired (a model at rest has none pending that matter).
     *
     * @param run     the run, advanced in place (its time grows)
     * @param maxTime the longest time to integrate
     * @return true when at rest, false when maxTime passed first
     */
    public boolean steadyState(Run run, double maxTime) {
        int n = run.y.length;
        double[] f = new double[n];
        double[] g = new double[n];
        double span = 1;
        double integrated = 0;
        run.system.within(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, run.switches);
        while (true) {
            run.system.derivatives(run.time, run.y, f);
            boolean atRest = rms(f, run.y) <= 1;
            for (int k = 0; k < run.s.length && atRest; k++) {
                run.system.sensitivityDerivatives(run.time, run.y, k, run.s[k], g);
                atRest = rms(g, run.s[k]) <= 1;
            }
            if (atRest) {
                return true;
            }
            if (integrated >= maxTime) {
                return false;
            }
            double step = Math.min(span, maxTime - integrated);
            run.integrator.integrate(run.system, run.time, run.y, run.s, run.time + step,
                    org.aftermath.ode.SensitivityStepListener.NONE, run.stats);
            run.time += step;
            integrated += step;
            span *= 2;
        }
    }

    private double rms(double[] derivative, double[] value) {
        double sum = 0;
        for (int i = 0; i < derivative.length; i++) {
            double r = derivative[i] / (tolerances.absolute() + tolerances.relative() * Math.abs(value[i]));
            sum += r * r;
        }
        return derivative.length == 0 ? 0 : Math.sqrt(sum / derivative.length);
    }

    /**
     * Fires every pending scheduled event due at or before the run's time, in schedule order, then the watched
     * events due, one at a time, reading their triggers again after each execution.
     */
    private void fireDue(Run run) {
        if (run.queue != null && !run.triggersRead) {
            run.queue.start(run.time, run.y, run.p);
            run.triggersRead = true;
        }
        while (!run.pending.isEmpty() && run.pending.get(0).time <= run.time) {
            Scheduled e = run.pending.remove(0);
            fire(run, e);
            if (run.queue != null) {
                run.queue.update(run.time, run.y, run.p);
            }
        }
        if (run.queue == null) {
            return;
        }
        int executions = 0;
        while (run.queue.executeNext(run.time, run.y, run.p, run::execute)) {
            if (++executions > Simulator.MAX_EXECUTIONS_AT_ONE_TIME) {
                throw new IntegrationException("simulator", IntegrationException.Reason.ATTEMPT_LIMIT, "more than "
                        + Simulator.MAX_EXECUTIONS_AT_ONE_TIME + " event executions at one time (an event that keeps"
                        + " triggering itself?)", run.time);
            }
            run.queue.update(run.time, run.y, run.p);
        }
    }

    /** Fires a scheduled event; a time that moves with the directions becomes the run's time tangent. */
    private void fire(Run run, Scheduled e) {
        int m = run.s.length;
        double[] dt = new double[m];
        boolean moves = false;
        if (e.scheduledAt > run.t0) {
            for (int k = 0; k < m; k++) {
                dt[k] = tangents.triggerTangent(e.order, run.p, run.dp[k]);
                moves |= dt[k] != 0;
            }
        }
        if (moves) {
            System.arraycopy(dt, 0, run.timeTangent, 0, m);
        }
        jump(run, e.order, e.time, dt, () -> e.event.apply(e.time, run.y, run.p));
    }

    /**
     * Executes event {@code order} at {@code time} with the jump of the sensitivities for a time tangent dt per
     * direction: s⁺ = ∂h/∂y·(s⁻ + f⁻·dt) + ∂h/∂p·dp + ∂h/∂t·dt − f⁺·dt.
     *
     * @param apply changes the state and parameters as the event does
     */
    private void jump(Run run, int order, double time, double[] dt, Runnable apply) {
        int n = run.y.length;
        int m = run.s.length;
        boolean moves = false;
        for (double d : dt) {
            moves |= d != 0;
        }
        OdeSystem f = run.system;
        double[] fBefore = new double[n];
        if (moves) {
            f.derivatives(time, run.y, fBefore);
        }
        for (int k = 0; k < m; k++) {
            double[] dy = run.s[k];
            for (int i = 0; i < n && dt[k] != 0; i++) {
                dy[i] += fBefore[i] * dt[k];
            }
            tangents.applyTangent(order, time, run.y, run.p, dy, run.dp[k], dt[k]);
        }
        apply.run();
        run.switches = model.rightHandSideSwitches().at(run.p);
        if (moves) {
            double[] fAfter = new double[n];
            f.derivatives(time, run.y, fAfter);
            for (int k = 0; k < m; k++) {
                for (int i = 0; i < n; i++) {
                    run.s[k][i] -= fAfter[i] * dt[k];
                }
            }
        }
        run.integrator.discontinuity();
    }

    private List<Scheduled> schedule(double[] p, double t0) {
        List<CompiledEvent> events = model.events();
        List<Scheduled> schedule = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            CompiledEvent e = events.get(i);
            if (!e.scheduled()) {
                continue;
            }
            double time = e.triggerTime(p);
            if (Double.isNaN(time)) {
                throw new IllegalArgumentException("event " + e.id() + " has an undefined trigger time");
            }
            schedule.add(new Scheduled(Math.max(time, t0), time, i, e));
        }
        schedule.sort(Comparator.comparingDouble((Scheduled s) -> s.time).thenComparingInt(s -> s.order));
        return schedule;
    }

    /**
     * A run's right-hand side: the state's, with the tangents' sensitivity equations or without directions, its time
     * held inside the open segment between two switch times: at a segment's ends that are switch times, it is
     * evaluated one ulp inside (the Rosenbrock stages evaluate at the step's end, and its difference quotient in t
     * beyond it), so that a comparison switching there reads as it does within the segment. Elsewhere t is as given.
     */
    private static final class RunSystem implements SensitivityOdeSystem {
        private final OdeSystem f;
        private final SensitivityOdeSystem tangents;
        private final boolean autonomous;
        private double lo = Double.NEGATIVE_INFINITY;
        private double hi = Double.POSITIVE_INFINITY;

        /**
         * @param f          the state's right-hand side
         * @param tangents   the sensitivity equations (also f's), or null without directions
         * @param autonomous whether f does not read t
         */
        RunSystem(OdeSystem f, SensitivityOdeSystem tangents, boolean autonomous) {
            this.f = f;
            this.tangents = tangents;
            this.autonomous = autonomous;
        }

        /** Holds time inside (a, b) at an end that is one of the (ascending) switch times. */
        void within(double a, double b, double[] switches) {
            lo = java.util.Arrays.binarySearch(switches, a) >= 0 ? Math.nextUp(a) : Double.NEGATIVE_INFINITY;
            hi = java.util.Arrays.binarySearch(switches, b) >= 0 ? Math.nextDown(b) : Double.POSITIVE_INFINITY;
        }

        private double held(double t) {
            return t < lo ? lo : t > hi ? hi : t;
        }

        @Override
        public int dimension() {
            return f.dimension();
        }

        @Override
        public void derivatives(double t, double[] y, double[] yDot) {
            f.derivatives(held(t), y, yDot);
        }

        @Override
        public boolean isAutonomous() {
            return autonomous;
        }

        @Override
        public boolean hasJacobian() {
            return f.hasJacobian();
        }

        @Override
        public int[] jacobianPattern() {
            return f.jacobianPattern();
        }

        @Override
        public void jacobian(double t, double[] y, double[] dfdy) {
            f.jacobian(held(t), y, dfdy);
        }

        @Override
        public int sensitivities() {
            return tangents == null ? 0 : tangents.sensitivities();
        }

        @Override
        public void sensitivityDerivatives(double t, double[] y, int k, double[] s, double[] out) {
            tangents.sensitivityDerivatives(held(t), y, k, s, out);
        }

        @Override
        public void sensitivityCoupling(double t, double[] y, int k, double[] s, double[] v, double[] out) {
            tangents.sensitivityCoupling(held(t), y, k, s, v, out);
        }

        @Override
        public void sensitivityDerivatives(double t, double[] y, double[][] s, double[][] out) {
            tangents.sensitivityDerivatives(held(t), y, s, out);
        }

        @Override
        public void sensitivityCouplings(double t, double[] y, double[][] s, double[][] v, double[][][] out) {
            tangents.sensitivityCouplings(held(t), y, s, v, out);
        }
    }

    /** An event due at {@code time} (its trigger time {@code scheduledAt}, or t0 if that was earlier). */
    private record Scheduled(double time, double scheduledAt, int order, CompiledEvent event) { }
}
