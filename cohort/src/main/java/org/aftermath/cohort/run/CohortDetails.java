package org.aftermath.cohort.run;

import java.util.List;
import org.aftermath.cohort.sampling.ParameterSamples;
import org.aftermath.cohort.tasks.IndexRange;
import org.aftermath.output.Manifest;
import org.aftermath.output.Solver;

/**
 * A cohort's facts in its {@link Manifest}, so anyone can rerun or resume it. The manifest is written with
 * {@code complete: false} before the first patient and rewritten with {@code complete: true} after the last output.
 *
 * @param complete         true once every patient, the summary and the report are written
 * @param scenario         scenario name
 * @param scenarioFile     scenario path as given
 * @param scenarioSha256   SHA-256 of the scenario file's bytes
 * @param modelFilesSha256 SHA-256 over the user's model files (name, NUL, text, NUL, in name order), or null for
 *                         the bundled model
 * @param seed             cohort seed
 * @param generator        the random generator algorithm
 * @param patientSeeds     how each patient's seed derives from the cohort seed and its index
 * @param patients         number of patients
 * @param inputs           the varied inputs, in variability (and column) order
 * @param shard            the part of the cohort this folder holds ({@code --shard K/N}), or null for the whole
 * @param executor         which engine ran the patients ({@link org.aftermath.cohort.tasks.IndexedExecutor#name()})
 * @param threads          worker threads of the local engine, or null for another engine
 * @param solver           integrator and tolerances
 * @param horizonDays      the scenario's horizon, days (the band grid's last day)
 * @param gridStepDays     spacing of the band grid, days
 * @param rangeWarnings    the scenario's values outside their parameters' plausible ranges, and the
 *                         varied parameters whose distributions draw outside them, with the share of
 *                         patients (also on stderr)
 * @param parameterSamples the parameter sets the patients draw from ({@code --parameter-samples}: file, SHA-256,
 *                         rows, columns), or null
 */
public record CohortDetails(boolean complete, String scenario, String scenarioFile, String scenarioSha256,
                            String modelFilesSha256, long seed, String generator, String patientSeeds, long patients,
                            List<String> inputs, Shard shard, String executor, Integer threads, Solver solver,
                            double horizonDays, double gridStepDays, List<String> rangeWarnings,
                            ParameterSamples.Provenance parameterSamples) {

    public CohortDetails {
        rangeWarnings = rangeWarnings == null ? List.of() : List.copyOf(rangeWarnings);
    }

    /** @return these facts marked complete */
    public CohortDetails completed() {
        return new CohortDetails(true, scenario, scenarioFile, scenarioSha256, modelFilesSha256, seed, generator,
                patientSeeds, patients, inputs, shard, executor, threads, solver, horizonDays, gridStepDays,
                rangeWarnings, parameterSamples);
    }

    /** @return these facts for another part of the cohort (null: the whole), run by another engine */
    public CohortDetails with(Shard part, String engine, Integer engineThreads) {
        return new CohortDetails(complete, scenario, scenarioFile, scenarioSha256, modelFilesSha256, seed, generator,
                patientSeeds, patients, inputs, part, engine, engineThreads, solver, horizonDays, gridStepDays,
                rangeWarnings, parameterSamples);
    }

    /**
     * One of {@code count} near-equal contiguous parts of a cohort's patients ({@link IndexRange#part}), run on its own
     * and joined with the others by {@link CohortMerge}.
     *
     * @param index which part, 1 to count
     * @param count number of parts, 1 to the number of patients
     * @param from  its first patient
     * @param to    one past its last patient
     */
    public record Shard(int index, int count, long from, long to) {

        /**
         * @param index    which part, in [1, count]
         * @param count    number of parts, in [1, patients]
         * @param patients the cohort's patients
         * @return the shard
         * @throws IllegalArgumentException unless 1 &le; index &le; count &le; patients
         */
        public static Shard of(int index, int count, long patients) {
            if (count < 1 || index < 1 || index > count || count > patients) {
                throw new IllegalArgumentException("shard " + index + "/" + count + " of " + patients + " patients does"
                        + " not exist (K/N with 1 <= K <= N <= the patients)");
            }
            IndexRange r = new IndexRange(0, patients).part(index - 1, count);
            return new Shard(index, count, r.from(), r.to());
        }

        /** @return its patients' index range */
        public IndexRange range() {
            return new IndexRange(from, to);
        }

        @Override
        public String toString() {
            return index + "/" + count;
        }
    }
}
