package org.aftermath.fit.optimize;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * A bounded trust-region method with Coleman–Li affine scaling and reflection (Coleman &amp; Li, SIAM J. Optim.
 * 6:418, 1996; the variant of SciPy's {@code least_squares(method='trf')} and of Fides, Fröhlich &amp; Sorger, PLoS
 * Comput. Biol. 18:e1010322, 2022), for a smooth function with a gradient and a positive semi-definite Hessian
 * approximation B (here the Fisher information: a Gauss–Newton method).
 *
 * <p>Each iteration scales the variables by d_i = √v_i / max(1, √B_ii), with v_i the distance to the bound the
 * gradient points to (1 where none): Coleman–Li's affine scaling times Moré's (MINPACK) scaling by the Jacobian's
 * column norms (√B_ii for the Fisher information), so that the trust region is an ellipsoid long in the flat
 * directions of a valley and short in the steep ones. The floor 1 keeps a parameter the data do not inform (yet)
 * from jumping across its box on a zero slope. Variables on a bound (within 1e-9 of the box's width) with the
 * gradient or the step pushing outward are frozen for the iteration (d_i = 0).
 * It solves the trust-region subproblem min g_hᵀp + ½ pᵀ(D B D + diag(g_i·dv_i·d_i²/v_i))p, ‖p‖ ≤ Δ exactly
 * (eigendecomposition, Moré–Sorensen secular equation, Hipparchus' {@code EigenDecompositionSymmetric}; the
 * least-norm minimiser when B is singular), and takes the best of: the step if it stays inside the box; else the
 * step cut back at the boundary (×θ), its reflection off the boundary, and the scaled Cauchy step, θ = max(0.995,
 * 1 − ‖v·g‖∞). The radius follows the ratio of actual to predicted reduction (&lt; ¼: Δ = ¼‖p‖; &gt; ¾ at the
 * boundary: Δ = 2Δ); a step is accepted when the value decreases.
 *
 * <p>Stops when ‖v·g‖∞ &lt; gtol (first-order optimality on the box), when an accepted step that the model
 * predicted well (ratio &gt; ¼) reduces the value by less than ftol·(1 + |f|), when the step is below xtol·(1 +
 * ‖x‖), or after maxIterations. Deterministic.
 */
public final class TrustRegionReflective {

    /**
     * The Hessian approximation of the quadratic model.
     */
    public enum Hessian {
        /** The function's own approximation B (the Fisher information: Gauss–Newton). */
        GAUSS_NEWTON("gauss-newton"),
        /**
         * B plus a secant correction S for the curvature B lacks (the residuals' own second derivatives, which matter
         * where the fit is poor): NL2SOL's structured update (Dennis, Gay &amp; Welsch, ACM TOMS 7:348, 1981), S
         * sized by min(1, |sᵀy♯|/|sᵀSs|) and updated after each accepted step s so that (B₊ + S₊)s = y, the change of
         * the gradient (y♯ = y − B₊s); each iteration uses B or B + S, whichever predicted the last step's actual
         * reduction better (NL2SOL's model switch).
         */
        STRUCTURED_SECANT("secant");

        private final String id;

        Hessian(String id) {
            this.id = id;
        }

        /** @return the command-line name */
        public String id() {
            return id;
        }

        /** @return the approximation named {@code id}, or null */
        public static Hessian of(String id) {
            for (Hessian h : values()) {
                if (h.id.equals(id)) {
                    return h;
                }
            }
            return null;
        }
    }

    /**
     * Stopping rules and the Hessian approximation.
     *
     * @param maxIterations iterations (each one or more function evaluations)
     * @param gtol          tolerance of the scaled gradient ‖v·g‖∞
     * @param ftol          relative tolerance of the reduction
     * @param xtol          relative tolerance of the step
     * @param hessian       the quadratic model's Hessian
     */
    public record Options(int maxIterations, double gtol, double ftol, double xtol, Hessian hessian)
            implements java.io.Serializable {
        /** 200 iterations, gtol 1e-6, ftol 1e-10, xtol 1e-10, Gauss–Newton. */
        public static final Options DEFAULT = new Options(200, 1e-6, 1e-10, 1e-10, Hessian.GAUSS_NEWTON);

        /** @return these rules with another iteration limit */
        public Options withMaxIterations(int iterations) {
            return new Options(iterations, gtol, ftol, xtol, hessian);
        }

        /** @return these rules with another Hessian approximation */
        public Options withHessian(Hessian approximation) {
            return new Options(maxIterations, gtol, ftol, xtol, approximation);
        }
    }

    /** Why a run ended. */
    public enum Exit { GRADIENT, REDUCTION, STEP, ITERATIONS, FAILED_START, RADIUS }

    /**
     * @param x           the final point
     * @param value       its value
     * @param gradient    its gradient
     * @param iterations  iterations done
     * @param evaluations function evaluations
     * @param exit        why it stopped
     */
    public record Result(double[] x, double value, double[] gradient, int iterations, int evaluations, Exit exit) { }

    private final Options options;

    public TrustRegionReflective(Options options) {
        this.options = options;
    }

    /**
     * @param f     the function
     * @param x0    the start (moved strictly inside the box)
     * @param lower lower bounds (may be −∞)
     * @param upper upper bounds (may be +∞), &gt; lower
     * @return the result
     */
    public Result minimize(SmoothFunction f, double[] x0, double[] lower, double[] upper) {
        int n = x0.length;
        double[] x = strictlyInside(x0.clone(), lower, upper);
        SmoothFunction.Point fx = f.evaluate(x, true);
        int evaluations = 1;
        if (!usable(fx)) {
            return new Result(x, Double.POSITIVE_INFINITY, null, 0, evaluations, Exit.FAILED_START);
        }
        double delta = 1;
        double[] v = new double[n];
        double[] dv = new double[n];
        double[] d = new double[n];
        boolean secant = options.hessian() == Hessian.STRUCTURED_SECANT;
        double[] correction = new double[n * n];
        boolean augmented = false;
        int iteration = 0;
        while (true) {
            double[] g = fx.gradient();
            double[] gauss = fx.hessian();
            double[] b = augmented ? plus(gauss, correction) : gauss;
            scaling(x, g, lower, upper, v, dv);
            double optimality = 0;
            for (int i = 0; i < n; i++) {
                d[i] = atBound(x[i], g[i], lower[i], upper[i]) ? 0
                        : Math.sqrt(v[i]) / Math.max(1, Math.sqrt(Math.max(0, gauss[i * n + i])));
                optimality = Math.max(optimality, Math.abs(v[i] * g[i]));
            }
            if (optimality < options.gtol()) {
                return new Result(x, fx.value(), g, iteration, evaluations, Exit.GRADIENT);
            }
            if (iteration >= options.maxIterations()) {
                return new Result(x, fx.value(), g, iteration, evaluations, Exit.ITERATIONS);
            }
            iteration++;
            double theta = Math.max(0.995, 1 - optimality);
            double[] dOuter = d.clone();
            // inner loop: shrink the radius until a step decreases the value
            while (true) {
                System.arraycopy(dOuter, 0, d, 0, n);
                double[] gh = new double[n];
                double[] bh = new double[n * n];
                double[] step;
                while (true) {
                    for (int i = 0; i < n; i++) {
                        gh[i] = d[i] * g[i];
                        for (int j = 0; j < n; j++) {
                            bh[i * n + j] = d[i] * b[i * n + j] * d[j];
                        }
                        bh[i * n + i] += d[i] == 0 ? 0 : g[i] * dv[i] * d[i] * d[i] / v[i];
                    }
                    double[] ph = subproblem(bh, gh, delta);
                    if (!block(x, ph, d, lower, upper)) {
                        step = select(x, ph, d, gh, bh, delta, theta, lower, upper);
                        break;
                    }
                }
                double predicted = -quadratic(bh, gh, step, d);
                double[] xNew = new double[n];
                double stepNorm = 0;
                double xNorm = 0;
                for (int i = 0; i < n; i++) {
                    xNew[i] = x[i] + step[i];
                    stepNorm += step[i] * step[i];
                    xNorm += x[i] * x[i];
                }
                stepNorm = Math.sqrt(stepNorm);
                xNorm = Math.sqrt(xNorm);
                strictlyInside(xNew, lower, upper);
                double hNorm = scaledNorm(step, d);
                if (stepNorm < options.xtol() * (1 + xNorm) || !(predicted > 0)) {
                    return new Result(x, fx.value(), g, iteration, evaluations, Exit.STEP);
                }
                SmoothFunction.Point fNew = f.evaluate(xNew, true);
                evaluations++;
                double actual = usable(fNew) ? fx.value() - fNew.value() : Double.NEGATIVE_INFINITY;
                double ratio = actual / predicted;
                if (ratio < 0.25) {
                    delta = 0.25 * hNorm;
                } else if (ratio > 0.75 && hNorm > 0.95 * delta) {
                    delta *= 2;
                }
                if (secant && Double.isFinite(actual)) {
                    // the model that predicted this step's reduction better is used next
                    double byGauss = -quadraticHat(gauss, g, step);
                    double byAugmented = -quadraticHat(plus(gauss, correction), g, step);
                    augmented = Math.abs(byAugmented - actual) < Math.abs(byGauss - actual);
                }
                if (actual > 0) {
                    boolean small = actual < options.ftol() * (1 + Math.abs(fx.value())) && ratio > 0.25;
                    if (secant) {
                        secantUpdate(correction, step, fx.gradient(), fNew.gradient(), fNew.hessian());
                    }
                    x = xNew;
                    fx = fNew;
                    if (small) {
                        return new Result(x, fx.value(), fx.gradient(), iteration, evaluations, Exit.REDUCTION);
                    }
                    break;
                }
                if (delta < 1e-14) {
                    return new Result(x, fx.value(), g, iteration, evaluations, Exit.RADIUS);
                }
            }
        }
    }

    /** @return the sum of two n×n matrices (row-major) */
    private static double[] plus(double[] p, double[] q) {
        double[] r = new double[p.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = p[i] + q[i];
        }
        return r;
    }

    /**
     * The Dennis–Gay–Welsch update of the correction S in place, after the step s from gradient g to g₊ with the
     * new Gauss–Newton matrix B₊: y = g₊ − g, y♯ = y − B₊s, S sized by τ = min(1, |sᵀy♯|/|sᵀSs|), then S₊ = τS +
     * (w yᵀ + y wᵀ)/(yᵀs) − (wᵀs) y yᵀ/(yᵀs)² with w = y♯ − τSs, so that (B₊ + S₊)s = y. Skipped when yᵀs is not
     * positive (no curvature along s to match).
     */
    static void secantUpdate(double[] correction, double[] s, double[] g, double[] gNew, double[] bNew) {
        int n = s.length;
        double[] y = new double[n];
        double[] ySharp = new double[n];
        double[] ss = new double[n];
        double ys = 0;
        double yNorm = 0;
        double sNorm = 0;
        for (int i = 0; i < n; i++) {
            y[i] = gNew[i] - g[i];
            double bs = 0;
            double cs = 0;
            for (int j = 0; j < n; j++) {
                bs += bNew[i * n + j] * s[j];
                cs += correction[i * n + j] * s[j];
            }
            ySharp[i] = y[i] - bs;
            ss[i] = cs;
            ys += y[i] * s[i];
            yNorm += y[i] * y[i];
            sNorm += s[i] * s[i];
        }
        if (!(ys > 1e-12 * Math.sqrt(yNorm * sNorm))) {
            return;
        }
        double sSs = dot(s, ss);
        double sy = dot(s, ySharp);
        double tau = sSs == 0 ? 1 : Math.min(1, Math.abs(sy) / Math.abs(sSs));
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = ySharp[i] - tau * ss[i];
        }
        double ws = dot(w, s);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                correction[i * n + j] = tau * correction[i * n + j] + (w[i] * y[j] + y[i] * w[j]) / ys
                        - ws * y[i] * y[j] / (ys * ys);
            }
        }
    }

    /**
     * @return whether the point has a finite value, gradient and Hessian approximation (sensitivities can overflow
     *         where the value does not: such a point is treated as one where the function fails)
     */
    private static boolean usable(SmoothFunction.Point p) {
        if (!p.ok() || p.gradient() == null || p.hessian() == null) {
            return false;
        }
        for (double g : p.gradient()) {
            if (!Double.isFinite(g)) {
                return false;
            }
        }
        for (double b : p.hessian()) {
            if (!Double.isFinite(b)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Freezes (d_i = 0) the variables that sit on a bound (within 1e-9 of the box's width) that the step pushes
     * against: cutting the whole step short there would stall the method on that one variable.
     *
     * @return whether any was frozen (the subproblem is then solved again)
     */
    private static boolean block(double[] x, double[] ph, double[] d, double[] lower, double[] upper) {
        boolean any = false;
        for (int i = 0; i < x.length; i++) {
            double p = d[i] * ph[i];
            double room = p > 0 ? upper[i] - x[i] : lower[i] - x[i];
            double width = upper[i] - lower[i];
            if (p != 0 && Math.abs(room) < 1e-9 * (Double.isFinite(width) ? width : Math.max(1, Math.abs(x[i])))) {
                d[i] = 0;
                any = true;
            }
        }
        return any;
    }

    /** @return whether x sits on a bound (within 1e-9 of the box's width) and −g does not point inside */
    private static boolean atBound(double x, double g, double lower, double upper) {
        double width = upper - lower;
        double margin = 1e-9 * (Double.isFinite(width) ? width : Math.max(1, Math.abs(x)));
        return (x - lower <= margin && g >= 0) || (upper - x <= margin && g <= 0);
    }

    /** Coleman–Li: v_i = distance to the bound −g points to (1 without one), dv_i its derivative sign. */
    private static void scaling(double[] x, double[] g, double[] lower, double[] upper, double[] v, double[] dv) {
        for (int i = 0; i < x.length; i++) {
            if (g[i] < 0 && Double.isFinite(upper[i])) {
                v[i] = upper[i] - x[i];
                dv[i] = -1;
            } else if (g[i] > 0 && Double.isFinite(lower[i])) {
                v[i] = x[i] - lower[i];
                dv[i] = 1;
            } else {
                v[i] = 1;
                dv[i] = 0;
            }
        }
    }

    /** The quadratic model's value at step p (unscaled): g_hᵀp_h + ½ p_hᵀ B_h p_h with p_h = p/d. */
    private static double quadratic(double[] bh, double[] gh, double[] step, double[] d) {
        int n = gh.length;
        double[] ph = new double[n];
        for (int i = 0; i < n; i++) {
            ph[i] = d[i] == 0 ? 0 : step[i] / d[i];
        }
        return quadraticHat(bh, gh, ph);
    }

    /** @return gᵀp + ½pᵀBp, in whichever variables B, g and p are given (scaled or not) */
    private static double quadraticHat(double[] bh, double[] gh, double[] ph) {
        int n = gh.length;
        double q = 0;
        for (int i = 0; i < n; i++) {
            double bp = 0;
            for (int j = 0; j < n; j++) {
                bp += bh[i * n + j] * ph[j];
            }
            q += gh[i] * ph[i] + 0.5 * ph[i] * bp;
        }
        return q;
    }

    private static double scaledNorm(double[] step, double[] d) {
        double s = 0;
        for (int i = 0; i < step.length; i++) {
            double u = d[i] == 0 ? 0 : step[i] / d[i];
            s += u * u;
        }
        return Math.sqrt(s);
    }

    /**
     * The exact minimiser of gᵀp + ½pᵀBp over ‖p‖ ≤ Δ (Moré &amp; Sorensen 1983): p = −(B + λI)⁻¹g with λ ≥
     * max(0, −λ_min) and ‖p‖ = Δ when λ &gt; 0, λ from Newton's method on 1/‖p(λ)‖ − 1/Δ in the eigenbasis; in the
     * hard case the component along the lowest eigenvector fills the radius.
     */
    static double[] subproblem(double[] b, double[] g, double delta) {
        int n = g.length;
        RealMatrix m = MatrixUtils.createRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.setEntry(i, j, 0.5 * (b[i * n + j] + b[j * n + i]));
            }
        }
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(m, 1e-12, false);
        double[] lambda = eig.getEigenvalues();
        RealMatrix q = eig.getV();
        double[] gq = q.transpose().operate(g);
        double minEigen = Double.POSITIVE_INFINITY;
        int minIndex = 0;
        for (int i = 0; i < n; i++) {
            if (lambda[i] < minEigen) {
                minEigen = lambda[i];
                minIndex = i;
            }
        }
        double scale = 0;
        for (double l : lambda) {
            scale = Math.max(scale, Math.abs(l));
        }
        double tiny = 1e-12 * Math.max(scale, 1e-300);
        // the unconstrained Newton step, if B is positive definite and it fits
        if (minEigen > tiny) {
            double[] p = stepAt(lambda, gq, 0);
            if (norm(p) <= delta) {
                return q.operate(p);
            }
        }
        double low = Math.max(0, -minEigen);
        double[] pLow = stepAt(lambda, gq, low + tiny);
        if (norm(pLow) < delta && !(minEigen < -tiny)) {
            // B is positive semi-definite and the minimiser fits: the least-norm one (a direction of zero curvature
            // and zero slope does not change the model, and moving along it is a guess)
            return q.operate(pLow);
        }
        if (norm(pLow) < delta) {
            // hard case: g has (almost) no component along the lowest eigenvector
            double[] p = pLow;
            double rest = Math.sqrt(Math.max(0, delta * delta - dot(p, p)));
            p[minIndex] += rest;
            return q.operate(p);
        }
        double l = low + tiny;
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] p = stepAt(lambda, gq, l);
            double pn = norm(p);
            if (Math.abs(pn - delta) <= 1e-10 * delta) {
                break;
            }
            // φ(λ) = 1/‖p‖ − 1/Δ; φ' = (Σ gq_i² / (λ_i + λ)³) / ‖p‖³
            double dpn = 0;
            for (int i = 0; i < n; i++) {
                double den = lambda[i] + l;
                dpn += gq[i] * gq[i] / (den * den * den);
            }
            double phi = 1 / pn - 1 / delta;
            double dphi = dpn / (pn * pn * pn);
            double next = l - phi / dphi;
            l = next > low ? next : 0.5 * (l + low);
        }
        return q.operate(stepAt(lambda, gq, l));
    }

    private static double[] stepAt(double[] lambda, double[] gq, double l) {
        double[] p = new double[gq.length];
        for (int i = 0; i < p.length; i++) {
            double den = lambda[i] + l;
            p[i] = den > 0 ? -gq[i] / den : 0;
        }
        return p;
    }

    /**
     * SciPy's {@code select_step}: the step if it stays inside; else the best of the step cut back at the boundary,
     * its reflection, and the Cauchy step, each kept a fraction (1 − θ) off the bounds.
     */
    private static double[] select(double[] x, double[] ph, double[] d, double[] gh, double[] bh, double delta,
                                   double theta, double[] lower, double[] upper) {
        int n = x.length;
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = d[i] * ph[i];
        }
        if (inside(x, p, lower, upper)) {
            return p;
        }
        boolean[] hits = new boolean[n];
        double pStride = stepToBound(x, p, lower, upper, hits);
        // reflected direction
        double[] rh = ph.clone();
        for (int i = 0; i < n; i++) {
            if (hits[i]) {
                rh[i] = -rh[i];
            }
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = d[i] * rh[i];
        }
        double[] phStrided = ph.clone();
        double[] onBound = new double[n];
        for (int i = 0; i < n; i++) {
            phStrided[i] *= pStride;
            onBound[i] = x[i] + p[i] * pStride;
        }
        double toTr = toTrustRegion(phStrided, rh, delta);
        double toBound = stepToBound(onBound, r, lower, upper, new boolean[n]);
        double rStride = Math.min(toBound, toTr);
        double rValue = Double.POSITIVE_INFINITY;
        double[] rBest = null;
        if (rStride > 0) {
            double lo = (1 - theta) * pStride / rStride;
            double hi = rStride == toBound ? theta * toBound : toTr;
            double[] base = phStrided;
            double t = minimizeAlong(bh, gh, base, rh, lo, hi);
            double[] cand = new double[n];
            for (int i = 0; i < n; i++) {
                cand[i] = base[i] + t * rh[i];
            }
            rValue = quadraticHat(bh, gh, cand);
            rBest = cand;
        }
        double[] pBack = new double[n];
        for (int i = 0; i < n; i++) {
            pBack[i] = phStrided[i] * theta;
        }
        double pValue = quadraticHat(bh, gh, pBack);
        // scaled Cauchy step along −g_h
        double[] ag = new double[n];
        double agNorm = 0;
        for (int i = 0; i < n; i++) {
            ag[i] = -gh[i];
            agNorm += ag[i] * ag[i];
        }
        agNorm = Math.sqrt(agNorm);
        double[] agx = new double[n];
        for (int i = 0; i < n; i++) {
            agx[i] = d[i] * ag[i];
        }
        double agToTr = delta / agNorm;
        double agToBound = stepToBound(x, agx, lower, upper, new boolean[n]);
        double agStride = agToBound < agToTr ? theta * agToBound : agToTr;
        double ta = minimizeAlong(bh, gh, new double[n], ag, 0, agStride);
        double[] agStep = new double[n];
        for (int i = 0; i < n; i++) {
            agStep[i] = ta * ag[i];
        }
        double agValue = quadraticHat(bh, gh, agStep);
        double[] bestHat = pBack;
        double best = pValue;
        if (rValue < best) {
            best = rValue;
            bestHat = rBest;
        }
        if (agValue < best) {
            bestHat = agStep;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = d[i] * bestHat[i];
        }
        return out;
    }

    /** @return the t in [lo, hi] minimising q(base + t·dir) */
    private static double minimizeAlong(double[] bh, double[] gh, double[] base, double[] dir, double lo, double hi) {
        int n = gh.length;
        // q(t) = a t² + b t + c
        double a = 0;
        double b = 0;
        for (int i = 0; i < n; i++) {
            double bd = 0;
            double bb = 0;
            for (int j = 0; j < n; j++) {
                bd += bh[i * n + j] * dir[j];
                bb += bh[i * n + j] * base[j];
            }
            a += 0.5 * dir[i] * bd;
            b += gh[i] * dir[i] + dir[i] * bb;
        }
        double t;
        if (a > 0) {
            t = Math.min(hi, Math.max(lo, -b / (2 * a)));
        } else {
            t = a * lo * lo + b * lo < a * hi * hi + b * hi ? lo : hi;
        }
        return t;
    }

    /** @return the largest t with ‖base + t·dir‖ ≤ Δ */
    private static double toTrustRegion(double[] base, double[] dir, double delta) {
        double a = dot(dir, dir);
        double b = 2 * dot(base, dir);
        double c = dot(base, base) - delta * delta;
        double disc = Math.sqrt(Math.max(0, b * b - 4 * a * c));
        return a > 0 ? (-b + disc) / (2 * a) : 0;
    }

    /** @return the largest t ≤ 1·∞ with lower ≤ x + t·p ≤ upper; {@code hits} marks the components that bind */
    private static double stepToBound(double[] x, double[] p, double[] lower, double[] upper, boolean[] hits) {
        double t = Double.POSITIVE_INFINITY;
        double[] per = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            per[i] = p[i] > 0 ? (upper[i] - x[i]) / p[i] : p[i] < 0 ? (lower[i] - x[i]) / p[i]
                    : Double.POSITIVE_INFINITY;
            t = Math.min(t, per[i]);
        }
        for (int i = 0; i < x.length; i++) {
            hits[i] = per[i] == t;
        }
        return Math.max(0, t);
    }

    private static boolean inside(double[] x, double[] p, double[] lower, double[] upper) {
        for (int i = 0; i < x.length; i++) {
            double v = x[i] + p[i];
            if (!(v > lower[i] && v < upper[i])) {
                return false;
            }
        }
        return true;
    }

    /** Moves x strictly inside the box (by a relative 1e-10 of the box width, as SciPy's make_strictly_feasible). */
    static double[] strictlyInside(double[] x, double[] lower, double[] upper) {
        for (int i = 0; i < x.length; i++) {
            double width = upper[i] - lower[i];
            double margin = Double.isFinite(width) ? 1e-10 * width : 1e-10 * Math.max(1, Math.abs(x[i]));
            if (x[i] <= lower[i]) {
                x[i] = lower[i] + margin;
            } else if (x[i] >= upper[i]) {
                x[i] = upper[i] - margin;
            }
        }
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
