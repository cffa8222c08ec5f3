package org.aftermath.runner;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.models.ModelSource;
import org.aftermath.tmen.scenario.Scenario;

/**
 * Compiles the control arm of a scenario and of any scenario made from it by setting its inputs (a virtual
 * patient, a sensitivity design's row): the scenario without its modulators ({@link Scenario#withoutModulators()}),
 * with the same patient, tumour, stroma and parameter overrides — except the overrides that name no parameter of
 * the control's model, i.e. those of a left-out modulator's agent ({@code sulfasalazine_ic50}), which the control
 * has no use for. The control model's parameters are found once, at construction; the left-out treatments'
 * own inputs ({@code treatments.sulfasalazine.dose}) go with the treatments.
 */
public final class ControlCompiler {

    private final ModelSource model;
    private final Set<String> controlParameters;

    private ControlCompiler(ModelSource model, Set<String> controlParameters) {
        this.model = model;
        this.controlParameters = controlParameters;
    }

    /**
     * @param base  the scenario whose control arm (and its variants') is wanted
     * @param model its model files
     * @return the compiler
     * @throws IllegalArgumentException if the scenario has no control arm: it needs a cytotoxic treatment and a
     *                                  modulator
     */
    public static ControlCompiler of(Scenario base, ModelSource model) {
        Objects.requireNonNull(model, "model");
        Scenario control = base.withoutModulators().orElseThrow(() -> new IllegalArgumentException(base.source()
                + ": the benefit of modulators needs a control arm, and this scenario has none (it needs a cytotoxic"
                + " treatment and a modulator, e.g. doxorubicin with sulfasalazine between cycles)"));
        Set<String> ids = ScenarioCompiler.compile(control.withParameters(Map.of()), Map.of(), model).model()
                .parameters().stream().map(Parameter::id).collect(Collectors.toUnmodifiableSet());
        return new ControlCompiler(model, ids);
    }

    /**
     * @param scenario the base scenario or one made from it by setting inputs
     * @return its control arm, compiled
     * @throws IllegalArgumentException if it has no control arm
     */
    public CompiledScenario compile(Scenario scenario) {
        Scenario control = scenario.withoutModulators().orElseThrow(() -> new IllegalArgumentException(
                scenario.source() + ": no control arm (a cytotoxic treatment and a modulator are needed)"));
        Map<String, Double> kept = new LinkedHashMap<>();
        control.parameters().forEach((id, value) -> {
            if (controlParameters.contains(id)) {
                kept.put(id, value);
            }
        });
        return ScenarioCompiler.compile(control.withParameters(kept), Map.of(), model);
    }
}
