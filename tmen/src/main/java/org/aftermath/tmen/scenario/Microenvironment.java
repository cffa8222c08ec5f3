package org.aftermath.tmen.scenario;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The scenario keys of the damaged microenvironment: {@code stroma:}, {@code knockouts:} and
 * {@code knockdowns:}. Node names are checked against the model's {@code kd_<NODE>} parameters
 * when the scenario is compiled (the model files define them).
 *
 * @param stroma     stromal cells per initial cancer cell by type ({@link #STROMA_TYPES}), only
 *                   the types given (the model files' values hold for the others); {@code stroma:
 *                   none} gives all three as 0; each finite and &gt;= 0
 * @param knockouts  node names as written, each clamped to zero ({@code kd_<NODE> = 1})
 * @param knockdowns node name as written → fraction of its activity removed, in [0, 1]
 * @param requested  true if the scenario has any of the three keys (the microenvironment modules
 *                   are then included even without a dosed agent)
 * @param disabled   true for {@code microenvironment: false}: the pharmacology alone, without the
 *                   stroma, the DDSP and the cancer-cell states, even when agents are dosed
 */
public record Microenvironment(Map<String, Double> stroma, List<String> knockouts, Map<String, Double> knockdowns,
                               boolean requested, boolean disabled) {

    /** The stromal cell types of {@code stroma:}, in the order messages list them. */
    public static final List<String> STROMA_TYPES = List.of("fibroblast", "endothelial", "immune");

    /** No microenvironment keys. */
    public static final Microenvironment NONE = new Microenvironment(Map.of(), List.of(), Map.of(), false, false);

    /** {@code microenvironment: false}. */
    public static final Microenvironment DISABLED = new Microenvironment(Map.of(), List.of(), Map.of(), false, true);

    /** Keys given, microenvironment enabled. */
    public Microenvironment(Map<String, Double> stroma, List<String> knockouts, Map<String, Double> knockdowns,
                            boolean requested) {
        this(stroma, knockouts, knockdowns, requested, false);
    }

    public Microenvironment {
        Objects.requireNonNull(stroma, "stroma");
        Map<String, Double> copy = new LinkedHashMap<>();
        stroma.forEach((type, value) -> {
            if (!STROMA_TYPES.contains(type)) {
                throw new IllegalArgumentException("unknown stromal cell type '" + type + "' (allowed: "
                        + String.join(", ", STROMA_TYPES) + ")");
            }
            if (value == null || !InputRange.STROMA.admits(value)) {
                throw new IllegalArgumentException("stroma." + type + " must be " + InputRange.STROMA.rule() + " (got " + value + ")");
            }
            copy.put(type, value);
        });
        stroma = Collections.unmodifiableMap(copy);
        knockouts = List.copyOf(knockouts);
        Map<String, Double> downs = new LinkedHashMap<>();
        knockdowns.forEach((node, value) -> {
            if (value == null || !(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("knockdowns." + node + " must be a fraction in [0, 1] (got " + value + ")");
            }
            downs.put(node, value);
        });
        knockdowns = Collections.unmodifiableMap(downs);
        Set<String> seen = new HashSet<>();
        for (String node : knockouts) {
            if (!seen.add(node.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("knockouts lists " + node + " twice");
            }
        }
        for (String node : knockdowns.keySet()) {
            if (!seen.add(node.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("node " + node + " is both knocked out and knocked down; give it once");
            }
        }
    }

    /** @return a {@code stroma: none} setting: every type 0 */
    public static Map<String, Double> noStroma() {
        Map<String, Double> zero = new LinkedHashMap<>();
        STROMA_TYPES.forEach(t -> zero.put(t, 0.0));
        return zero;
    }
}
