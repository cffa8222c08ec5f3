package org.aftermath.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.aftermath.runner.BestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary of a five-patient cohort whose bands, progression-free curve and response rates are hand-computed. */
class CohortSummarizerTest {

    private static final double[] GRID = {0, 10, 20, 30};

    @TempDir
    Path dir;

    /** Five patients: burdens on day 10 of 1, 2, 3, 4, 10 (in scrambled order); progression on 10, 20, none, 20, 35. */
    private Path spill(OutcomeSpill layout) throws IOException {
        return spill(layout, Set.of());
    }

    /** The five patients, with failed patients (drawn input 1000, outcomes NaN) at the indices {@code failed}. */
    private Path spill(OutcomeSpill layout, Set<Integer> failed) throws IOException {
        double[] day10 = {3, 10, 1, 4, 2};
        double[] progression = {10, 20, Double.NaN, 20, Double.NaN};
        BestResponse[] responses = {BestResponse.PD, BestResponse.PD, BestResponse.PR, BestResponse.SD, BestResponse.CR};
        int n = 5 + failed.size();
        ByteBuffer buf = ByteBuffer.allocate(n * layout.recordBytes());
        for (int i = 0, k = 0; i < n; i++) {
            PatientOutcome o;
            if (failed.contains(i)) {
                o = PatientOutcome.failed(i, i, new double[] {1000}, GRID.length, "rosenbrock: step size underflow");
            } else {
                // final burden, nadir, nadir day, best response, progression day, progression-free
                double[] outcomes = {0, 0, 0, responses[k].ordinal(), progression[k], Double.isNaN(progression[k]) ? 1 : 0};
                o = new PatientOutcome(i, i, new double[] {k + 1.0}, outcomes,
                        new double[] {1e9, day10[k] * 1e6, 100 + k, 5}, null);
                k++;
            }
            layout.put(o, buf);
        }
        Path file = dir.resolve("patients.bin");
        Files.write(file, buf.array());
        return file;
    }

    private CohortSummary summarise(long budget) throws IOException {
        return summarise(budget, Set.of());
    }

    private CohortSummary summarise(long budget, Set<Integer> failed) throws IOException {
        OutcomeSpill layout = new OutcomeSpill(1, GRID.length);
        return CohortSummarizer.summarise(spill(layout, failed), layout, 5 + failed.size(), GRID, List.of("x"),
                "test", 3, budget);
    }

    @Test
    void bandsAreType7QuantilesOfEachDay() throws IOException {
        CohortSummary s = summarise(CohortSummarizer.DEFAULT_BUDGET_BYTES);
        // day 10: sorted 1, 2, 3, 4, 10 (x 1e6); h = 4 p
        assertThat(s.burden().p05()[1]).isCloseTo(1.2e6, within(1e-6));
        assertThat(s.burden().median()[1]).isEqualTo(3e6);
        assertThat(s.burden().p95()[1]).isCloseTo(8.8e6, within(1e-6));
        // day 20: 100..104 -> p05 = 100.2, median 102, p95 = 103.8
        assertThat(s.burden().p05()[2]).isCloseTo(100.2, within(1e-12));
        assertThat(s.burden().median()[2]).isEqualTo(102.0);
        assertThat(s.burden().p95()[2]).isCloseTo(103.8, within(1e-12));
        assertThat(s.burden().median()[0]).isEqualTo(1e9);
        assertThat(s.burden().days()).containsExactly(GRID);
    }

    @Test
    void progressionFreeFractionByDay() throws IOException {
        CohortSummary s = summarise(CohortSummarizer.DEFAULT_BUDGET_BYTES);
        // progression on 10, 20, 20; two never: free by day 0: 5/5, 10: 4/5, 20: 2/5, 30: 2/5
        assertThat(s.progressionFree().fraction()).containsExactly(1.0, 0.8, 0.4, 0.4);
        assertThat(s.progressionFree().atHorizon()).isEqualTo(0.4);
        assertThat(s.progressionFree().medianDays()).isEqualTo(20.0);
    }

    @Test
    void responseRatesAndInputSummary() throws IOException {
        CohortSummary s = summarise(CohortSummarizer.DEFAULT_BUDGET_BYTES);
        assertThat(s.response().keySet()).containsExactly("CR", "PR", "SD", "PD");
        assertThat(s.response().get("CR")).isEqualTo(new CohortSummary.Rate(1, 0.2));
        assertThat(s.response().get("PR")).isEqualTo(new CohortSummary.Rate(1, 0.2));
        assertThat(s.response().get("SD")).isEqualTo(new CohortSummary.Rate(1, 0.2));
        assertThat(s.response().get("PD")).isEqualTo(new CohortSummary.Rate(2, 0.4));
        assertThat(s.objectiveResponse()).isEqualTo(0.4);
        // inputs 1..5: mean 3, sd sqrt(2.5), median 3, p05 1.2, p95 4.8
        CohortSummary.InputSummary x = s.inputs().get(0);
        assertThat(x.mean()).isEqualTo(3.0);
        assertThat(x.sd()).isCloseTo(Math.sqrt(2.5), within(1e-15));
        assertThat(x.p05()).isCloseTo(1.2, within(1e-15));
        assertThat(x.median()).isEqualTo(3.0);
        assertThat(x.p95()).isCloseTo(4.8, within(1e-15));
        assertThat(x.min()).isEqualTo(1.0);
        assertThat(x.max()).isEqualTo(5.0);
    }

    @Test
    void aOneColumnBudgetGivesTheSameSummary() throws IOException {
        CohortSummary big = summarise(CohortSummarizer.DEFAULT_BUDGET_BYTES);
        CohortSummary small = summarise(1);
        assertThat(small.burden().median()).containsExactly(big.burden().median());
        assertThat(small.burden().p05()).containsExactly(big.burden().p05());
        assertThat(small.burden().p95()).containsExactly(big.burden().p95());
        assertThat(small.progressionFree().fraction()).containsExactly(big.progressionFree().fraction());
        assertThat(small.response()).isEqualTo(big.response());
        assertThat(small.inputs()).isEqualTo(big.inputs());
    }

    @Test
    void failedPatientsAreCountedAndLeftOutOfEveryStatistic() throws IOException {
        CohortSummary five = summarise(CohortSummarizer.DEFAULT_BUDGET_BYTES);
        assertThat(five.failedPatients()).isZero();
        for (long budget : new long[] {CohortSummarizer.DEFAULT_BUDGET_BYTES, 1}) {
            CohortSummary eight = summarise(budget, Set.of(0, 3, 7));
            assertThat(eight.patients()).isEqualTo(8);
            assertThat(eight.failedPatients()).isEqualTo(3);
            // the hand-computed numbers of the five completed patients, whatever the failed ones hold
            assertThat(eight.burden().median()).containsExactly(five.burden().median());
            assertThat(eight.burden().p05()).containsExactly(five.burden().p05());
            assertThat(eight.burden().p95()).containsExactly(five.burden().p95());
            assertThat(eight.progressionFree().fraction()).containsExactly(1.0, 0.8, 0.4, 0.4);
            assertThat(eight.response().get("PD")).isEqualTo(new CohortSummary.Rate(2, 0.4));
            assertThat(eight.objectiveResponse()).isEqualTo(0.4);
            assertThat(eight.inputs()).isEqualTo(five.inputs());
        }
    }

    @Test
    void aCohortWhosePatientsAllFailedHasNothingToSummarise() throws IOException {
        OutcomeSpill layout = new OutcomeSpill(1, GRID.length);
        ByteBuffer buf = ByteBuffer.allocate(2 * layout.recordBytes());
        for (int i = 0; i < 2; i++) {
            layout.put(PatientOutcome.failed(i, i, new double[] {1}, GRID.length, "no"), buf);
        }
        Path file = dir.resolve("all-failed.bin");
        Files.write(file, buf.array());
        assertThatThrownBy(() -> CohortSummarizer.summarise(file, layout, 2, GRID, List.of("x"), "t", 1, 1 << 20))
                .isInstanceOf(NoPatientCompletedException.class).hasMessageContaining("every one of the 2 patients");
    }
}
