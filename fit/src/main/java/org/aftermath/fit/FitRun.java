package org.aftermath.fit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.aftermath.cohort.sampling.PatientSeeds;
import org.aftermath.cohort.tasks.IndexedExecutor;
import org.aftermath.cohort.tasks.IndexedTask;
import org.aftermath.fit.io.ProblemException;
import org.aftermath.fit.objective.Evaluation;
import org.aftermath.fit.objective.Objective;
import org.aftermath.fit.optimize.FitJob;
import org.aftermath.fit.optimize.Method;
import org.aftermath.fit.optimize.Multistart;
import org.aftermath.fit.optimize.StartDesign;
import org.aftermath.fit.optimize.StartResult;
import org.aftermath.fit.problem.EstimationProblem;
import org.aftermath.fit.problem.ProblemParameter;
import org.aftermath.fit.uncertainty.AdaptiveMetropolis;
import org.aftermath.fit.uncertainty.ChainTask;
import org.aftermath.fit.uncertainty.Profile;
import org.aftermath.fit.uncertainty.ProfileTask;
import org.aftermath.fit.uncertainty.Profiler;
import org.aftermath.fit.uncertainty.Sample;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * A whole fit: the objective at the nominal parameters; seeded starts ({@link StartDesign}) optimised through the
 * executor; the Fisher information at the best point and its (pseudo-)inverse; optionally profile likelihoods of
 * every estimated parameter and a posterior sample of several adaptive-Metropolis chains started around the best
 * point. Every stage runs through the same {@link IndexedExecutor}, so results are the same for any engine and
 * thread count. A problem without gradients ({@link Objective#gradientUnavailable}) fits by CMA-ES only, without
 * profiles and without the Fisher information (no standard errors).
 */
public final class FitRun {

    /** Told as stages progress; for a terminal display. */
    @FunctionalInterface
    public interface Progress {
        /** Ignores everything. */
        Progress NONE = (stage, done, total, best) -> { };

        /**
         * @param stage "starts", "profiles" or "chains"
         * @param done  items finished
         * @param total items in all
         * @param best  the lowest objective so far (starts), else NaN
         */
        void update(String stage, int done, int total, double best);
    }

    private FitRun() {
    }

    /**
     * @param problem  the problem (as read from the job's files)
     * @param job      the job
     * @param options  starts, profiles, sampling
     * @param executor where the starts, profiles and chains run
     * @param progress told as they finish
     * @return the result
     * @throws ProblemException when the method or the profiles need gradients and the problem has none
     */
    public static FitResult run(EstimationProblem problem, FitJob job, FitOptions options, IndexedExecutor executor,
                                Progress progress) {
        Objective objective = job.objective();
        List<ProblemParameter> estimated = problem.estimated();
        int m = estimated.size();
        String noGradient = objective.gradientUnavailable();
        if (noGradient != null && (job.method() == Method.TRUST_REGION || options.profiles())) {
            throw new ProblemException(problem.source(), "", (options.profiles() ? "profiles need"
                    : "the trust-region method needs") + " gradients, which are not available: " + noGradient
                    + " (the gradient-free --method cmaes without --profiles needs none)");
        }
        boolean derivatives = noGradient == null;
        Evaluation nominal = objective.evaluate(problem.nominal(), derivatives);
        double[][] starts = StartDesign.points(estimated, options.starts(), job.seed(), options.design());
        List<StartResult> results = Multistart.run(job, starts, executor,
                (done, total, best) -> progress.update("starts", done, total, best));
        int best = Multistart.best(results);
        if (best < 0) {
            return new FitResult(problem, job, options, results, -1, nominal, null, null, List.of(), null);
        }
        StartResult b = results.get(best);
        Evaluation atBest = objective.evaluate(b.x(), derivatives);
        double[] covariance = derivatives ? pseudoInverse(atBest.information(), m) : null;
        double[] width = new double[m];
        double[] se = new double[m];
        for (int k = 0; k < m; k++) {
            width[k] = estimated.get(k).upperOnScale() - estimated.get(k).lowerOnScale();
            se[k] = covariance == null ? Double.NaN : Math.sqrt(Math.max(0, covariance[k * m + k]));
        }
        List<Profile.Pair> profiles = new ArrayList<>();
        if (options.profiles()) {
            double[] firstSteps = new double[m];
            for (int k = 0; k < m; k++) {
                firstSteps[k] = se[k] > 0 && Double.isFinite(se[k]) ? Math.min(0.25 * se[k], 0.1 * width[k])
                        : 0.01 * width[k];
            }
            ProfileTask task = new ProfileTask(job, b.x(), b.value(), firstSteps, Profiler.threshold(options.level()));
            List<Profile> sides = collect(executor, task, 2 * m, "profiles", progress);
            for (int k = 0; k < m; k++) {
                profiles.add(new Profile.Pair(k, sides.get(2 * k), sides.get(2 * k + 1)));
            }
        }
        Sample sample = null;
        if (options.samples() > 0) {
            double[] lower = estimated.stream().mapToDouble(ProblemParameter::lowerOnScale).toArray();
            double[] upper = estimated.stream().mapToDouble(ProblemParameter::upperOnScale).toArray();
            double[] scales = new double[m];
            for (int k = 0; k < m; k++) {
                scales[k] = se[k] > 0 && Double.isFinite(se[k]) ? Math.min(se[k], 0.1 * width[k]) : 0.01 * width[k];
            }
            long seed = PatientSeeds.mix64(job.seed() ^ 0x5A4D504C45L);
            double[][] chainStarts = chainStarts(b.x(), scales, lower, upper, options.chains(), seed);
            ChainTask task = new ChainTask(job, chainStarts, scales, options.samples(), options.samples(), seed);
            sample = Sample.of(collect(executor, task, options.chains(), "chains", progress), options.samples(), seed);
        }
        return new FitResult(problem, job, options, results, best, nominal, atBest, covariance, profiles, sample);
    }

    /** Chain starts: the best point plus N(0, (2·scale)²) per parameter, redrawn until inside the bounds. */
    private static double[][] chainStarts(double[] best, double[] scales, double[] lower, double[] upper, int chains,
                                          long seed) {
        double[][] out = new double[chains][best.length];
        for (int c = 0; c < chains; c++) {
            var random = PatientSeeds.generator(PatientSeeds.patientSeed(seed ^ 0x53544152L, c));
            for (int k = 0; k < best.length; k++) {
                double v;
                int attempts = 0;
                do {
                    v = best[k] + 2 * scales[k] * random.nextGaussian();
                } while (!(v > lower[k] && v < upper[k]) && ++attempts < 100);
                out[c][k] = v > lower[k] && v < upper[k] ? v : best[k];
            }
        }
        return out;
    }

    private static <R> List<R> collect(IndexedExecutor executor, IndexedTask<R> task, int n, String stage,
                                       Progress progress) {
        List<R> out = new ArrayList<>();
        try {
            executor.execute(task, 0, n, (i, r) -> {
                out.add(r);
                progress.update(stage, out.size(), n, Double.NaN);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** @return the Moore–Penrose inverse of a symmetric m×m matrix (singular values below 1e-12 × the largest dropped) */
    static double[] pseudoInverse(double[] a, int m) {
        if (m == 0) {
            return new double[0];
        }
        RealMatrix matrix = MatrixUtils.createRealMatrix(m, m);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                matrix.setEntry(i, j, a[i * m + j]);
            }
        }
        RealMatrix inverse = new SingularValueDecomposition(matrix).getSolver().getInverse();
        double[] out = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                out[i * m + j] = inverse.getEntry(i, j);
            }
        }
        return out;
    }
}
