package org.aftermath.tmen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.Species;
import org.aftermath.tmen.ParameterValue.SetBy;
import org.aftermath.tmen.agents.AgentCatalog;
import org.aftermath.tmen.microenvironment.CancerStates;
import org.aftermath.tmen.microenvironment.MicroenvironmentModel;
import org.aftermath.tmen.models.GrowthModule;
import org.aftermath.tmen.models.ModelSource;
import org.aftermath.tmen.regimen.Dose;
import org.aftermath.tmen.regimen.Regimen;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioInputs;
import org.aftermath.tmen.therapy.ModuleRenamer;
import org.aftermath.tmen.therapy.TherapyModel;

/**
 * Compiles a {@link Scenario} into a kernel {@link Model}. Three parts contribute, in order, each
 * its modules, the parameters it sets or adds (with the scenario field and its limit) and its
 * per-dose events ({@link Contribution}):
 * <ol>
 *   <li>the growth law ({@link GrowthPart}): the growth module of its law, its keys' values and a
 *       list of values per kill dose; the species {@value GrowthModule#CELLS} starts at
 *       {@code tumor.cells};</li>
 *   <li>the treatments ({@link TherapyModel}): kill fractions and their dose events, agents' PK
 *       module instances, kill reactions and dose events, radiotherapy;</li>
 *   <li>the microenvironment ({@link MicroenvironmentModel}), for scenarios that dose an agent or
 *       have {@code stroma:}, {@code knockouts:} or {@code knockdowns:}: its modules with their
 *       ports bound, the values its keys set, the stromal damage of each radiation fraction;
 *       then the cancer-cell states ({@link CancerStates}) extend the finished model;</li>
 *   <li>a resistant clone ({@link ResistantClonePart}), for scenarios with {@code tumor.resistant_clone}: its
 *       model file, values and initial split, and on the finished model its growth, kills and count.</li>
 * </ol>
 * One {@link ParameterTable} then takes the {@code parameters:} overrides and then the command
 * line's, each checked against the parameter's domain and any limit a scenario key imposes, and
 * checks the {@code variability:} distributions of {@code parameters.NAME} the same way before any
 * draw. Events are listed in application order (same-day doses in treatment declaration order),
 * then the course events. Overrides may name any parameter except those computed by an initial
 * assignment or rule (the override would be silently lost); an unknown name is an error listing
 * the closest names.
 */
public final class ScenarioCompiler {

    /** Source name in messages about command-line overrides. */
    public static final String COMMAND_LINE = "--param";

    private final Scenario scenario;
    private final ModelSource source;
    private final Model growth;
    private final Origin origin;

    private ScenarioCompiler(Scenario scenario, Model growth, ModelSource source) {
        this.scenario = scenario;
        this.source = source;
        this.growth = growth;
        this.origin = new Origin(scenario.source(), 0);
    }

    /**
     * Compiles a scenario on the growth module of its law from the model its {@code model:}
     * names ({@link ModelSource#of}: bundled, replaced or extended by the user's files).
     *
     * @param scenario     the scenario
     * @param cliOverrides parameter values from the command line ({@code --param name=value}),
     *                     applied last, in map order; may be empty
     * @return the compiled scenario
     * @throws ScenarioException if an override names an unknown or computed parameter, is not
     *                           finite or breaks a limit; the file part is the scenario's source
     *                           for {@code parameters:} and {@value #COMMAND_LINE} for the command
     *                           line; or if {@code model:} cannot be resolved
     * @throws org.aftermath.kernel.model.ModelException if a model file is invalid
     */
    public static CompiledScenario compile(Scenario scenario, Map<String, Double> cliOverrides) {
        Objects.requireNonNull(scenario, "scenario");
        return compile(scenario, cliOverrides, ModelSource.of(scenario));
    }

    /**
     * Compiles a scenario on the given model files instead of those its {@code model:} names,
     * e.g. the user's files given as texts ({@link ModelSource#ofTexts}) on a machine without the
     * scenario's folder. With {@code ModelSource.of(scenario)} this is
     * {@link #compile(Scenario, Map)}.
     *
     * @param scenario     the scenario
     * @param cliOverrides parameter values from the command line, applied last, in map order
     * @param model        the model files: the growth module of the scenario's law and every
     *                     other module (therapy, microenvironment) are read from them
     * @return the compiled scenario
     * @throws ScenarioException as {@link #compile(Scenario, Map)}, except for resolving {@code model:}
     * @throws org.aftermath.kernel.model.ModelException if a model file is invalid
     */
    public static CompiledScenario compile(Scenario scenario, Map<String, Double> cliOverrides, ModelSource model) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(cliOverrides, "cliOverrides");
        Objects.requireNonNull(model, "model");
        return new ScenarioCompiler(scenario, model.growthModel(GrowthModule.of(scenario.tumor().growth())), model)
                .run(cliOverrides);
    }

    /**
     * Compiles a scenario on a given growth module instead of the bundled one, e.g. a modeller's
     * own growth-law file read with the kernel's Antimony reader.
     *
     * @param scenario     the scenario
     * @param cliOverrides parameter values from the command line, applied last, in map order
     * @param growthModule a model honouring the contract of {@link GrowthModule#of} the
     *                     scenario's law ({@link GrowthModule#checkContract})
     * @return the compiled scenario
     * @throws ScenarioException if an override names an unknown or computed parameter, is not
     *                           finite or breaks a limit; the file part is the scenario's source
     *                           for {@code parameters:} and {@value #COMMAND_LINE} for the command
     *                           line
     * @throws org.aftermath.kernel.model.ModelException if the growth module breaks its contract
     */
    public static CompiledScenario compile(Scenario scenario, Map<String, Double> cliOverrides, Model growthModule) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(cliOverrides, "cliOverrides");
        Objects.requireNonNull(growthModule, "growthModule");
        return new ScenarioCompiler(scenario, growthModule, ModelSource.of(scenario)).run(cliOverrides);
    }

    private CompiledScenario run(Map<String, Double> cliOverrides) {
        GrowthModule.of(scenario.tumor().growth()).checkContract(growth);
        Regimen regimen = Regimen.expand(scenario.treatments(), scenario.days());
        TherapyModel therapy = TherapyModel.build(scenario, regimen, growth, GrowthModule.CELLS, source);
        Model merged = therapy.model();
        List<Contribution> parts = new ArrayList<>(List.of(GrowthPart.of(scenario, regimen, growth), therapy.contribution()));
        boolean clone = scenario.tumor().resistantClone() != null;
        if (clone) {
            merged = merged.merge(ResistantClonePart.module(scenario, source));
            parts.add(ResistantClonePart.of(scenario));
        }
        MicroenvironmentModel tme = null;
        if (MicroenvironmentModel.included(scenario)) {
            tme = MicroenvironmentModel.build(scenario, regimen, merged, therapy.agents(), source, AgentCatalog.builtIn());
            merged = tme.model();
            parts.add(tme.contribution());
        }
        merged = source.joinModules(merged);
        ParameterTable table = new ParameterTable(merged, scenario.source(), scenario.tumor().cells(),
                ModuleRenamer.definedIds(merged));
        List<String> warnings = new ArrayList<>(regimen.warnings());
        for (Contribution part : parts) {
            part.values().forEach(v -> table.set(v.parameter(), v.value(), v.path(), v.limit()));
            part.added().forEach(a -> table.add(a.parameter(), a.path(), a.limit()));
            part.initialAssignments().forEach(table::addInitialAssignment);
            warnings.addAll(part.warnings());
        }
        List<String> rangeWarnings = new ArrayList<>();
        scenario.variability().inputs().forEach((path, distribution) -> {
            if (path.startsWith(ScenarioInputs.PARAMETERS)) {
                table.checkVaried(path.substring(ScenarioInputs.PARAMETERS.length()), distribution, "variability." + path)
                        .ifPresent(rangeWarnings::add);
            }
        });
        scenario.parameters().forEach((name, value) ->
                table.override(name, value, SetBy.SCENARIO_PARAMETERS, scenario.source(), "parameters." + name));
        cliOverrides.forEach((name, value) -> table.override(name, value, SetBy.COMMAND_LINE, COMMAND_LINE, name));
        rangeWarnings.addAll(table.rangeWarnings());

        List<Event> events = new ArrayList<>(merged.events());
        events.addAll(doseEvents(regimen, parts, table));
        parts.forEach(p -> events.addAll(p.events()));
        Set<String> assigned = events.stream().flatMap(e -> e.assignments().stream()).map(EventAssignment::variable)
                .collect(Collectors.toSet());
        Model model = new Model(merged.id(), merged.units(), merged.compartments(), species(merged),
                table.parameters(assigned), table.initialAssignments(), merged.assignmentRules(), merged.rateRules(),
                merged.reactions(), events, merged.algebraicRules());
        if (tme != null && CancerStates.present(model)) {
            model = CancerStates.extend(model, cytotoxicDoseEvents(regimen), origin);
        }
        if (clone) {
            model = ResistantClonePart.extend(model, origin);
        }
        return new CompiledScenario(scenario, model, scenario.days(), regimen.applied(), regimen.skipped(),
                warnings, table.values(), therapy.agents(), therapy.radiotherapy(),
                tme == null ? List.of() : tme.modulations(), rangeWarnings);
    }

    /**
     * @return the event ids of the applied doses that damage or kill cancer cells and so start a
     *         proliferation lag ({@link Dose#cytotoxic()})
     */
    private static Set<String> cytotoxicDoseEvents(Regimen regimen) {
        return regimen.applied().stream().filter(Dose::cytotoxic).map(Dose::eventId).collect(Collectors.toSet());
    }

    /**
     * @return each applied dose's events, made by the part that applies it, its first event
     *         extended by the assignments the other parts add at that dose
     */
    private List<Event> doseEvents(Regimen regimen, List<Contribution> parts, ParameterTable table) {
        List<Event> events = new ArrayList<>();
        for (Dose d : regimen.applied()) {
            List<Event> applying = new ArrayList<>();
            parts.forEach(p -> applying.addAll(p.doseEvents(d)));
            for (Event e : applying) {
                if (!table.claim(e.id())) {
                    throw new ScenarioException(scenario.source(), "treatments",
                            "dose event id '" + e.id() + "' is already used by the growth module");
                }
            }
            List<EventAssignment> added = new ArrayList<>();
            parts.forEach(p -> added.addAll(p.atDose(d)));
            if (!added.isEmpty()) {
                Event first = applying.get(0);
                List<EventAssignment> assignments = new ArrayList<>(first.assignments());
                assignments.addAll(added);
                applying.set(0, new Event(first.id(), first.trigger(), assignments, first.origin()));
            }
            events.addAll(applying);
        }
        return events;
    }

    private List<Species> species(Model merged) {
        return merged.species().stream()
                .map(s -> s.id().equals(GrowthModule.CELLS)
                        ? s.with(s.id(), s.compartment(), scenario.tumor().cells())
                        : s)
                .toList();
    }
}
