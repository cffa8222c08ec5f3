package org.aftermath.tmen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.kernel.model.Species;
import org.aftermath.tmen.ParameterValue.SetBy;
import org.aftermath.tmen.agents.AgentCatalog;
import org.aftermath.tmen.microenvironment.CancerStates;
import org.aftermath.tmen.microenvironment.MicroenvironmentModel;
import org.aftermath.tmen.models.GrowthModule;
import org.aftermath.tmen.models.ModelSource;
import org.aftermath.tmen.regimen.Dose;
import org.aftermath.tmen.regimen.Regimen;
import org.aftermath.tmen.scenario.DistributionSpec;
import org.aftermath.tmen.scenario.Growth;
import org.aftermath.tmen.scenario.GrowthLaw;
import org.aftermath.tmen.scenario.InputRange;
import org.aftermath.tmen.scenario.NearestNames;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioInputs;
import org.aftermath.tmen.scenario.Treatment;
import org.aftermath.tmen.therapy.ModelIds;
import org.aftermath.tmen.therapy.ModuleRenamer;
import org.aftermath.tmen.therapy.TherapyModel;

/**
 * Compiles a {@link Scenario} into a kernel {@link Model}: the growth module of its law, the
 * scenario's values, its {@code parameters:} overrides and then the command line's, and one event
 * per applied dose.
 *
 * <ul>
 *   <li>The species {@value GrowthModule#CELLS} starts at {@code tumor.cells}; the growth keys set
 *       the module's parameters ({@link GrowthModule#values}).</li>
 *   <li>Agent treatments (drugs with pharmacokinetics, radiotherapy) are compiled by
 *       {@link TherapyModel}: module instances, kill reactions, dose events.</li>
 *   <li>Scenarios that dose an agent or have {@code stroma:}, {@code knockouts:} or
 *       {@code knockdowns:} also get the microenvironment modules with their ports bound
 *       ({@link MicroenvironmentModel}); the values those keys set count as the scenario's, and
 *       each radiation fraction also damages the stroma.</li>
 *   <li>Each kill-fraction treatment adds a constant parameter {@code <id>_kill_fraction}
 *       ({@code id} the name made an identifier by {@code ModelIds.of}); each applied dose
 *       adds an event {@code <name>_dose_<k>} with trigger {@code time >= day} and assignment
 *       {@code N = N * (1 - <name>_kill_fraction)}. Events are listed in application order, so
 *       same-day doses apply in treatment declaration order.</li>
 *   <li>A list of n &gt; 1 doubling times adds constants {@code doubling_days_1 .. _n}, makes
 *       {@code doubling_days} variable with the initial assignment
 *       {@code doubling_days = doubling_days_1}, and the k-th kill dose (k &lt;= n) also assigns
 *       {@code doubling_days = doubling_days_k}. Overriding {@code doubling_days_k} therefore
 *       changes the growth after the k-th dose, and the rate law keeps reading one parameter.</li>
 *   <li>Overrides may name any parameter except those computed by an initial assignment or rule
 *       (the override would be silently lost); an unknown name is an error listing the closest
 *       names; so may the {@code parameters.NAME} inputs of {@code variability:}, checked the same
 *       way (the message names {@code variability.parameters.NAME}). Overrides of values the scenario constrains (doubling times, kill fractions,
 *       Gompertz rate and capacity) must respect the same limits.</li>
 * </ul>
 */
public final class ScenarioCompiler {

    /** Source name in messages about command-line overrides. */
    public static final String COMMAND_LINE = "--param";

    private static final String TIME = "time";
    private static final int CLOSEST_NAMES = 3;

    private final Scenario scenario;
    private final ModelSource source;
    private Model growth;
    private final GrowthModule module;
    private final Origin origin;
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, SetBy> setBy = new LinkedHashMap<>();
    private final Map<String, InputRange> limits = new LinkedHashMap<>();
    private final List<InitialAssignment> initialAssignments = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private ScenarioCompiler(Scenario scenario, Model growth, ModelSource source) {
        this.scenario = scenario;
        this.source = source;
        this.growth = growth;
        this.module = GrowthModule.of(scenario.tumor().growth());
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
        module.checkContract(growth);
        Regimen regimen = Regimen.expand(scenario.treatments(), scenario.days());
        TherapyModel therapy = TherapyModel.build(scenario, regimen, growth, GrowthModule.CELLS, source);
        growth = therapy.model();
        MicroenvironmentModel tme = MicroenvironmentModel.included(scenario)
                ? MicroenvironmentModel.build(scenario, growth, therapy.agents(), source, AgentCatalog.builtIn()) : null;
        if (tme != null) {
            growth = tme.model();
        }
        ids.addAll(ModuleRenamer.definedIds(growth));
        growth.parameters().forEach(p -> {
            parameters.put(p.id(), p);
            setBy.put(p.id(), SetBy.MODEL_FILE);
        });
        initialAssignments.addAll(growth.initialAssignments());

        setGrowthValues();
        List<String> warnings = new ArrayList<>(regimen.warnings());
        if (tme != null) {
            tme.values().forEach((id, value) -> {
                parameters.put(id, parameters.get(id).withValue(value));
                setBy.put(id, SetBy.SCENARIO);
            });
            warnings.addAll(tme.warnings());
        }
        GrowthLaw.Key perKillDose = perKillDoseKey();
        int doublingTimes = perKillDose == null ? 0 : scenario.tumor().growth().values(perKillDose.name()).size();
        if (perKillDose != null) {
            addValuesPerKillDose(perKillDose, regimen, warnings);
        }
        for (int i = 0; i < scenario.treatments().size(); i++) {
            if (scenario.treatments().get(i) instanceof Treatment.KillFraction k) {
                addKillFraction(k, i);
            }
        }
        therapy.positiveParameters().forEach(id -> limits.put(id, InputRange.POSITIVE));
        for (Parameter p : therapy.scenarioParameters()) {
            add(p, therapy.scenarioPath(p.id()));
            if (p.constant()) {
                limits.put(p.id(), InputRange.POSITIVE);
            }
        }
        scenario.variability().inputs().forEach((path, distribution) -> {
            if (path.startsWith(ScenarioInputs.PARAMETERS)) {
                checkVaried(path.substring(ScenarioInputs.PARAMETERS.length()), distribution, "variability." + path);
            }
        });
        scenario.parameters().forEach((name, value) ->
                override(name, value, SetBy.SCENARIO_PARAMETERS, scenario.source(), "parameters." + name));
        cliOverrides.forEach((name, value) -> override(name, value, SetBy.COMMAND_LINE, COMMAND_LINE, name));

        List<Event> events = new ArrayList<>(growth.events());
        events.addAll(doseEvents(regimen, perKillDose, doublingTimes, therapy, tme));
        events.addAll(therapy.courseEvents());
        Model model = new Model(growth.id(), growth.units(), growth.compartments(), species(),
                finalParameters(events), initialAssignments, growth.assignmentRules(), growth.rateRules(),
                growth.reactions(), events);
        if (tme != null && CancerStates.present(model)) {
            model = CancerStates.extend(model, cytotoxicDoseEvents(regimen), origin);
        }
        return new CompiledScenario(scenario, model, scenario.days(), regimen.applied(), regimen.skipped(),
                warnings, parameterValues(), therapy.agents(), therapy.radiotherapy(),
                tme == null ? List.of() : tme.modulations());
    }

    /**
     * @return the event ids of the applied doses that damage or kill cancer cells and so start a
     *         proliferation lag: kill-fraction doses, radiotherapy fractions, genotoxic and
     *         anti-microtubule agents (not the modulators)
     */
    private Set<String> cytotoxicDoseEvents(Regimen regimen) {
        return regimen.applied().stream().filter(Dose::cytotoxic).map(Dose::eventId).collect(Collectors.toSet());
    }

    /** @return the growth key given a list of more than one value (one per kill dose), or null */
    private GrowthLaw.Key perKillDoseKey() {
        Growth g = scenario.tumor().growth();
        return g.form().keys().stream().filter(k -> k.perKillDose() && g.values(k.name()).size() > 1).findFirst()
                .orElse(null);
    }

    /**
     * Sets the parameters the growth keys set; a key that sets a parameter the file computes at
     * t = 0 replaces that computation.
     */
    private void setGrowthValues() {
        for (GrowthLaw.Key key : scenario.tumor().growth().form().keys()) {
            String id = key.parameter();
            parameters.put(id, parameters.get(id).withValue(scenario.tumor().growth().value(key.name())));
            setBy.put(id, SetBy.SCENARIO);
            limits.put(id, key.range());
            initialAssignments.removeIf(a -> a.variable().equals(id));
        }
    }

    private void addValuesPerKillDose(GrowthLaw.Key key, Regimen regimen, List<String> warnings) {
        List<Double> values = scenario.tumor().growth().values(key.name());
        Parameter base = parameters.get(key.parameter());
        Provenance from = base.provenance() == null ? Provenance.NONE : base.provenance();
        for (int k = 1; k <= values.size(); k++) {
            String id = perKillDoseParameter(key, k);
            Provenance provenance = new Provenance("scenario " + scenario.source(), from.min(), from.max(),
                    key.label() + " after kill dose " + k + (k == 1 ? " and before any dose" : ""));
            add(new Parameter(id, values.get(k - 1), base.unit(), true, provenance, origin),
                    "tumor.growth." + key.name() + "[" + (k - 1) + "]");
            limits.put(id, key.range());
        }
        initialAssignments.add(new InitialAssignment(key.parameter(), Expr.ref(perKillDoseParameter(key, 1)), origin));
        Set<String> killTreatments = scenario.treatments().stream().filter(t -> t instanceof Treatment.KillFraction)
                .map(Treatment::name).collect(Collectors.toSet());
        int applied = (int) regimen.applied().stream().filter(d -> killTreatments.contains(d.treatment())).count();
        if (values.size() > applied) {
            String horizon = " after the horizon (day " + Dose.formatDay(scenario.days()) + ")";
            warnings.add("tumor.growth." + key.name() + ": " + (values.size() == applied + 1
                    ? "value " + values.size() + " is never used: the kill dose it follows falls" + horizon
                    : "values " + (applied + 1) + ".." + values.size() + " are never used: the kill doses they follow fall" + horizon));
        }
    }

    /** @return the id of the k-th value of a list, e.g. {@code doubling_days_k} */
    static String perKillDoseParameter(GrowthLaw.Key key, int k) {
        return key.parameter() + "_" + k;
    }

    private void addKillFraction(Treatment.KillFraction t, int index) {
        String id = CompiledScenario.killFractionParameter(t.name());
        Provenance provenance = new Provenance("scenario " + scenario.source(), 0.0, 1.0,
                "fraction of cancer cells killed per dose of " + t.name() + " (log-kill, LITERATURE.md §1.2)");
        add(new Parameter(id, t.fraction(), "dimensionless", true, provenance, origin),
                "treatments[" + index + "].name");
        limits.put(id, InputRange.FRACTION);
    }

    private void add(Parameter p, String scenarioPath) {
        if (!ids.add(p.id())) {
            throw new ScenarioException(scenario.source(), scenarioPath,
                    "needs model id '" + p.id() + "', which the growth module already uses");
        }
        parameters.put(p.id(), p);
        setBy.put(p.id(), SetBy.SCENARIO);
    }

    private void override(String name, Double value, SetBy source, String file, String path) {
        Parameter p = requireOverridable(name, file, path);
        if (value == null || !Double.isFinite(value)) {
            throw new ScenarioException(file, path, "must be a finite number (got " + value + ")");
        }
        InputRange limit = limits.get(name);
        if (limit != null && !limit.admits(value, scenario.tumor().cells())) {
            throw new ScenarioException(file, path, "must be " + limit.rule(scenario.tumor().cells()) + " (got " + value + ")");
        }
        parameters.put(name, p.withValue(value));
        setBy.put(name, source);
    }

    /**
     * Checks a parameter of {@code variability:} like an override, and that its distribution
     * draws only values the parameter's limit admits (a continuous law's support up to its ends).
     */
    private void checkVaried(String name, DistributionSpec distribution, String path) {
        requireOverridable(name, scenario.source(), path);
        InputRange limit = limits.get(name);
        double cells = scenario.tumor().cells();
        if (limit != null && !limit.fits(distribution, cells)) {
            throw new ScenarioException(scenario.source(), path, distribution.law() + " draws can fall outside the"
                    + " parameter's range (it must be " + limit.rule(cells) + "; the draws span " + distribution.lowerBound()
                    + " .. " + distribution.upperBound() + ")");
        }
    }

    /** @return the parameter {@code name}, which an override may set */
    private Parameter requireOverridable(String name, String file, String path) {
        Parameter p = parameters.get(name);
        if (p == null) {
            throw new ScenarioException(file, path, unknownParameter(name));
        }
        Set<String> computedFrom = computedFrom(name);
        if (computedFrom != null) {
            throw new ScenarioException(file, path, computedFrom.isEmpty()
                    ? "is computed by the model and cannot be overridden"
                    : "is computed at t = 0 from " + String.join(", ", computedFrom) + "; override "
                            + (computedFrom.size() == 1 ? "that" : "those") + " instead");
        }
        return p;
    }

    private String unknownParameter(String name) {
        if (growth.species().stream().map(Species::id).anyMatch(name::equals)) {
            return "'" + name + "' is a species, not a parameter";
        }
        if (growth.compartments().stream().map(Compartment::id).anyMatch(name::equals)) {
            return "'" + name + "' is a compartment, not a parameter";
        }
        List<String> closest = NearestNames.closest(name, parameters.keySet(), CLOSEST_NAMES);
        return "unknown model parameter" + (closest.isEmpty() ? "" : " (closest: " + String.join(", ", closest) + ")");
    }

    /**
     * @return null if {@code name} is not computed, else the parameters its initial assignment
     *         or assignment rule reads (possibly none)
     */
    private Set<String> computedFrom(String name) {
        for (InitialAssignment a : initialAssignments) {
            if (a.variable().equals(name)) {
                return parameterRefs(a.math());
            }
        }
        for (AssignmentRule r : growth.assignmentRules()) {
            if (r.variable().equals(name)) {
                return parameterRefs(r.math());
            }
        }
        return null;
    }

    private Set<String> parameterRefs(Expr math) {
        Set<String> refs = math.references();
        refs.retainAll(parameters.keySet());
        return refs;
    }

    private List<Event> doseEvents(Regimen regimen, GrowthLaw.Key perKillDose, int doublingTimes, TherapyModel therapy,
                                   MicroenvironmentModel tme) {
        List<Event> events = new ArrayList<>();
        int killDose = 0;
        for (Dose d : regimen.applied()) {
            List<Event> agentEvents = therapy.eventsFor(d);
            List<String> eventIds = agentEvents.isEmpty() ? List.of(d.eventId()) : agentEvents.stream().map(Event::id).toList();
            for (String e : eventIds) {
                if (!ids.add(e)) {
                    throw new ScenarioException(scenario.source(), "treatments",
                            "dose event id '" + e + "' is already used by the growth module");
                }
            }
            if (!agentEvents.isEmpty()) {
                Treatment t = scenario.treatment(d.treatment()).orElseThrow();
                if (tme != null && MicroenvironmentModel.radiation(t)) {
                    agentEvents = agentEvents.stream().map(e -> withDamage(e, tme, t)).toList();
                }
                events.addAll(agentEvents);
                continue;
            }
            killDose++;
            Expr cells = Expr.ref(GrowthModule.CELLS);
            Expr survivors = Expr.bin(Expr.BinaryOp.SUB, Expr.num(1), Expr.ref(CompiledScenario.killFractionParameter(d.treatment())));
            List<EventAssignment> assignments = new ArrayList<>();
            assignments.add(new EventAssignment(GrowthModule.CELLS, Expr.bin(Expr.BinaryOp.MUL, cells, survivors)));
            if (doublingTimes > 1 && killDose <= doublingTimes) {
                assignments.add(new EventAssignment(perKillDose.parameter(), Expr.ref(perKillDoseParameter(perKillDose, killDose))));
            }
            Expr trigger = Expr.bin(Expr.BinaryOp.GE, Expr.ref(TIME), Expr.num(d.day()));
            events.add(new Event(d.eventId(), trigger, assignments, origin));
        }
        return events;
    }

    /** @return a radiation fraction's event with the stromal damage it adds */
    private static Event withDamage(Event e, MicroenvironmentModel tme, Treatment t) {
        List<EventAssignment> assignments = new ArrayList<>(e.assignments());
        assignments.addAll(tme.radiationDamage(ModelIds.of(t.name()) + "_dose"));
        return new Event(e.id(), e.trigger(), assignments, e.origin());
    }

    private List<Species> species() {
        return growth.species().stream()
                .map(s -> s.id().equals(GrowthModule.CELLS)
                        ? new Species(s.id(), s.compartment(), scenario.tumor().cells(), s.unit(), s.boundary(), s.constant(), s.origin())
                        : s)
                .toList();
    }

    /** @return the parameters, those that events assign made non-constant */
    private List<Parameter> finalParameters(List<Event> events) {
        Set<String> assigned = events.stream()
                .flatMap(e -> e.assignments().stream())
                .map(EventAssignment::variable)
                .collect(Collectors.toSet());
        return parameters.values().stream()
                .map(p -> assigned.contains(p.id()) && p.constant()
                        ? new Parameter(p.id(), p.value(), p.unit(), false, p.provenance(), p.origin())
                        : p)
                .toList();
    }

    private List<ParameterValue> parameterValues() {
        return parameters.values().stream()
                .filter(p -> computedFrom(p.id()) == null)
                .map(p -> new ParameterValue(p.id(), p.value(), p.unit(), setBy.get(p.id())))
                .toList();
    }
}
