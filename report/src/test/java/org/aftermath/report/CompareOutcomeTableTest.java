package org.aftermath.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aftermath.report.CompareReportWriter.Compared;
import org.aftermath.runner.RunResult;
import org.junit.jupiter.api.Test;

/** The comparison's outcome table of the Fig. 3A pair against closed forms of the log-kill model. */
class CompareOutcomeTableTest {

    @Test
    void comparisonValuesAgreeWithClosedForms() {
        RunResult td10 = Fixtures.example("figure-3a-td10", 1);
        RunResult td60 = Fixtures.example("figure-3a-td60", 1);
        String table = CompareReportWriter.outcomeTable(List.of(new Compared("td10", "a", "", td10),
                new Compared("td60", "b", "", td60)));
        // final burdens N0 * 0.1^7 * 2^(147/Td): ratio 2^(147/60 - 147/10) = 2^-12.25 = 2.053e-4
        assertThat(table).contains(">2.05 × 10⁻⁴<");
        // log10 change: -7 + (147/Td) log10 2 = -2.575 (Td 10) and -6.263 (Td 60)
        assertThat(table).contains(">−2.57<", ">−6.26<");
        // nadirs just after the 7th dose (day 126): 1e2 * 2^(126/Td) = 6.21e5 and 428.7 cells
        assertThat(table).contains(">6.21 × 10⁵<", ">428.7<", ">126<");
    }
}
