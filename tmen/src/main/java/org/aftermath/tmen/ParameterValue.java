package org.aftermath.tmen;

import java.util.Objects;

/**
 * A model parameter's value at the start of a run and what set it, for the run manifest.
 *
 * @param name  parameter id
 * @param value value at t = 0, in {@code unit}
 * @param unit  unit id, or null
 * @param setBy the last source that set the value
 */
public record ParameterValue(String name, double value, String unit, SetBy setBy) {

    /** Where a value comes from, in the order the compiler applies them (later ones win). */
    public enum SetBy {
        /** The model file's default. */
        MODEL_FILE,
        /** A scenario key such as {@code tumor.growth.doubling_days} or {@code kill_fraction}. */
        SCENARIO,
        /** The scenario's {@code parameters:} map. */
        SCENARIO_PARAMETERS,
        /** A command-line override ({@code --param name=value}). */
        COMMAND_LINE
    }

    public ParameterValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(setBy, "setBy");
    }
}
