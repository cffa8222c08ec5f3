package org.aftermath.fit;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.cohort.run.Quantiles;
import org.aftermath.fit.objective.Evaluation;
import org.aftermath.fit.problem.EstimationProblem;
import org.aftermath.fit.problem.ProblemParameter;
import org.aftermath.fit.uncertainty.AdaptiveMetropolis;
import org.aftermath.fit.uncertainty.Profile;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * {@code fit.json}: the estimates with their intervals, the objective at the best and at the nominal parameters,
 * the starts' agreement, the sampler's diagnostics, and what produced them. Objectives are negative
 * log-likelihoods with PEtab's constants (plus the negative log prior density when priors are given).
 *
 * @param problem       the problem's name
 * @param source        the problem file
 * @param filesSha256   SHA-256 over the problem's files (name, NUL, text, NUL, in name order)
 * @param seed          the fit's seed
 * @param method        the local optimiser
 * @param design        how the starts were drawn
 * @param starts        the number of starts
 * @param startsAtBest  starts whose objective is within 0.1 of the best (the waterfall's first step)
 * @param failedStarts  starts that ended without a finite objective
 * @param measurements  the number of measurements
 * @param solver        integrator and tolerances
 * @param best          the objective at the best point (null when no start succeeded)
 * @param nominal       the objective at the nominal parameters
 * @param confidence    the confidence level of the intervals
 * @param parameters    every parameter of the table, estimated or fixed
 * @param sampling      the posterior sample's summary, or null
 * @param omitted       data rows the problem file leaves out of the objective, per observable, with why
 */
public record FitSummary(String problem, String source, String filesSha256, long seed, String method, String design,
                         int starts, int startsAtBest, int failedStarts, int measurements, Solver solver,
                         Objective best, Objective nominal, double confidence, List<Estimate> parameters,
                         Sampling sampling, List<EstimationProblem.Omission> omitted) {

    /** What counts as reaching the best objective, in objective units. */
    public static final double AT_BEST = 0.1;

    /**
     * @param integrator the integrator
     * @param rtol       relative tolerance
     * @param atol       absolute tolerance
     * @param gradients  how gradients were computed
     */
    public record Solver(String integrator, double rtol, double atol, String gradients) { }

    /**
     * @param value      negative log-likelihood + negative log prior
     * @param likelihood negative log-likelihood
     * @param prior      negative log prior density
     * @param failure    why it is not finite, or null
     */
    public record Objective(double value, double likelihood, double prior, String failure) {
        public static Objective of(Evaluation e) {
            return e == null ? null : new Objective(e.value(), e.likelihood(), e.prior(),
                    e.ok() ? null : e.failure());
        }
    }

    /**
     * One parameter.
     *
     * @param id            the id
     * @param name          its display name
     * @param estimated     whether it was estimated
     * @param scale         the estimation scale
     * @param lower         lower bound (linear)
     * @param upper         upper bound (linear)
     * @param nominal       the nominal value (linear)
     * @param estimate      the estimate (linear; the nominal value when fixed)
     * @param standardError the standard error on the estimation scale (Fisher information), or null
     * @param waldLower     the Wald interval's lower end (linear), or null
     * @param waldUpper     its upper end (linear), or null
     * @param profileLower  the profile interval's lower end (linear), or null (not profiled, or unbounded below)
     * @param profileUpper  its upper end, or null
     * @param verdict       the profile's verdict, or null
     */
    public record Estimate(String id, String name, boolean estimated, String scale, double lower, double upper,
                           double nominal, double estimate, Double standardError, Double waldLower, Double waldUpper,
                           Double profileLower, Double profileUpper, String verdict) { }

    /**
     * @param chains          chains
     * @param samplesPerChain samples kept per chain
     * @param burnIn          iterations discarded per chain
     * @param seed            the sampler's seed
     * @param acceptance      per chain, the acceptance rate
     * @param parameters      per estimated parameter
     */
    public record Sampling(int chains, int samplesPerChain, int burnIn, long seed, List<Double> acceptance,
                           List<Marginal> parameters) { }

    /**
     * A posterior marginal (linear scale).
     *
     * @param id     the parameter
     * @param mean   the posterior mean
     * @param median the median
     * @param lower  the lower end of the central credible interval
     * @param upper  its upper end
     * @param rhat   split R̂
     * @param ess    effective sample size
     */
    public record Marginal(String id, double mean, double median, double lower, double upper, double rhat,
                           double ess) { }

    /** @return the summary of a fit */
    public static FitSummary of(FitResult r, String filesSha256) {
        List<ProblemParameter> estimated = r.problem().estimated();
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + r.options().level() / 2);
        List<Estimate> parameters = new ArrayList<>();
        for (ProblemParameter p : r.problem().parameters()) {
            int k = estimated.indexOf(p);
            if (k < 0 || r.best() < 0) {
                parameters.add(new Estimate(p.id(), p.name(), p.estimated(), p.scale().id(), p.lower(), p.upper(),
                        p.nominal(), p.nominal(), null, null, null, null, null, null));
                continue;
            }
            double x = r.bestStart().x()[k];
            double se = r.standardError(k);
            boolean hasSe = Double.isFinite(se) && se > 0;
            Double profileLower = null;
            Double profileUpper = null;
            String verdict = null;
            if (!r.profiles().isEmpty()) {
                Profile.Pair pair = r.profiles().get(k);
                profileLower = pair.lower().bounded() ? p.scale().toModel(pair.lower().crossing()) : null;
                profileUpper = pair.upper().bounded() ? p.scale().toModel(pair.upper().crossing()) : null;
                verdict = pair.verdict();
            }
            parameters.add(new Estimate(p.id(), p.name(), true, p.scale().id(), p.lower(), p.upper(), p.nominal(),
                    p.scale().toModel(x), hasSe ? se : null, hasSe ? p.scale().toModel(x - z * se) : null,
                    hasSe ? p.scale().toModel(x + z * se) : null, profileLower, profileUpper, verdict));
        }
        int failed = 0;
        for (var s : r.starts()) {
            if (!s.ok()) {
                failed++;
            }
        }
        return new FitSummary(r.problem().name(), r.problem().source(), filesSha256, r.job().seed(),
                r.job().method().id(), r.options().design().id(), r.starts().size(), r.startsAtBest(AT_BEST), failed,
                r.problem().measurements().size(),
                new Solver("RODAS4 with forward sensitivities (simultaneous corrector)", r.job().rtol(),
                        r.job().atol(), "forward sensitivities"),
                Objective.of(r.atBest()), Objective.of(r.atNominal()), r.options().level(), parameters,
                sampling(r), r.problem().omitted());
    }

    private static Sampling sampling(FitResult r) {
        if (r.sample() == null) {
            return null;
        }
        List<ProblemParameter> estimated = r.problem().estimated();
        double[][] all = r.sample().all();
        double tail = (1 - r.options().level()) / 2;
        List<Marginal> marginals = new ArrayList<>();
        for (int k = 0; k < estimated.size(); k++) {
            ProblemParameter p = estimated.get(k);
            double[] v = new double[all.length];
            double sum = 0;
            for (int i = 0; i < all.length; i++) {
                v[i] = p.scale().toModel(all[i][k]);
                sum += v[i];
            }
            java.util.Arrays.sort(v);
            marginals.add(new Marginal(p.id(), sum / v.length, Quantiles.ofSorted(v, 0.5), Quantiles.ofSorted(v, tail),
                    Quantiles.ofSorted(v, 1 - tail), r.sample().rhat()[k], r.sample().ess()[k]));
        }
        List<Double> acceptance = new ArrayList<>();
        for (AdaptiveMetropolis.Chain c : r.sample().chains()) {
            acceptance.add(c.acceptance());
        }
        return new Sampling(r.sample().chains().size(), r.sample().chains().get(0).samples().length,
                r.sample().burnIn(), r.sample().seed(), acceptance, marginals);
    }
}
