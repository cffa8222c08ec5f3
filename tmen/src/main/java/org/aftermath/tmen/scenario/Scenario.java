package org.aftermath.tmen.scenario;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A validated scenario: what to simulate, for how long, under which regimen. Read one with
 * {@link ScenarioReader}; compile it to a kernel model with {@code org.aftermath.tmen.ScenarioCompiler}.
 * Time is in days from the start of the simulation.
 *
 * @param name       letters, digits, {@code .}, {@code _}, {@code -} ({@link #NAME}), not only
 *                   dots, at most 100 characters; names the default output folder
 *                   {@code out/<name>/}
 * @param days       simulated horizon in days, finite, &gt; 0; doses on this day are applied
 * @param tumor      the tumour at day 0 and its growth law
 * @param treatments in declaration order, which orders simultaneous doses; names unique
 * @param parameters model parameter overrides by name, in the order given, values finite;
 *                   names are checked against the model when the scenario is compiled
 * @param source     the file the scenario was read from, for messages, or {@code <built-in>}
 * @param model      the {@code model:} value as written: a built-in model id
 *                   ({@link #BUILT_IN_MODEL}, the default) or a path to model files, relative to
 *                   the scenario file's folder; resolved by {@code org.aftermath.tmen.models.ModelSource}
 * @param patient    body size for doses per m² or per kg ({@code patient:}, default {@link Patient#DEFAULT})
 * @param endpoints  how clinical endpoints are read ({@code endpoints:}, default
 *                   {@link EndpointSettings#DEFAULT})
 * @param microenvironment the {@code stroma:}, {@code knockouts:} and {@code knockdowns:} keys
 *                   (default {@link Microenvironment#NONE})
 * @param variability the {@code variability:} and {@code correlations:} keys (default
 *                   {@link VariabilitySpec#NONE}); a scenario is simulated with its own values, the
 *                   variability only describes how virtual patients differ from it
 *                   ({@link ScenarioInputs#apply}). Its paths are checked by the reader and by
 *                   {@code apply}, not by this constructor.
 */
public record Scenario(String name, double days, Tumor tumor, List<Treatment> treatments,
                       Map<String, Double> parameters, String source, String model,
                       Patient patient, EndpointSettings endpoints, Microenvironment microenvironment,
                       VariabilitySpec variability) {

    /** Allowed characters of a scenario name. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    /** The id of the bundled model, the default {@code model:}. */
    public static final String BUILT_IN_MODEL = "builtin";

    /** A scenario on the bundled model ({@link #BUILT_IN_MODEL}). */
    public Scenario(String name, double days, Tumor tumor, List<Treatment> treatments,
                    Map<String, Double> parameters, String source) {
        this(name, days, tumor, treatments, parameters, source, BUILT_IN_MODEL);
    }

    /** A scenario with the default patient and endpoint settings. */
    public Scenario(String name, double days, Tumor tumor, List<Treatment> treatments,
                    Map<String, Double> parameters, String source, String model) {
        this(name, days, tumor, treatments, parameters, source, model, Patient.DEFAULT, EndpointSettings.DEFAULT);
    }

    /** A scenario without microenvironment keys. */
    public Scenario(String name, double days, Tumor tumor, List<Treatment> treatments,
                    Map<String, Double> parameters, String source, String model,
                    Patient patient, EndpointSettings endpoints) {
        this(name, days, tumor, treatments, parameters, source, model, patient, endpoints, Microenvironment.NONE);
    }

    /** A scenario without variability. */
    public Scenario(String name, double days, Tumor tumor, List<Treatment> treatments,
                    Map<String, Double> parameters, String source, String model,
                    Patient patient, EndpointSettings endpoints, Microenvironment microenvironment) {
        this(name, days, tumor, treatments, parameters, source, model, patient, endpoints, microenvironment,
                VariabilitySpec.NONE);
    }

    public Scenario {
        Objects.requireNonNull(tumor, "tumor");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(microenvironment, "microenvironment");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(variability, "variability");
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model must be a built-in model id or a path (got '" + model + "')");
        }
        if (!validName(name)) {
            throw new IllegalArgumentException("invalid scenario name '" + name + "'");
        }
        if (!(days > 0) || !Double.isFinite(days)) {
            throw new IllegalArgumentException("days must be a finite number > 0 (got " + days + ")");
        }
        treatments = List.copyOf(treatments);
        Set<String> names = new HashSet<>();
        for (Treatment t : treatments) {
            if (!names.add(t.name())) {
                throw new IllegalArgumentException("duplicate treatment name '" + t.name() + "'");
            }
        }
        Map<String, Double> copy = new LinkedHashMap<>();
        parameters.forEach((key, value) -> {
            Objects.requireNonNull(key, "parameter name");
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("parameter " + key + " must be a finite number (got " + value + ")");
            }
            copy.put(key, value);
        });
        parameters = Collections.unmodifiableMap(copy);
        for (GrowthLaw.Key key : tumor.growth().form().keys()) {
            int allowed = maxDoublingValues(treatments);
            int values = tumor.growth().values(key.name()).size();
            if (key.perKillDose() && values > allowed) {
                throw new IllegalArgumentException(values + " " + key.label() + "s but at most " + allowed
                        + " allowed by the kill doses");
            }
        }
    }

    /** @return true if {@code name} is a valid scenario name */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches() && !name.chars().allMatch(c -> c == '.');
    }

    /** @return the treatment called {@code name}, if the scenario has one */
    public Optional<Treatment> treatment(String name) {
        return treatments.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * The control arm: this scenario with its modulators (treatments that are not
     * {@linkplain Treatment#cytotoxic() cytotoxic}) left out, named {@code <name>-control}, so only the cytotoxic
     * backbone is given (for the Figure 3C proposal, chemotherapy alone). Parameter overrides are kept as they are;
     * those of a left-out modulator's agent then name no parameter of the control's model (see
     * {@link #withParameters}). The {@code variability:} block is left out too: a virtual patient's values are
     * applied to the scenario before its control is made ({@link ScenarioInputs#apply}).
     *
     * @return the control arm when the scenario has both a cytotoxic treatment and a modulator; otherwise empty
     *         (nothing to compare with)
     */
    public Optional<Scenario> withoutModulators() {
        List<Treatment> kept = treatments.stream().filter(Treatment::cytotoxic).toList();
        if (kept.isEmpty() || kept.size() == treatments.size()) {
            return Optional.empty();
        }
        // names are at most 100 characters (NAME)
        String control = name.length() <= 92 ? name + "-control" : name;
        return Optional.of(new Scenario(control, days, tumor, kept, parameters, source, model, patient, endpoints,
                microenvironment, VariabilitySpec.NONE));
    }

    /** @return the names of the treatments {@link #withoutModulators} leaves out, in scenario order */
    public List<String> modulators() {
        return treatments.stream().filter(t -> !t.cytotoxic()).map(Treatment::name).toList();
    }

    /**
     * @param replaced the parameter overrides to use instead of {@link #parameters}
     * @return this scenario with them
     */
    public Scenario withParameters(Map<String, Double> replaced) {
        return new Scenario(name, days, tumor, treatments, replaced, source, model, patient, endpoints,
                microenvironment, variability);
    }

    /**
     * @param treatments the treatments
     * @return the most values a growth key may list ({@link GrowthLaw.Key#perKillDose}): one per scheduled kill dose
     *         (inside or beyond the horizon), and at least one
     */
    static int maxDoublingValues(List<Treatment> treatments) {
        return Math.max(1, killDoseCount(treatments));
    }

    /** @return the number of scheduled doses of kill treatments, inside or beyond the horizon */
    static int killDoseCount(List<Treatment> treatments) {
        return treatments.stream().filter(t -> t instanceof Treatment.KillFraction).mapToInt(t -> t.schedule().doseCount()).sum();
    }
}
