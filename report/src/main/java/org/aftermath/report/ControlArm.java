package org.aftermath.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftermath.runner.RunResult;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.Treatment;

/**
 * The arm a run is about its difference from: the same scenario with its modulators (treatments
 * that are not cytotoxic) left out, so only the cytotoxic backbone is given. For the Figure 3C
 * proposal (doxorubicin with sulfasalazine between courses) it is the chemotherapy-alone arm. The
 * run report draws it beside the run; it is not written to {@code timeseries.csv} or
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

    /**
     * @return the scenario without its modulators, named {@code <name>-control}, when it has both
     *         a cytotoxic treatment and a modulator; otherwise empty (nothing to compare with)
     */
    public static Optional<Scenario> scenario(Scenario s) {
        List<Treatment> kept = s.treatments().stream().filter(Treatment::cytotoxic).toList();
        if (kept.isEmpty() || kept.size() == s.treatments().size()) {
            return Optional.empty();
        }
        // names are at most 100 characters (Scenario.NAME)
        String name = s.name().length() <= 92 ? s.name() + "-control" : s.name();
        return Optional.of(new Scenario(name, s.days(), s.tumor(), kept, s.parameters(), s.source(), s.model(),
                s.patient(), s.endpoints(), s.microenvironment(), s.variability()));
    }

    /** @return the names of the treatments {@link #scenario} leaves out */
    public static List<String> modulators(Scenario s) {
        return s.treatments().stream().filter(t -> !t.cytotoxic()).map(Treatment::name).toList();
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
