package org.aftermath.cohort.run;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.runner.BestResponse;

/**
 * Computes the {@link CohortSummary} from {@code patients.bin} ({@link OutcomeSpill}). The file is read in blocks of
 * columns, each block holding every patient's values of at most {@code budgetBytes / (8 N)} columns (at least two,
 * so the first holds the response column), so memory is bounded by the budget (or two columns of N doubles) whatever
 * the number of grid days; each column is sorted and its quantiles taken exactly ({@link Quantiles}).
 *
 * <p>Every statistic is over the completed patients; patients whose run failed ({@link PatientOutcome#failed}, a NaN
 * response in the spill) are counted in {@link CohortSummary#failedPatients()} and left out of the rest.
 */
public final class CohortSummarizer {

    /** Default memory budget of one block, bytes. */
    public static final long DEFAULT_BUDGET_BYTES = 64L << 20;

    private CohortSummarizer() {
    }

    /**
     * @param spill       the spill file, holding exactly {@code patients} records
     * @param layout      its record layout
     * @param patients    number of patients (&ge; 1)
     * @param grid        the band-grid days ({@code layout.grid()} of them)
     * @param inputs      the input names ({@code layout.inputs()} of them)
     * @param scenario    scenario name
     * @param seed        cohort seed
     * @param budgetBytes memory for one block of columns
     * @return the summary
     * @throws IOException on a read failure or if the file's size does not match
     * @throws NoPatientCompletedException if every patient's run failed: there is nothing to summarise
     */
    public static CohortSummary summarise(Path spill, OutcomeSpill layout, long patients, double[] grid,
                                          List<String> inputs, String scenario, long seed, long budgetBytes)
            throws IOException {
        long expected = patients * layout.recordBytes();
        if (Files.size(spill) != expected) {
            throw new IOException(spill + " holds " + Files.size(spill) + " bytes, expected " + expected + " for "
                    + patients + " patients");
        }
        if (patients > CohortJob.MAX_PATIENTS) {
            throw new IllegalArgumentException("at most " + CohortJob.MAX_PATIENTS + " patients can be summarised");
        }
        int n = (int) patients;
        int block = (int) Math.max(2, Math.min(layout.columns(), budgetBytes / (8L * n)));
        double[] p05 = new double[layout.grid()];
        double[] median = new double[layout.grid()];
        double[] p95 = new double[layout.grid()];
        double[] pfs = new double[layout.grid()];
        long[] responses = new long[BestResponse.values().length];
        List<CohortSummary.InputSummary> inputSummaries = new ArrayList<>();
        boolean[] completed = null;
        int m = n;
        for (int c0 = 0; c0 < layout.columns(); c0 += block) {
            int c1 = Math.min(layout.columns(), c0 + block);
            double[][] values = read(spill, layout, n, c0, c1);
            if (completed == null) {
                completed = new boolean[n];
                m = 0;
                for (int i = 0; i < n; i++) {
                    completed[i] = OutcomeSpill.completed(values[OutcomeSpill.RESPONSE][i]);
                    m += completed[i] ? 1 : 0;
                }
                if (m == 0) {
                    throw new NoPatientCompletedException(n);
                }
            }
            for (int c = c0; c < c1; c++) {
                double[] x = m == n ? values[c - c0] : only(values[c - c0], completed, m);
                if (c == OutcomeSpill.PROGRESSION) {
                    progressionFree(x, grid, pfs);
                } else if (c == OutcomeSpill.RESPONSE) {
                    for (double r : x) {
                        responses[(int) r]++;
                    }
                } else if (c < layout.gridColumn(0)) {
                    int j = c - layout.inputColumn(0);
                    inputSummaries.add(input(inputs.get(j), x));
                } else {
                    int k = c - layout.gridColumn(0);
                    Arrays.sort(x);
                    p05[k] = Quantiles.ofSorted(x, 0.05);
                    median[k] = Quantiles.ofSorted(x, 0.5);
                    p95[k] = Quantiles.ofSorted(x, 0.95);
                }
            }
        }
        Map<String, CohortSummary.Rate> rates = new LinkedHashMap<>();
        for (BestResponse r : BestResponse.values()) {
            rates.put(r.name(), new CohortSummary.Rate(responses[r.ordinal()], (double) responses[r.ordinal()] / m));
        }
        double objective = (double) (responses[BestResponse.CR.ordinal()] + responses[BestResponse.PR.ordinal()]) / m;
        Double medianPfs = null;
        for (int k = 0; k < grid.length; k++) {
            if (pfs[k] <= 0.5) {
                medianPfs = grid[k];
                break;
            }
        }
        return new CohortSummary(scenario, patients, n - m, seed, Quantiles.DEFINITION,
                new CohortSummary.Bands("cells", grid.clone(), p05, median, p95),
                new CohortSummary.ProgressionFree(grid.clone(), pfs, pfs[pfs.length - 1], medianPfs),
                rates, objective, inputSummaries);
    }

    /** @return the entries of {@code x} whose {@code keep} flag is set ({@code count} of them), in order */
    private static double[] only(double[] x, boolean[] keep, int count) {
        double[] out = new double[count];
        int j = 0;
        for (int i = 0; i < x.length; i++) {
            if (keep[i]) {
                out[j++] = x[i];
            }
        }
        return out;
    }

    /** Fraction with no progression by each day: progression day NaN (none) or later than the day. */
    static void progressionFree(double[] progressionDays, double[] grid, double[] out) {
        double[] sorted = progressionDays.clone();
        Arrays.sort(sorted); // NaN (no progression) sorts last
        for (int k = 0; k < grid.length; k++) {
            int progressed = upperBound(sorted, grid[k]);
            out[k] = (double) (sorted.length - progressed) / sorted.length;
        }
    }

    /** @return the number of entries {@code <= day} of an ascending array (NaN last) */
    private static int upperBound(double[] sorted, double day) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static CohortSummary.InputSummary input(String name, double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double mean = sum / x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = x.length > 1 ? Math.sqrt(ss / (x.length - 1)) : 0.0;
        double[] s = x.clone();
        Arrays.sort(s);
        return new CohortSummary.InputSummary(name, mean, sd, s[0], Quantiles.ofSorted(s, 0.05),
                Quantiles.ofSorted(s, 0.5), Quantiles.ofSorted(s, 0.95), s[s.length - 1]);
    }

    /** @return columns {@code [c0, c1)} of every record, column-major */
    private static double[][] read(Path spill, OutcomeSpill layout, int n, int c0, int c1) throws IOException {
        double[][] out = new double[c1 - c0][n];
        byte[] record = new byte[layout.recordBytes()];
        ByteBuffer buf = ByteBuffer.wrap(record);
        try (InputStream raw = Files.newInputStream(spill);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            for (int i = 0; i < n; i++) {
                in.readFully(record);
                for (int c = c0; c < c1; c++) {
                    out[c - c0][i] = buf.getDouble(c * Double.BYTES);
                }
            }
        }
        return out;
    }
}
