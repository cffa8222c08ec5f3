package org.aftermath.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aftermath.report.CompareReportWriter.Compared;
import org.aftermath.report.html.OutcomeTables;
import org.aftermath.report.html.SummaryView;
import org.aftermath.runner.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Guards the outcome tables of the Fig. 3A pair against a committed copy.
 *
 * <p>After an intended change, regenerate the copy and review its diff:
 * {@code mvn -o -q -pl report test -Dtest=OutcomeTableGoldenTest -Daftermath.golden.update=true}
 * (writes {@value #GOLDEN} under {@code report/}).
 */
class OutcomeTableGoldenTest {
    static final String GOLDEN = "src/test/resources/org/aftermath/report/golden/outcomes-figure-3a.html";

    @Test
    void outcomeTablesOfTheFigure3aPairMatchTheCommittedCopy() throws IOException {
        RunResult td10 = Fixtures.example("figure-3a-td10", 1);
        RunResult td60 = Fixtures.example("figure-3a-td60", 7);
        String actual = "<!-- aftermath run examples/figure-3a-td10.yaml: outcome table -->\n"
                + OutcomeTables.run(SummaryView.of(td10.summary()), td10.scenario().days())
                + "<!-- aftermath compare examples/figure-3a-td10.yaml examples/figure-3a-td60.yaml: outcome table -->\n"
                + CompareReportWriter.outcomeTable(List.of(new Compared("figure-3a-td10", "a", "", td10),
                        new Compared("figure-3a-td60", "b", "", td60)));
        Path golden = Path.of(GOLDEN);
        if (Boolean.getBoolean("aftermath.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("outcome tables differ from report/" + GOLDEN + "; if the change is intended"
                + " (e.g. the summary gained a field), regenerate it with mvn -o -q -pl report test"
                + " -Dtest=OutcomeTableGoldenTest -Daftermath.golden.update=true and review the diff")
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void comparisonValuesAgreeWithClosedForms() {
        RunResult td10 = Fixtures.example("figure-3a-td10", 1);
        RunResult td60 = Fixtures.example("figure-3a-td60", 1);
        String table = CompareReportWriter.outcomeTable(List.of(new Compared("td10", "a", "", td10),
                new Compared("td60", "b", "", td60)));
        // final burdens N0 * 0.1^7 * 2^(147/Td): ratio 2^(147/60 - 147/10) = 2^-12.25 = 2.053e-4
        assertThat(Math.pow(2, 147.0 / 60 - 147.0 / 10)).isBetween(2.0525e-4, 2.0535e-4);
        assertThat(table).contains(">2.05 × 10⁻⁴<");
        // log10 change: -7 + (147/Td) log10 2 = -2.575 (Td 10) and -6.263 (Td 60)
        assertThat(table).contains(">−2.57<", ">−6.26<");
        // nadirs just after the 7th dose (day 126): 1e2 * 2^(126/Td) = 6.21e5 and 428.7 cells
        assertThat(100 * Math.pow(2, 12.6)).isBetween(6.205e5, 6.215e5);
        assertThat(100 * Math.pow(2, 2.1)).isBetween(428.65, 428.75);
        assertThat(table).contains(">6.21 × 10⁵<", ">428.7<", ">126<");
    }
}
