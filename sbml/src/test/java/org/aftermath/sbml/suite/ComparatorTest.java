package org.aftermath.sbml.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aftermath.sbml.ResultTable;
import org.junit.jupiter.api.Test;

/** The pass rule on deliberately wrong outputs. */
class ComparatorTest {

    private static ResultTable table(List<String> header, double[]... rows) {
        return new ResultTable(header, rows);
    }

    private static final List<String> HEADER = List.of("time", "S1", "S2");
    private static final ResultTable EXPECTED = table(HEADER, new double[] {0, 1, 100}, new double[] {1, 0.5, 200});

    @Test
    void equalTablesPassAndDeviationsPassUpToTheTolerance() {
        assertThat(Comparator.compare(EXPECTED, EXPECTED, List.of("S1", "S2"), 1e-3, 1e-2)).isNull();
        // |e - a| <= abs + rel |e|: 200 +- (1e-3 + 2) passes, a bit more fails
        ResultTable edge = table(HEADER, new double[] {0, 1, 100}, new double[] {1, 0.5, 202.0009});
        assertThat(Comparator.compare(EXPECTED, edge, List.of("S1", "S2"), 1e-3, 1e-2)).isNull();
        ResultTable beyond = table(HEADER, new double[] {0, 1, 100}, new double[] {1, 0.5, 202.002});
        assertThat(Comparator.compare(EXPECTED, beyond, List.of("S1", "S2"), 1e-3, 1e-2))
                .startsWith("1 point out of tolerance; worst S2 at t=1.0: expected 200.0, got 202.002");
    }

    @Test
    void onlyListedVariablesCountAndTheWorstPointIsNamed() {
        ResultTable wrongS2 = table(HEADER, new double[] {0, 1, 0}, new double[] {1, 0.4, 0});
        assertThat(Comparator.compare(EXPECTED, wrongS2, List.of("S1"), 1e-3, 1e-2))
                .isEqualTo("1 point out of tolerance; worst S1 at t=1.0: expected 0.5, got 0.4 (16.7 x tolerance)");
        assertThat(Comparator.compare(EXPECTED, wrongS2, List.of("S1", "S2"), 1e-3, 1e-2))
                .startsWith("3 points out of tolerance; worst S2 at t=1.0");
    }

    @Test
    void nanAndInfinityMustMatchExactly() {
        List<String> h = List.of("time", "x");
        ResultTable nan = table(h, new double[] {0, Double.NaN});
        ResultTable inf = table(h, new double[] {0, Double.POSITIVE_INFINITY});
        ResultTable big = table(h, new double[] {0, 1e308});
        assertThat(Comparator.compare(nan, nan, List.of("x"), 1, 1)).isNull();
        assertThat(Comparator.compare(nan, big, List.of("x"), 1, 1)).startsWith("1 point out of tolerance");
        assertThat(Comparator.compare(inf, inf, List.of("x"), 1, 1)).isNull();
        assertThat(Comparator.compare(inf, big, List.of("x"), 1, 1)).startsWith("1 point out of tolerance");
        assertThat(Comparator.compare(inf, table(h, new double[] {0, Double.NEGATIVE_INFINITY}), List.of("x"), 1, 1))
                .startsWith("1 point out of tolerance");
    }

    @Test
    void missingRowsColumnsAndShiftedTimesFail() {
        assertThat(Comparator.compare(EXPECTED, table(HEADER, new double[] {0, 1, 100}), List.of("S1"), 1e-3, 1e-2))
                .isEqualTo("expected 2 rows, simulated 1");
        assertThat(Comparator.compare(EXPECTED, table(List.of("time", "S1"), new double[] {0, 1}, new double[] {1, 0.5}),
                List.of("S2"), 1e-3, 1e-2)).isEqualTo("the simulation has no column 'S2'");
        ResultTable shifted = table(HEADER, new double[] {0, 1, 100}, new double[] {1.5, 0.5, 200});
        assertThat(Comparator.compare(EXPECTED, shifted, List.of("S1"), 1e-3, 1e-2)).isEqualTo("row 1 is at time 1.5, expected 1.0");
    }

    @Test
    void aVariableNamedTimeIsNotTheTimeColumn() {
        List<String> h = List.of("time", "time");
        assertThat(Comparator.compare(table(List.of("Time", "time"), new double[] {0, 10}), table(h, new double[] {0, 11}),
                List.of("time"), 1e-3, 1e-3)).startsWith("1 point out of tolerance; worst time at t=0.0: expected 10.0, got 11.0");
    }

    /** A real case's expected results, each variable nudged just beyond the case's own tolerance, fail. */
    @Test
    void aSuiteCaseNudgedBeyondItsToleranceFails() throws Exception {
        Path dir = SbmlTestSuiteTest.suite().resolve("cases/00001");
        CaseSettings settings = CaseSettings.read(dir.resolve("00001-settings.txt"));
        ResultTable expected = ExpectedResults.read(dir.resolve("00001-results.csv"));
        assertThat(Comparator.compare(expected, expected, settings.variables(), settings.absolute(), settings.relative())).isNull();
        double[][] nudged = new double[expected.rows().length][];
        for (int r = 0; r < nudged.length; r++) {
            nudged[r] = expected.rows()[r].clone();
        }
        double e = nudged[7][1];
        nudged[7][1] = e + 1.01 * (settings.absolute() + settings.relative() * Math.abs(e));
        assertThat(Comparator.compare(expected, new ResultTable(expected.header(), nudged), settings.variables(),
                settings.absolute(), settings.relative())).startsWith("1 point out of tolerance; worst S1");
        assertThat(Files.exists(dir)).isTrue();
    }
}
