package org.aftermath.kernel.compile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aftermath.kernel.model.Model;
import org.aftermath.ode.OdeSystem;
import org.aftermath.ode.SensitivityOdeSystem;

/**
 * Forward-mode derivatives of a {@link CompiledModel}, for sensitivities: in a direction (dy, dp) of its state and
 * parameter vectors, the tangents of its initial assignments, right-hand side, observables and events, as
 * generated code ({@link TangentGenerator}) beside the model's own. A parameter sensitivity is the direction
 * dp = e_q (or scaled, e.g. θ_q·e_q for a log-parameter), dy = 0 at the start; an initial value is a parameter read
 * by an initial assignment. Immutable and thread-safe; the arrays are the caller's.
 */
public final class TangentModel {

    private static final int CAPACITY = 64;

    /** Tangent code per {@link ModelShape} (the code depends only on the shape). */
    private static final Map<Model, TangentCode> CODES = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Model, TangentCode> eldest) {
            return size() > CAPACITY;
        }
    };

    private final AbstractCompiledModel model;
    private final TangentCode code;

    private TangentModel(AbstractCompiledModel model, TangentCode code) {
        this.model = model;
        this.code = code;
    }

    /**
     * @param model a model compiled with the generated back-end
     * @return its tangents
     * @throws IllegalArgumentException if the model was compiled otherwise, a scheduled event's trigger time reads a
     *                                  state or an observable, or an event watched on the state has a delay or a
     *                                  trigger other than one comparison
     * @throws IllegalStateException    if the tangent code is too large for one Java class
     */
    public static TangentModel of(CompiledModel model) {
        if (!(model instanceof GeneratedModel generated)) {
            throw new IllegalArgumentException("sensitivities need a model compiled with the generated back-end");
        }
        Model shape = ModelShape.of(model.model());
        TangentCode code;
        synchronized (CODES) {
            code = CODES.get(shape);
        }
        if (code == null) {
            try {
                code = GeneratedClasses.instantiate(TangentGenerator.generate(generated.plan),
                        TangentGenerator.CLASS_NAME, TangentCode.class);
            } catch (JavaSourceGenerator.TooLargeException e) {
                throw new IllegalStateException("tangent code too large for one class: " + e.getMessage(), e);
            }
            synchronized (CODES) {
                CODES.put(shape, code);
            }
        }
        return new TangentModel(generated, code);
    }

    /** @return the model */
    public CompiledModel model() {
        return model;
    }

    /** @return true when the right-hand side does not read {@code time} */
    public boolean autonomous() {
        return code.autonomous();
    }

    /**
     * The initial state with its tangents: y and p as {@link CompiledModel#initialize} leaves them, and for each
     * direction k the tangents after the initial assignments.
     *
     * @param p  parameters, modified by initial assignments to parameters
     * @param y  receives the initial state
     * @param dp the parameter tangent of each direction, modified by initial assignments to parameters
     * @param dy the initial-state tangent of each direction on entry (usually 0), after the assignments on return
     */
    public void initialize(double[] p, double[] y, double[][] dp, double[][] dy) {
        double[] w = new double[code.workSize()];
        for (int k = 0; k < dp.length; k++) {
            double[] pk = p.clone();
            double[] yk = model.layout.initialState.clone();
            code.initialize(pk, yk, dp[k], dy[k], w);
        }
        model.initialize(p, y);
    }

    /**
     * Every observable and its tangent in one direction.
     *
     * @param out  receives the observables
     * @param dout receives their tangents
     */
    public void observables(double t, double[] y, double[] p, double[] dy, double[] dp, double[] out, double[] dout) {
        code.observables(t, y, p, dy, dp, new double[code.workSize()], out, dout);
    }

    /** @return the tangent of the trigger time of event {@code event} (model order) in the direction dp */
    public double triggerTangent(int event, double[] p, double[] dp) {
        return code.triggerTangent(event, p, dp, new double[code.workSize()]);
    }

    /**
     * For an event watched on the state, whose trigger is one comparison a ⋈ b: the tangent of g = a − b in the
     * direction (dy, dp, dt). With dy = s, dt = 0 and with dy = f, dp = 0, dt = 1 it gives the trigger time's tangent
     * dτ = −g'(s, dp, 0) / g'(f, 0, 1) where g crosses 0.
     *
     * @param event the event (model order)
     */
    public double watchedTangent(int event, double t, double[] y, double[] p, double[] dy, double[] dp, double dt) {
        return code.watchedTangent(event, t, y, p, dy, dp, dt, new double[code.workSize()]);
    }

    /**
     * The tangent jump of event {@code event}, before its values are applied: each target's tangent in dy or dp is
     * replaced by the tangent of its assigned value, evaluated on the values before the event with time tangent
     * dt (y, p unchanged). For an event at τ(θ) the caller passes dy = s⁻ + f⁻·dτ and afterwards subtracts
     * f⁺·dτ from the state tangents: s⁺ = ∂h/∂y (s⁻ + f⁻ dτ) + ∂h/∂p dp + ∂h/∂t dτ − f⁺ dτ.
     */
    public void applyTangent(int event, double t, double[] y, double[] p, double[] dy, double[] dp, double dt) {
        code.applyTangent(event, t, y, p, dy, dp, dt, new double[code.workSize()]);
    }

    /**
     * @param p  the parameter vector the system reads on every call (events may change it between segments)
     * @param dp the parameter tangent of each direction, read on every call likewise
     * @return the model's right-hand side and Jacobian with the sensitivity equations of the directions; the
     *         batched methods evaluate the right-hand side's partials once per point (and their derivatives once
     *         per vector v) for all directions ({@link TangentCode#partials}); it keeps scratch space, so use it
     *         from one thread at a time
     */
    public SensitivityOdeSystem system(double[] p, double[][] dp) {
        return new PartialsSystem(model.system(p), p, dp);
    }

    /** The sensitivity equations of {@link #system}, with the scratch space of one user. */
    private final class PartialsSystem implements SensitivityOdeSystem {
        private final OdeSystem f;
        private final double[] p;
        private final double[][] dp;
        private final double[] w = new double[code.workSize()];
        private final double[] a = new double[Math.max(1, code.edges())];
        private double[][] da = new double[0][];
        private final double[] d = new double[Math.max(1, code.nodes())];
        private final double[] dd = new double[Math.max(1, code.nodes())];
        private final double[] g;

        PartialsSystem(OdeSystem f, double[] p, double[][] dp) {
            this.f = f;
            this.p = p;
            this.dp = dp;
            g = new double[f.dimension()];
        }

        @Override
        public int dimension() {
            return f.dimension();
        }

        @Override
        public void derivatives(double t, double[] y, double[] yDot) {
            f.derivatives(t, y, yDot);
        }

        @Override
        public boolean isAutonomous() {
            return code.autonomous();
        }

        @Override
        public boolean hasJacobian() {
            return true;
        }

        @Override
        public int[] jacobianPattern() {
            return f.jacobianPattern();
        }

        @Override
        public void jacobian(double t, double[] y, double[] dfdy) {
            f.jacobian(t, y, dfdy);
        }

        @Override
        public int sensitivities() {
            return dp.length;
        }

        @Override
        public void sensitivityDerivatives(double t, double[] y, int k, double[] s, double[] out) {
            code.partials(t, y, p, w, a);
            code.tangent(a, s, dp[k], d, out);
        }

        @Override
        public void sensitivityDerivatives(double t, double[] y, double[][] s, double[][] out) {
            code.partials(t, y, p, w, a);
            for (int k = 0; k < s.length; k++) {
                code.tangent(a, s[k], dp[k], d, out[k]);
            }
        }

        @Override
        public void sensitivityCoupling(double t, double[] y, int k, double[] s, double[] v, double[] out) {
            sensitivityCouplings(t, y, new double[][] {s}, new double[][] {v}, k, new double[][][] {{out}});
        }

        @Override
        public void sensitivityCouplings(double t, double[] y, double[][] s, double[][] v, double[][][] out) {
            sensitivityCouplings(t, y, s, v, 0, out);
        }

        /** The couplings of directions {@code first}, {@code first + 1}, … (as many as s has). */
        private void sensitivityCouplings(double t, double[] y, double[][] s, double[][] v, int first,
                                          double[][][] out) {
            if (da.length < v.length) {
                da = new double[v.length][Math.max(1, code.edges())];
            }
            code.partials(t, y, p, w, a);
            for (int j = 0; j < v.length; j++) {
                code.partialDirections(t, y, p, v[j], w, da[j]);
            }
            for (int k = 0; k < s.length; k++) {
                double[] dpk = dp[first + k];
                code.tangent(a, s[k], dpk, d, g);
                for (int j = 0; j < v.length; j++) {
                    code.coupling(a, da[j], s[k], dpk, d, dd, out[k][j]);
                }
            }
        }
    }
}
