package org.aftermath.tmen.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.aftermath.kernel.model.NearestNames;

/**
 * The numeric inputs of a scenario by path, the names the {@code variability:} block and the
 * cohort, optimisation and sensitivity tools use, and {@link #apply} to set them. The paths
 * ({@link #paths} lists those of a given scenario):
 * <pre>
 * parameters.NAME                  any model parameter (adds or replaces the override; NAME is
 *                                  checked against the model when the scenario is compiled)
 * tumor.cells                      &gt; 0
 * tumor.growth.KEY                 each key of the scenario's growth law and its range
 *                                  ({@link GrowthLaw}); on a list of values (doubling times per
 *                                  kill dose), a common multiplier
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
    /** The prefix of growth-law paths: a key of the scenario's law ({@link GrowthLaw}). */
    static final String GROWTH = "tumor.growth.";

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
        for (String key : scenario.tumor().growth().form().keyNames()) {
            paths.add(GROWTH + key);
        }
        for (Treatment t : scenario.treatments()) {
            for (InputKey<?> key : t.keys()) {
                paths.add(TREATMENTS + t.name() + "." + key.name());
            }
        }
        if (!scenario.microenvironment().disabled()) {
            Microenvironment.STROMA_TYPES.forEach(type -> paths.add(ScenarioDraft.STROMA + type));
        }
        InputKey.names(Patient.KEYS).forEach(key -> paths.add(ScenarioDraft.PATIENT + key));
        InputKey.names(EndpointSettings.KEYS).forEach(key -> paths.add(ScenarioDraft.ENDPOINTS + key));
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
                throw new ScenarioException(base.source(), "variability." + path, "must be " + input.range().rule()
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
        if (path.startsWith(ScenarioDraft.STROMA) && scenario.microenvironment().disabled()) {
            throw new IllegalArgumentException("not allowed with microenvironment: false (the stroma is switched off)");
        }
        if (!paths(scenario).contains(path)) {
            throw unknown(scenario, path);
        }
        String key = path.substring(path.lastIndexOf('.') + 1);
        if (path.startsWith(GROWTH)) {
            Growth g = scenario.tumor().growth();
            return new Input(path, g.form().key(key).orElseThrow().range(), g.multiplies(key));
        }
        if (path.startsWith(ScenarioDraft.PATIENT)) {
            return new Input(path, InputKey.find(Patient.KEYS, key).orElseThrow().range(), false);
        }
        if (path.startsWith(ScenarioDraft.ENDPOINTS)) {
            return new Input(path, InputKey.find(EndpointSettings.KEYS, key).orElseThrow().range(), false);
        }
        return new Input(path, path.startsWith(ScenarioDraft.STROMA) ? InputRange.STROMA : InputRange.CELLS, false);
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
        List<InputKey<?>> keys = found.get().keys();
        List<String> fields = keys.stream().map(InputKey::name).toList();
        if (!fields.contains(field)) {
            String hint = NearestNames.didYouMean(field, fields).map(c -> "; did you mean '" + c + "'?").orElse("");
            throw new IllegalArgumentException("treatment '" + name + "' has no input '" + field + "' (its inputs: "
                    + String.join(", ", fields) + ")" + hint);
        }
        InputKey<?> key = keys.get(fields.indexOf(field));
        return new Input(path, key.range(), key.multiplier());
    }

    private static IllegalArgumentException unknown(Scenario scenario, String path) {
        List<String> allowed = new ArrayList<>(paths(scenario));
        String hint = NearestNames.didYouMean(path, allowed).map(c -> "; did you mean '" + c + "'?").orElse("");
        allowed.add(PARAMETER_PATTERN);
        return new IllegalArgumentException("unknown input (allowed: " + String.join(", ", allowed) + ")" + hint);
    }
}
