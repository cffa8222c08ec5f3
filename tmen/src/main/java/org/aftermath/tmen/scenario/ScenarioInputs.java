package org.aftermath.tmen.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * The numeric inputs of a scenario by path, the names the {@code variability:} block and the
 * cohort, optimisation and sensitivity tools use, and {@link #apply} to set them. The paths
 * ({@link #paths} lists those of a given scenario):
 * <pre>
 * parameters.NAME                  any model parameter (adds or replaces the override; NAME is
 *                                  checked against the model when the scenario is compiled)
 * tumor.cells                      &gt; 0
 * tumor.growth.doubling_days       &gt; 0; exponential or gompertz with doubling_days; with a list
 *                                  of doubling times, a common multiplier
 * tumor.growth.rate_per_day        &gt; 0; gompertz with rate_per_day
 * tumor.growth.carrying_capacity   &gt; tumor.cells; gompertz
 * treatments.NAME.kill_fraction    [0, 1); kill-fraction treatments
 * treatments.NAME.dose             &gt; 0, in the treatment's unit; agent treatments
 * treatments.NAME.infusion_hours   &gt; 0; route iv_infusion
 * treatments.NAME.start_day        &gt;= 0; periodic and weekday schedules
 * treatments.NAME.every_days       &gt; 0; periodic and between schedules
 * treatments.NAME.cycles           whole number &gt;= 1; periodic schedules
 * treatments.NAME.fractions        whole number &gt;= 1; weekday schedules
 * treatments.NAME.days             a common multiplier &gt; 0 of the listed days
 * treatments.NAME.offset_days, .gap_days (sets offset and gap, as the key does), .duration_days
 *                                  &gt;= 0, .after_last_days &gt; 0; between schedules
 * stroma.fibroblast|endothelial|immune   &gt;= 0; not with microenvironment: false
 * patient.bsa_m2, patient.weight_kg      &gt; 0
 * endpoints.cells_per_cm3, .progression_change, .detectable_cells &gt; 0;
 * endpoints.partial_response_change      in (-1, 0)
 * </pre>
 * On a list-valued input the value is a common multiplier of every element ({@link #isMultiplier}).
 * Schedules of the {@code between:} form are resolved again after the values are set, so that
 * they follow a changed schedule of the treatment they are between. Setting a stroma type
 * on a scenario without microenvironment keys includes the microenvironment model, as the
 * {@code stroma:} key does.
 */
public final class ScenarioInputs {

    /** The prefix of model parameter paths. */
    public static final String PARAMETERS = "parameters.";
    /** The prefix of treatment paths. */
    public static final String TREATMENTS = "treatments.";

    private static final Pattern PARAMETER_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String PARAMETER_PATTERN = "parameters.NAME";

    private ScenarioInputs() { }

    /** What a path sets: its range and whether the value multiplies a list. */
    record Input(String path, InputRange range, boolean multiplier) { }

    /**
     * @param scenario a scenario
     * @return the input paths of this scenario, in the order of the file's keys, without the
     *         {@code parameters.NAME} paths (any model parameter is one)
     */
    public static List<String> paths(Scenario scenario) {
        List<String> paths = new ArrayList<>();
        paths.add("tumor.cells");
        for (String field : growthFields(scenario.tumor().growth())) {
            paths.add("tumor.growth." + field);
        }
        for (Treatment t : scenario.treatments()) {
            for (String field : treatmentFields(t)) {
                paths.add(TREATMENTS + t.name() + "." + field);
            }
        }
        if (!scenario.microenvironment().disabled()) {
            Microenvironment.STROMA_TYPES.forEach(type -> paths.add("stroma." + type));
        }
        paths.add("patient.bsa_m2");
        paths.add("patient.weight_kg");
        for (String field : List.of("cells_per_cm3", "partial_response_change", "progression_change", "detectable_cells")) {
            paths.add("endpoints." + field);
        }
        return paths;
    }

    /**
     * @param scenario a scenario
     * @param path     an input path
     * @return true if the path's value is a common multiplier of a list (the listed days of a
     *         treatment, a list of doubling times)
     * @throws ScenarioException if the path is not an input of the scenario
     */
    public static boolean isMultiplier(Scenario scenario, String path) {
        return resolveOrThrow(scenario, path).multiplier();
    }

    /**
     * @param scenario a scenario
     * @param path     an input path
     * @return the scenario's own value of the input: 1 for a multiplier; empty for a model
     *         parameter the scenario does not override and a stroma type it does not set (their
     *         values come from the model files), and for an optional schedule key not given
     *         ({@code duration_days}, {@code after_last_days})
     * @throws ScenarioException if the path is not an input of the scenario
     */
    public static OptionalDouble value(Scenario scenario, String path) {
        Input input = resolveOrThrow(scenario, path);
        if (input.multiplier()) {
            return OptionalDouble.of(1.0);
        }
        if (path.startsWith(PARAMETERS)) {
            Double v = scenario.parameters().get(path.substring(PARAMETERS.length()));
            return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
        }
        double v = new ScenarioDraft(scenario).get(path);
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * Sets inputs of a scenario.
     *
     * @param base   the scenario
     * @param values input path → value, applied in map order; may be empty
     * @return a new scenario with each input set (its variability unchanged), or {@code base}
     *         itself when {@code values} is empty
     * @throws ScenarioException {@code <source>: variability.PATH: <problem>} if a path is not an
     *                           input of the scenario (the message lists those that are) or a
     *                           value is out of its input's range; {@code <source>: variability:
     *                           <problem>} if the values together break a rule of the scenario
     *                           (e.g. a carrying capacity below the cells)
     */
    public static Scenario apply(Scenario base, Map<String, Double> values) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            return base;
        }
        ScenarioDraft draft = new ScenarioDraft(base);
        values.forEach((path, value) -> {
            Input input = resolveOrThrow(base, path);
            if (value == null || !input.range().admits(value)) {
                throw new ScenarioException(base.source(), "variability." + path, "must be " + input.range().rule
                        + (input.multiplier() ? " (a common multiplier of the listed values)" : "")
                        + " (got " + value + ")");
            }
            try {
                draft.set(path, value);
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(base.source(), "variability." + path, e.getMessage());
            }
        });
        try {
            return draft.build();
        } catch (IllegalArgumentException e) {
            String where = values.size() == 1 ? "variability." + values.keySet().iterator().next() : "variability";
            throw new ScenarioException(base.source(), where, (values.size() == 1 ? "gives"
                    : "the values " + values + " give") + " an invalid scenario: " + e.getMessage());
        }
    }

    private static Input resolveOrThrow(Scenario scenario, String path) {
        try {
            return resolve(scenario, path);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(scenario.source(), "variability." + path, e.getMessage());
        }
    }

    /**
     * @return the input at {@code path}
     * @throws IllegalArgumentException with a one-line problem (what is wrong and what is allowed)
     *                                  if {@code path} is not an input of {@code scenario}
     */
    static Input resolve(Scenario scenario, String path) {
        Objects.requireNonNull(path, "path");
        if (path.startsWith(PARAMETERS)) {
            String name = path.substring(PARAMETERS.length());
            if (!PARAMETER_ID.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + name + "' is not a parameter name (letters, digits and _,"
                        + " not starting with a digit)");
            }
            return new Input(path, InputRange.FINITE, false);
        }
        if (path.startsWith(TREATMENTS)) {
            return treatmentInput(scenario, path);
        }
        if (path.startsWith("stroma.") && scenario.microenvironment().disabled()) {
            throw new IllegalArgumentException("not allowed with microenvironment: false (the stroma is switched off)");
        }
        if (!paths(scenario).contains(path)) {
            throw unknown(scenario, path);
        }
        return new Input(path, range(path), path.equals("tumor.growth.doubling_days")
                && scenario.tumor().growth() instanceof Growth.Exponential e && e.doublingDays().size() > 1);
    }

    private static InputRange range(String path) {
        return switch (path) {
            case "endpoints.partial_response_change" -> InputRange.SHRINKAGE;
            default -> path.startsWith("stroma.") ? InputRange.NON_NEGATIVE : InputRange.POSITIVE;
        };
    }

    private static Input treatmentInput(Scenario scenario, String path) {
        String rest = path.substring(TREATMENTS.length());
        int dot = rest.lastIndexOf('.');
        String name = dot < 0 ? rest : rest.substring(0, dot);
        String field = dot < 0 ? "" : rest.substring(dot + 1);
        Optional<Treatment> found = scenario.treatment(name);
        if (found.isEmpty()) {
            List<String> names = scenario.treatments().stream().map(Treatment::name).toList();
            String hint = NearestNames.didYouMean(name, names).map(c -> "; did you mean '" + c + "'?").orElse("");
            throw new IllegalArgumentException("'" + name + "' names no treatment of this scenario (treatments: "
                    + (names.isEmpty() ? "none" : String.join(", ", names)) + ")" + hint);
        }
        List<String> fields = treatmentFields(found.get());
        if (!fields.contains(field)) {
            String hint = NearestNames.didYouMean(field, fields).map(c -> "; did you mean '" + c + "'?").orElse("");
            throw new IllegalArgumentException("treatment '" + name + "' has no input '" + field + "' (its inputs: "
                    + String.join(", ", fields) + ")" + hint);
        }
        InputRange range = switch (field) {
            case "kill_fraction" -> InputRange.FRACTION;
            case "start_day", "offset_days", "gap_days", "duration_days" -> InputRange.NON_NEGATIVE;
            case "cycles", "fractions" -> InputRange.COUNT;
            default -> InputRange.POSITIVE;
        };
        return new Input(path, range, field.equals("days"));
    }

    private static IllegalArgumentException unknown(Scenario scenario, String path) {
        List<String> allowed = new ArrayList<>(paths(scenario));
        String hint = NearestNames.didYouMean(path, allowed).map(c -> "; did you mean '" + c + "'?").orElse("");
        allowed.add(PARAMETER_PATTERN);
        return new IllegalArgumentException("unknown input (allowed: " + String.join(", ", allowed) + ")" + hint);
    }

    /** @return the input fields of a growth law, in the order of its keys */
    static List<String> growthFields(Growth growth) {
        if (growth instanceof Growth.Gompertz) {
            return List.of("carrying_capacity", "rate_per_day");
        }
        if (growth instanceof Growth.GompertzDoubling) {
            return List.of("carrying_capacity", "doubling_days");
        }
        return List.of("doubling_days");
    }

    /** @return the input fields of a treatment, in the order of its keys */
    static List<String> treatmentFields(Treatment t) {
        List<String> fields = new ArrayList<>();
        if (t instanceof Treatment.AgentTreatment a) {
            fields.add("dose");
            if (!Double.isNaN(a.agent().infusionHours())) {
                fields.add("infusion_hours");
            }
        } else {
            fields.add("kill_fraction");
        }
        Schedule s = t.schedule();
        if (s instanceof Schedule.Periodic) {
            fields.addAll(List.of("start_day", "every_days", "cycles"));
        } else if (s instanceof Schedule.OnDays) {
            fields.add("days");
        } else if (s instanceof Schedule.Weekdays) {
            fields.addAll(List.of("start_day", "fractions"));
        } else {
            fields.addAll(List.of("every_days", "offset_days", "gap_days", "duration_days", "after_last_days"));
        }
        return fields;
    }
}
