package org.aftermath.fit.optimize;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.fit.objective.Evaluation;
import org.aftermath.fit.objective.Objective;
import org.aftermath.fit.problem.EstimationProblem;
import org.aftermath.fit.problem.Measurement;
import org.aftermath.fit.problem.Noise;
import org.aftermath.fit.problem.ObservableDefinition;
import org.aftermath.fit.problem.ProblemParameter;
import org.aftermath.fit.problem.Scale;
import org.aftermath.fit.problem.Transformation;
import org.aftermath.kernel.expr.Expr;

/**
 * Hierarchical optimisation of scaling parameters (Weber et al., Bioinformatics 27:2786, 2011; Loos et al.,
 * Bioinformatics 34:4266, 2018; pyPESTO's inner problem): a scaling s that multiplies the observables it enters and
 * nothing else has, for the other parameters z fixed, the closed-form optimum s* = Σ y·u/σ² / Σ u²/σ² (u the
 * observable at s = 1), clipped to its bounds. The optimiser then moves z only, on f(z) = F(z, s*(z)): its gradient is
 * ∂F/∂z at s* (s* minimises F; where s* is clipped, its derivative is 0), and its Gauss–Newton matrix the Schur complement
 * B_zz − B_zs B_ss⁻¹ B_sz of the Fisher information (B_zz where s* is clipped).
 *
 * <p>A parameter is such a scaling when it is estimated, has no objective prior, reaches no model (no condition or
 * SBML symbol reads it), appears in no formula by name, and every measurement that reads it does so as the whole
 * value of exactly one observable placeholder in which the observable's formula is linear and homogeneous (the
 * placeholder a factor of it), on the linear scale with normal noise. Its σ must either not read it, or read it
 * likewise as a factor (σ = s·c, a relative error that scales with the observable, as in Fiedler_BMCSystBiol2016):
 * then F(s) = N ln s + Σ (y − s·u)²/(2 s² c²) + const is convex in t = 1/s, and t* = (B + √(B² + 4AN))/(2A) with A
 * = Σ y²/c², B = Σ y·u/c². A measurement may have one such scaling only (the first claims it). The others stay in
 * the outer problem.
 *
 * <p>Cost: one value-only evaluation at s = 1 to find s*, plus one at s* (with sensitivities when the gradient is
 * asked for). F(s*) is not computed as F(1) plus the closed-form change: F(1) can be 1e16 (an observable of 1e7 at
 * s = 1 against data of 1e-2) and the sum would lose every digit.
 */
public final class OptimalScalings {

    private final Objective objective;
    private final int dimension;
    private final int[] inner;
    private final int[] outer;
    private final int[][] rows;
    private final boolean[] noise;
    private final double[] measured;

    private OptimalScalings(Objective objective, List<Integer> inner, List<Scaled> scaled) {
        this.objective = objective;
        this.dimension = objective.dimension();
        this.inner = inner.stream().mapToInt(Integer::intValue).toArray();
        this.rows = scaled.stream().map(Scaled::rows).toArray(int[][]::new);
        this.noise = new boolean[scaled.size()];
        for (int c = 0; c < noise.length; c++) {
            noise[c] = scaled.get(c).noise();
        }
        this.outer = new int[dimension - this.inner.length];
        for (int k = 0, a = 0; k < dimension; k++) {
            if (!inner.contains(k)) {
                outer[a++] = k;
            }
        }
        List<Measurement> ms = objective.problem().measurements();
        measured = new double[ms.size()];
        for (int i = 0; i < measured.length; i++) {
            measured[i] = ms.get(i).value();
        }
    }

    /** The rows a scaling multiplies, and whether it multiplies their σ too. */
    private record Scaled(int[] rows, boolean noise) { }

    /** @return the scalings of the objective's problem that have a closed-form optimum (possibly none) */
    public static OptimalScalings of(Objective objective) {
        EstimationProblem problem = objective.problem();
        List<ProblemParameter> estimated = problem.estimated();
        List<Measurement> ms = problem.measurements();
        boolean[] claimed = new boolean[ms.size()];
        List<Integer> inner = new ArrayList<>();
        List<Scaled> scaled = new ArrayList<>();
        for (int k = 0; k < estimated.size(); k++) {
            Scaled r = scaledRows(problem, estimated.get(k), claimed);
            if (r != null && !objective.entersModel(k)) {
                inner.add(k);
                scaled.add(r);
                for (int i : r.rows()) {
                    claimed[i] = true;
                }
            }
        }
        return new OptimalScalings(objective, inner, scaled);
    }

    /** @return the measurement rows p scales, or null when p is not a scaling (or reaches a claimed row) */
    private static Scaled scaledRows(EstimationProblem problem, ProblemParameter p, boolean[] claimed) {
        if (p.objectivePrior() != null || p.lower() < 0) {
            return null;
        }
        String id = p.id();
        for (ObservableDefinition o : problem.observables()) {
            if (o.formula().references().contains(id) || o.noiseFormula().references().contains(id)) {
                return null;
            }
        }
        var observables = problem.observableTable();
        List<Integer> rows = new ArrayList<>();
        Boolean noise = null;
        List<Measurement> ms = problem.measurements();
        for (int i = 0; i < ms.size(); i++) {
            Measurement m = ms.get(i);
            int at = placeholder(m.observableParameters(), id);
            int noiseAt = placeholder(m.noiseParameters(), id);
            if (at == -1 && noiseAt == -1) {
                continue;
            }
            ObservableDefinition o = observables.get(m.observable());
            boolean scalesNoise = noiseAt >= 0 && linear(o.noiseFormula(), o.noisePlaceholder(noiseAt + 1));
            if (at < 0 || noiseAt < -1 || (noiseAt >= 0 && !scalesNoise) || (noise != null && noise != scalesNoise)
                    || claimed[i] || o.transformation() != Transformation.LIN || o.noise() != Noise.NORMAL
                    || !linear(o.formula(), o.observablePlaceholder(at + 1))) {
                return null;
            }
            noise = scalesNoise;
            rows.add(i);
        }
        return rows.isEmpty() ? null : new Scaled(rows.stream().mapToInt(Integer::intValue).toArray(), noise);
    }

    /**
     * @return the position of the one value that is exactly {@code id}; −1 when none reads it; −2 when it is read
     *         otherwise (in an expression, or twice)
     */
    private static int placeholder(List<Expr> values, String id) {
        int at = -1;
        for (int n = 0; n < values.size(); n++) {
            Expr e = values.get(n);
            if (e.references().contains(id)) {
                if (at != -1 || !(e instanceof Expr.Ref r && r.name().equals(id))) {
                    return -2;
                }
                at = n;
            }
        }
        return at;
    }

    /** @return whether e = q·(an expression without q): q, a product with one such factor, a quotient of one, −one */
    static boolean linear(Expr e, String q) {
        if (e instanceof Expr.Ref r) {
            return r.name().equals(q);
        }
        if (e instanceof Expr.Unary u) {
            return u.op() == Expr.UnaryOp.NEG && linear(u.operand(), q);
        }
        if (e instanceof Expr.Binary b) {
            boolean left = b.left().references().contains(q);
            boolean right = b.right().references().contains(q);
            return switch (b.op()) {
                case MUL -> left != right && (left ? linear(b.left(), q) : linear(b.right(), q));
                case DIV -> left && !right && linear(b.left(), q);
                default -> false;
            };
        }
        return false;
    }

    /** @return whether no parameter is a scaling (the outer problem is the whole problem) */
    public boolean none() {
        return inner.length == 0;
    }

    /** @return the indices of the scalings in x */
    public int[] inner() {
        return inner.clone();
    }

    /** @return x's coordinates that are not scalings (the outer problem's variables z) */
    public double[] outerOf(double[] x) {
        double[] z = new double[outer.length];
        for (int a = 0; a < outer.length; a++) {
            z[a] = x[outer[a]];
        }
        return z;
    }

    /** @return x with its outer coordinates replaced by z */
    public double[] withOuter(double[] x, double[] z) {
        double[] out = x.clone();
        for (int a = 0; a < outer.length; a++) {
            out[outer[a]] = z[a];
        }
        return out;
    }

    /**
     * @param z the outer variables
     * @return x with the scalings at their optimum within their bounds for z (at s = 1's scale value where z cannot
     *         be simulated)
     */
    public double[] full(double[] z) {
        Inner s = optimum(z, true);
        return s == null ? withUnitScalings(z) : s.x;
    }

    /**
     * @param z         the outer variables
     * @param tolerance relative distance, in the scaling's own value (not its estimation scale), within which an
     *                  optimum counts as on its bound; 0 for strictly beyond
     * @return whether some scaling's unbounded optimum at z lies beyond its bounds or within {@code tolerance} of
     *         one (false where z cannot be simulated)
     */
    public boolean atBound(double[] z, double tolerance) {
        Inner s = optimum(z, false);
        if (s == null) {
            return false;
        }
        List<ProblemParameter> estimated = objective.problem().estimated();
        for (int c = 0; c < inner.length; c++) {
            ProblemParameter p = estimated.get(inner[c]);
            double value = p.scale().toModel(s.x[inner[c]]);
            if (value >= p.upper() * (1 - tolerance) || value <= p.lower() * (1 + tolerance)) {
                return true;
            }
        }
        return false;
    }

    /** @return f(z) = F(z, s*(z)), s* within the scalings' bounds, with its gradient and Gauss–Newton matrix */
    public SmoothFunction function() {
        return function(true);
    }

    /**
     * @param bounded whether s* is clipped to the scalings' bounds; without, f is the relaxation in which a
     *                scaling may take any positive value (a lower bound of the bounded f, and flat along the
     *                amplitude of an observable that only a scaling beyond its bound could match)
     * @return f(z) = F(z, s*(z)) with its gradient and Gauss–Newton matrix
     */
    public SmoothFunction function(boolean bounded) {
        return (z, derivatives) -> {
            Inner s = optimum(z, bounded);
            if (s == null) {
                return new SmoothFunction.Point(Double.POSITIVE_INFINITY, null, null);
            }
            Evaluation e = objective.evaluate(s.x, derivatives);
            if (!e.ok() || !derivatives) {
                return new SmoothFunction.Point(e.value(), null, null);
            }
            return reduced(e, s.clipped);
        };
    }

    /** The scalings' optimum at z: x and which were clipped to a bound. */
    private record Inner(double[] x, boolean[] clipped) { }

    private Inner optimum(double[] z, boolean bounded) {
        double[] x = withUnitScalings(z);
        Evaluation unit = objective.evaluate(x, false);
        if (!unit.ok()) {
            return null;
        }
        List<ProblemParameter> estimated = objective.problem().estimated();
        boolean[] clipped = new boolean[inner.length];
        for (int c = 0; c < inner.length; c++) {
            double uu = 0;
            double yu = 0;
            double yy = 0;
            for (int i : rows[c]) {
                double w = 1 / (unit.sigma()[i] * unit.sigma()[i]);
                uu += unit.simulated()[i] * unit.simulated()[i] * w;
                yu += measured[i] * unit.simulated()[i] * w;
                yy += measured[i] * measured[i] * w;
            }
            ProblemParameter p = estimated.get(inner[c]);
            double s;
            if (!noise[c]) {
                s = uu > 0 ? yu / uu : 1;
            } else {
                // σ = s·c: F = N ln s + Σ (y − s·u)²/(2 s² c²) + const; with t = 1/s, dF/dt = −N/t + t Σy²/c² − Σyu/c²
                int n = rows[c].length;
                s = yy > 0 ? 2 * yy / (yu + Math.sqrt(yu * yu + 4 * yy * n)) : 0;
            }
            double value = bounded ? Math.min(p.upper(), Math.max(p.lower(), s)) : s;
            if (!(value > 0) && p.scale() != Scale.LIN) {
                value = p.lower();
            }
            clipped[c] = value != s;
            x[inner[c]] = p.scale().toScale(value);
        }
        return new Inner(x, clipped);
    }

    private double[] withUnitScalings(double[] z) {
        double[] x = new double[dimension];
        for (int a = 0; a < outer.length; a++) {
            x[outer[a]] = z[a];
        }
        List<ProblemParameter> estimated = objective.problem().estimated();
        for (int k : inner) {
            x[k] = estimated.get(k).scale().toScale(1);
        }
        return x;
    }

    /** The outer gradient and the Schur complement of the Fisher information at (z, s*). */
    private SmoothFunction.Point reduced(Evaluation e, boolean[] clipped) {
        int m = dimension;
        int n = outer.length;
        double[] b = e.information();
        double[] g = new double[n];
        double[] h = new double[n * n];
        for (int a = 0; a < n; a++) {
            g[a] = e.gradient()[outer[a]];
            for (int c = 0; c < n; c++) {
                h[a * n + c] = b[outer[a] * m + outer[c]];
            }
        }
        // the scalings scale disjoint rows: their block of B is diagonal
        for (int c = 0; c < inner.length; c++) {
            int s = inner[c];
            double bss = b[s * m + s];
            if (clipped[c] || !(bss > 0)) {
                continue;
            }
            for (int a = 0; a < n; a++) {
                double bas = b[outer[a] * m + s];
                for (int d = 0; d < n; d++) {
                    h[a * n + d] -= bas * b[s * m + outer[d]] / bss;
                }
            }
        }
        return new SmoothFunction.Point(e.value(), g, h);
    }
}
