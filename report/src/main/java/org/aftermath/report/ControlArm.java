package org.aftermath.report;

import java.util.List;
import java.util.Objects;
import org.aftermath.runner.RunResult;

/**
 * The arm a run is about its difference from: the same scenario with its modulators (treatments
 * that are not cytotoxic) left out, so only the cytotoxic backbone is given
 * ({@link org.aftermath.tmen.scenario.Scenario#withoutModulators()}). For the Figure 3C proposal
 * (doxorubicin with sulfasalazine between courses) it is the chemotherapy-alone arm. The run
 * report draws it beside the run; it is not written to {@code timeseries.csv} or
 * {@code summary.json}.
 *
 * @param leftOut the modulators left out, in scenario order
 * @param result  the control run, with the same options as the run
 */
public record ControlArm(List<String> leftOut, RunResult result) {
    public ControlArm {
        leftOut = List.copyOf(leftOut);
        Objects.requireNonNull(result, "result");
    }

    /** @return the modulators left out as text: "sulfasalazine", "metformin and olaparib" */
    public String leftOutText() {
        if (leftOut.size() <= 1) {
            return String.join("", leftOut);
        }
        return String.join(", ", leftOut.subList(0, leftOut.size() - 1)) + " and " + leftOut.get(leftOut.size() - 1);
    }

    /** @return {@code a / b} with enough digits to tell a 0.01 % difference from none (five significant) */
    public static String ratio(double a, double b) {
        if (!(b > 0)) {
            return "—";
        }
        java.math.BigDecimal r = new java.math.BigDecimal(a / b).round(new java.math.MathContext(5)).stripTrailingZeros();
        return r.compareTo(java.math.BigDecimal.valueOf(100_000)) >= 0 ? NumberText.of(a / b) : r.toPlainString();
    }
}
