package org.aftermath.tmen.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How clinical endpoints are read from the burden (the scenario's {@code endpoints:} block).
 * Diameters are those of a sphere of the tumour's volume.
 *
 * @param cellsPerCm3     cancer cells per cm³ of tumour, finite, &gt; 0 (default 1e9, the
 *                        conventional "1 cm³ ≈ 1e9 cells")
 * @param partialResponseChange  relative diameter change at or below which the response is partial
 *                        (RECIST 1.1: -0.30), in (-1, 0)
 * @param progressionChange relative diameter increase over the smallest diameter so far at or
 *                        above which the disease progresses (RECIST 1.1: +0.20), &gt; 0
 * @param detectableCells burden below which the tumour counts as disappeared (complete
 *                        response); default 1e8 cells (0.1 cm³, a sphere of 5.8 mm at the
 *                        default density, about the smallest lesion imaging resolves; assumed,
 *                        range 1e7 .. 1e9), finite, &gt; 0
 * @param assessment      when the response is assessed ({@link AssessmentSchedule})
 */
@JsonPropertyOrder({"cellsPerCm3", "partialResponseChange", "progressionChange", "detectableCells", "assessment",
        "assessmentEveryDays"})
public record EndpointSettings(double cellsPerCm3, double partialResponseChange, double progressionChange,
                               double detectableCells, AssessmentSchedule assessment) {

    /** The most scans a scenario may schedule ({@code assessment: N} over the horizon). */
    public static final int MAX_SCANS = 10_000;

    /**
     * When the response is assessed; written in a scenario as {@code before_doses},
     * {@code continuous} or a number of days between scans.
     */
    public sealed interface AssessmentSchedule permits BeforeDoses, Continuous, EveryDays {
        /** At baseline, just before each day with a cytotoxic dose (restaging before each cycle), and at the horizon. */
        AssessmentSchedule BEFORE_DOSES = new BeforeDoses();
        /** On the exact trajectory, nadirs just after doses included. */
        AssessmentSchedule CONTINUOUS = new Continuous();

        /** @return the mode as a scenario and summary.json write it: before_doses, continuous, every_days */
        @JsonValue
        String mode();

        /** @return before_doses or continuous, the modes a scenario writes by name, if {@code name} is one */
        static Optional<AssessmentSchedule> named(String name) {
            return Stream.of(BEFORE_DOSES, CONTINUOUS).filter(a -> a.mode().equals(name)).findFirst();
        }
    }

    /** Assessed at baseline, just before each day with a cytotoxic dose, and at the horizon. */
    public record BeforeDoses() implements AssessmentSchedule {
        @Override
        public String mode() {
            return "before_doses";
        }
    }

    /** Assessed on the exact trajectory. */
    public record Continuous() implements AssessmentSchedule {
        @Override
        public String mode() {
            return "continuous";
        }
    }

    /**
     * Scans every {@code days} from day 0, and at the horizon.
     *
     * @param days days between scans, finite, &gt; 0
     */
    public record EveryDays(double days) implements AssessmentSchedule {
        public EveryDays {
            if (!(days > 0 && Double.isFinite(days))) {
                throw new IllegalArgumentException("days between scans must be a finite number > 0 (got " + days + ")");
            }
        }

        @Override
        public String mode() {
            return "every_days";
        }
    }

    /** The defaults: 1e9 cells/cm³, -30 %, +20 %, 1e8 cells, assessed before each dose. */
    public static final EndpointSettings DEFAULT = new EndpointSettings(1e9, -0.30, 0.20, 1e8);

    /** The numeric keys of {@code endpoints:} ({@code assessment} is not a number). */
    public static final List<InputKey<EndpointSettings>> KEYS = List.of(
            InputKey.of("cells_per_cm3", InputRange.POSITIVE, EndpointSettings::cellsPerCm3, (e, v) -> new EndpointSettings(
                    v, e.partialResponseChange, e.progressionChange, e.detectableCells, e.assessment)),
            InputKey.of("partial_response_change", InputRange.SHRINKAGE, EndpointSettings::partialResponseChange,
                    (e, v) -> new EndpointSettings(e.cellsPerCm3, v, e.progressionChange, e.detectableCells, e.assessment)),
            InputKey.of("progression_change", InputRange.POSITIVE, EndpointSettings::progressionChange,
                    (e, v) -> new EndpointSettings(e.cellsPerCm3, e.partialResponseChange, v, e.detectableCells,
                            e.assessment)),
            InputKey.of("detectable_cells", InputRange.POSITIVE, EndpointSettings::detectableCells,
                    (e, v) -> new EndpointSettings(e.cellsPerCm3, e.partialResponseChange, e.progressionChange, v,
                            e.assessment)));

    /** Settings assessed before each dose. */
    public EndpointSettings(double cellsPerCm3, double partialResponseChange, double progressionChange,
                            double detectableCells) {
        this(cellsPerCm3, partialResponseChange, progressionChange, detectableCells, AssessmentSchedule.BEFORE_DOSES);
    }

    public EndpointSettings {
        Objects.requireNonNull(assessment, "assessment");
        if (!(cellsPerCm3 > 0) || !Double.isFinite(cellsPerCm3)) {
            throw new IllegalArgumentException("cells_per_cm3 must be a finite number > 0 (got " + cellsPerCm3 + ")");
        }
        if (!(partialResponseChange > -1 && partialResponseChange < 0)) {
            throw new IllegalArgumentException("partial_response_change must be in (-1, 0) (got " + partialResponseChange + ")");
        }
        if (!(progressionChange > 0) || !Double.isFinite(progressionChange)) {
            throw new IllegalArgumentException("progression_change must be a finite number > 0 (got " + progressionChange + ")");
        }
        if (!(detectableCells > 0) || !Double.isFinite(detectableCells)) {
            throw new IllegalArgumentException("detectable_cells must be a finite number > 0 (got " + detectableCells + ")");
        }
    }

    /** @return the days between scans of {@link EveryDays}, else null (summary.json's {@code assessment_every_days}) */
    @JsonProperty
    public Double assessmentEveryDays() {
        return assessment instanceof EveryDays e ? e.days() : null;
    }
}
