package org.aftermath.tmen.therapy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.Expr.BinaryOp;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Domain;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.SpeciesRef;
import org.aftermath.tmen.Contribution;
import org.aftermath.tmen.agents.Agent;
import org.aftermath.tmen.agents.DoseUnit;
import org.aftermath.tmen.agents.Route;
import org.aftermath.tmen.regimen.Dose;
import org.aftermath.tmen.regimen.Regimen;
import org.aftermath.tmen.scenario.AgentDose;
import org.aftermath.tmen.scenario.InputRange;
import org.aftermath.tmen.models.ModelSource;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.HostSpecies;
import org.aftermath.tmen.scenario.Treatment;

/**
 * The therapy part of a compiled scenario: what agent treatments add to the growth model.
 *
 * <ul>
 *   <li>Each dosed agent (all its treatments together) gets one instance of its module
 *       ({@link PkModule}) with every id prefixed by {@code ModelIds.of(agent id)}; its plasma
 *       concentration is the observable {@code <prefix>_plasma} (mg/L).</li>
 *   <li>Norton-Simon kill (LITERATURE.md §1.3): a reaction {@code <prefix>_kill: N -> ;
 *       <prefix>_kill_eps * <prefix>_effect * G}, where G is the growth law's net rate of N, so
 *       {@code dN/dt = G(N) (1 - Σ eps_i E_i(C_i))}; for cytotoxic agents only
 *       ({@link org.aftermath.tmen.agents.Agent.Role#cytotoxic()}), not for modulators.</li>
 *   <li>Each treatment adds constant parameters {@code <t>_dose} (in the dose unit) and, for an
 *       infusion, {@code <t>_infusion_hours}, with {@code t = ModelIds.of(name)}; the patient adds
 *       {@value PkModule#PATIENT_BSA} and {@value PkModule#PATIENT_WEIGHT}.</li>
 *   <li>Each dose is an event {@code <t>_dose_<k>} at {@code time >= day}: iv bolus adds the amount
 *       (dose × BSA for per-m² units, × weight for per-kg units, else the dose) to
 *       {@code <prefix>_central}; an infusion raises {@code <prefix>_infusion_rate} by
 *       amount / duration and a second event {@code <t>_dose_<k>_end} at
 *       {@code time >= day + <t>_infusion_hours / 24} lowers it again; ip, sc and oral add
 *       bioavailability × amount to {@code <prefix>_depot}.</li>
 *   <li>Radiation ({@link Radiotherapy}): each fraction multiplies N by
 *       {@code exp(-(rt_alpha_tumor d + rt_beta_tumor d²))}; reaction {@code rt_repopulation}
 *       replaces the growth law's rate by {@code ln2 / rt_tpot_days} per cell while
 *       {@code rt_repopulating} is 1, set by {@code rt_kickoff} at the first fraction +
 *       {@code rt_kickoff_days} and cleared by {@code rt_course_end} at the last fraction.</li>
 * </ul>
 */
public final class TherapyModel {

    private static final String TIME = "time";
    /** A kill fraction's domain, [0, 1). */
    private static final Domain KILL_DOMAIN = new Domain(0, false, 1, true);

    private final Scenario scenario;
    private final ModelSource source;
    private final Origin origin;
    private final String cells;
    private final Expr growthRate;
    private Model model;
    private final Contribution contribution = new Contribution();
    private final List<DosedAgent> agents = new ArrayList<>();
    private Radiotherapy radiotherapy;

    private TherapyModel(Scenario scenario, Model growth, String cells, ModelSource source) {
        this.scenario = scenario;
        this.source = source;
        this.origin = new Origin(scenario.source(), 0);
        this.cells = cells;
        this.model = growth;
        this.growthRate = netRate(growth, cells);
    }

    /**
     * @param scenario the scenario
     * @param regimen  its expanded regimen
     * @param growth   the growth module (with species {@code cells})
     * @param cells    the cancer-cell species id
     * @param source   the scenario's model files, from which the PK and radiotherapy modules are read
     * @return the therapy additions; the growth model unchanged when no treatment has an agent
     * @throws ScenarioException if two treatment names map to one model id, or a scenario has
     *                           more than one radiotherapy treatment
     */
    public static TherapyModel build(Scenario scenario, Regimen regimen, Model growth, String cells,
                                     ModelSource source) {
        Objects.requireNonNull(regimen, "regimen");
        Objects.requireNonNull(source, "source");
        TherapyModel t = new TherapyModel(scenario, growth, cells, source);
        t.checkNames();
        t.addKillFractions(regimen);
        t.addAgents(regimen);
        return t;
    }

    /** @return the growth model merged with every module instance and the therapy reactions */
    public Model model() {
        return model;
    }

    /**
     * @return what the treatments add: the parameters they define (kill fractions, doses,
     *         infusion durations, the patient, the course switch) with their fields and limits, the
     *         events applying each dose, and the course events (kick-off, course end) listed after
     *         the doses
     */
    public Contribution contribution() {
        return contribution;
    }

    /** @return agents with pharmacokinetics, in order of first declaration */
    public List<DosedAgent> agents() {
        return List.copyOf(agents);
    }

    /** @return the radiotherapy course, or null */
    public Radiotherapy radiotherapy() {
        return radiotherapy;
    }

    private void checkNames() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (int i = 0; i < scenario.treatments().size(); i++) {
            String name = scenario.treatments().get(i).name();
            String other = ids.put(ModelIds.of(name), name);
            if (other != null) {
                throw new ScenarioException(scenario.source(), "treatments[" + i + "].name",
                        "'" + name + "' and '" + other + "' both give model id '" + ModelIds.of(name) + "'; rename one");
            }
        }
    }

    /**
     * Each kill-fraction treatment adds the constant {@code <id>_kill_fraction}; each of its doses
     * an event {@code N = N * (1 - <id>_kill_fraction)} at its day.
     */
    private void addKillFractions(Regimen regimen) {
        for (int i = 0; i < scenario.treatments().size(); i++) {
            if (scenario.treatments().get(i) instanceof Treatment.KillFraction t) {
                Provenance provenance = new Provenance("scenario " + scenario.source(), 0.0, 1.0, "fraction of cancer"
                        + " cells killed per dose of " + t.name() + " (log-kill, LITERATURE.md §1.2)", KILL_DOMAIN);
                contribution.add(new Parameter(ModelIds.of(t.name()) + "_kill_fraction", t.fraction(), "dimensionless",
                        true, provenance, origin), "treatments[" + i + "].name", InputRange.FRACTION);
            }
        }
        for (Dose d : regimen.applied()) {
            if (treatment(d.treatment()) instanceof Treatment.KillFraction t) {
                Expr survivors = Expr.bin(BinaryOp.SUB, Expr.num(1), ref(ModelIds.of(t.name()) + "_kill_fraction"));
                Expr at = Expr.bin(BinaryOp.GE, ref(TIME), Expr.num(d.day()));
                contribution.doseEvents(d, List.of(new Event(d.eventId(), at,
                        List.of(new EventAssignment(cells, mul(ref(cells), survivors))), origin)));
            }
        }
    }

    private void addAgents(Regimen regimen) {
        Map<String, List<Double>> daysByAgent = new LinkedHashMap<>();
        Map<String, Agent.Role> roles = new LinkedHashMap<>();
        Map<String, Integer> firstTreatment = new LinkedHashMap<>();
        boolean patient = false;
        List<Treatment.AgentTreatment> radiation = new ArrayList<>();
        for (int i = 0; i < scenario.treatments().size(); i++) {
            if (!(scenario.treatments().get(i) instanceof Treatment.AgentTreatment t)) {
                continue;
            }
            String path = "treatments[" + i + "]";
            String tid = ModelIds.of(t.name());
            AgentDose a = t.agent();
            contribution.add(new Parameter(tid + "_dose", a.dose(), unitId(a.unit()), true,
                    new Provenance("scenario " + scenario.source(), null, null, "dose of " + t.name() + " per "
                            + (a.radiation() ? "fraction" : "administration") + ", " + a.unit(), Domain.POSITIVE), origin),
                    path + ".dose", InputRange.DOSE);
            if (a.route() == Route.IV_INFUSION) {
                contribution.add(new Parameter(tid + "_infusion_hours", a.infusionHours(), "hour", true,
                        new Provenance("scenario " + scenario.source(), null, null, "duration of each infusion of " + t.name(),
                                Domain.POSITIVE), origin), path + ".infusion_hours", InputRange.INFUSION_HOURS);
            }
            if (a.radiation()) {
                radiation.add(t);
            } else {
                patient = true;
                daysByAgent.computeIfAbsent(a.agentId(), k -> new ArrayList<>());
                roles.put(a.agentId(), a.role());
                firstTreatment.putIfAbsent(a.agentId(), i);
            }
        }
        if (radiation.size() > 1) {
            throw new ScenarioException(scenario.source(), "treatments",
                    "at most one radiotherapy treatment per scenario (got " + radiation.size() + ": "
                            + String.join(", ", radiation.stream().map(Treatment::name).toList()) + ")");
        }
        if (patient || !radiation.isEmpty()) {
            model = model.merge(PkModule.require(source, "therapy-units.ant"));
        }
        HostSpecies species = scenario.patient().species();
        boolean mouse = species == HostSpecies.MOUSE;
        if (patient) {
            contribution.add(new Parameter(PkModule.PATIENT_BSA, scenario.patient().bsaM2(), "m2", true,
                    new Provenance("scenario " + scenario.source() + " patient.bsa_m2 (default " + (mouse ? "0.0078" : "1.8")
                            + ", assumed)", mouse ? 0.006 : 0.5, mouse ? 0.0095 : 3.0, "body surface area", Domain.POSITIVE),
                    origin), "patient.bsa_m2", InputRange.BSA);
            contribution.add(new Parameter(PkModule.PATIENT_WEIGHT, scenario.patient().weightKg(), "kg", true,
                    new Provenance("scenario " + scenario.source() + " patient.weight_kg (default " + (mouse ? "0.025" : "70")
                            + ", assumed)", mouse ? 0.015 : 3.0, mouse ? 0.04 : 250.0, "body weight", Domain.POSITIVE),
                    origin), "patient.weight_kg", InputRange.WEIGHT);
        }
        for (String agentId : daysByAgent.keySet()) {
            String prefix = ModelIds.of(agentId);
            Model pk = PkModule.read(agentId, source, species).orElseThrow(() -> new ScenarioException(scenario.source(),
                    "treatments[" + firstTreatment.get(agentId) + "].agent", "no " + species.id() + " pharmacokinetics for '"
                            + agentId + "': the model has no " + PkModule.fileFor(agentId, species) + " (bundled for a "
                            + species.id() + ": " + String.join(", ", PkModule.bundledFor(species)) + ")"));
            boolean kills = roles.get(agentId).cytotoxic();
            model = model.merge(ModuleRenamer.prefix(kills ? pk : withoutEffect(pk), prefix));
            if (kills) {
                Expr kill = mul(mul(ref(prefix + "_" + PkModule.KILL_EPS), ref(prefix + "_" + PkModule.EFFECT)), growthRate);
                model = model.merge(reactionModel(new Reaction(prefix + "_kill", List.of(new SpeciesRef(cells, 1)),
                        List.of(), kill, origin)));
            }
        }
        if (!radiation.isEmpty()) {
            model = model.merge(PkModule.require(source, "radiotherapy.ant"));
        }
        for (Dose d : regimen.applied()) {
            if (!(treatment(d.treatment()) instanceof Treatment.AgentTreatment t)) {
                continue;
            }
            contribution.doseEvents(d, events(t, d));
            if (!t.agent().radiation()) {
                daysByAgent.get(t.agent().agentId()).add(d.day());
            }
        }
        daysByAgent.forEach((agentId, days) -> agents.add(new DosedAgent(agentId,
                ModelIds.of(agentId) + "_" + PkModule.PLASMA, plasmaUnit(agentId), PkModule.sourced(agentId),
                new ArrayList<>(new TreeSet<>(days)))));
        if (!radiation.isEmpty()) {
            Treatment.AgentTreatment rt = radiation.get(0);
            List<Double> days = regimen.applied().stream().filter(d -> d.treatment().equals(rt.name())).map(Dose::day).toList();
            if (!days.isEmpty()) {
                radiotherapy = new Radiotherapy(rt.name(), rt.agent().dose(), days);
                addRepopulation(days.get(0), days.get(days.size() - 1));
            }
        }
    }

    /**
     * A modulator's PK module without its {@value PkModule#EFFECT} observable: a modulator acts
     * through target inhibition (tme-ddsp.ant {@code inh_<TARGET>}), so a Hill "effect on the
     * cancer cells" would be a number nothing uses, drawn in the report as if it killed.
     */
    private static Model withoutEffect(Model pk) {
        List<AssignmentRule> rules = pk.assignmentRules().stream()
                .filter(r -> !r.variable().equals(PkModule.EFFECT)).toList();
        return new Model(pk.id(), pk.units(), pk.compartments(), pk.species(), pk.parameters(),
                pk.initialAssignments(), rules, pk.rateRules(), pk.reactions(), pk.events());
    }

    /** @return mg/L, or IU/L for an agent dosed in international units (the module counts IU as mg) */
    private String plasmaUnit(String agentId) {
        boolean units = scenario.treatments().stream().anyMatch(t -> t instanceof Treatment.AgentTreatment a
                && a.agent().agentId().equals(agentId)
                && (a.agent().unit() == DoseUnit.IU || a.agent().unit() == DoseUnit.IU_PER_M2));
        return units ? "IU/L" : PkModule.PLASMA_UNIT;
    }

    /** @return the id of a dose unit in {@code therapy-units.ant} */
    static String unitId(DoseUnit unit) {
        return switch (unit) {
            case MG_PER_M2 -> "mg_per_m2";
            case MG -> "mg";
            case MG_PER_KG -> "mg_per_kg";
            case IU_PER_M2 -> "IU_per_m2";
            case IU -> "IU";
            case GY -> "Gy";
        };
    }

    private Treatment treatment(String name) {
        return scenario.treatment(name).orElseThrow();
    }

    private List<Event> events(Treatment.AgentTreatment t, Dose d) {
        AgentDose a = t.agent();
        String tid = ModelIds.of(t.name());
        Expr dose = ref(tid + "_dose");
        Expr at = Expr.bin(BinaryOp.GE, ref(TIME), Expr.num(d.day()));
        if (a.radiation()) {
            Expr exponent = Expr.bin(BinaryOp.ADD, mul(ref(Radiotherapy.ALPHA), dose),
                    mul(ref(Radiotherapy.BETA), Expr.bin(BinaryOp.POW, dose, Expr.num(2))));
            Expr survival = Expr.call("exp", new Expr.Unary(Expr.UnaryOp.NEG, exponent));
            return List.of(new Event(d.eventId(), at, List.of(new EventAssignment(cells, mul(ref(cells), survival))), origin));
        }
        String prefix = ModelIds.of(a.agentId()) + "_";
        Expr amount = switch (a.unit()) {
            case MG_PER_M2, IU_PER_M2 -> mul(dose, ref(PkModule.PATIENT_BSA));
            case MG_PER_KG -> mul(dose, ref(PkModule.PATIENT_WEIGHT));
            default -> dose;
        };
        return switch (a.route()) {
            case IV_BOLUS -> List.of(new Event(d.eventId(), at, List.of(add(prefix + PkModule.CENTRAL, amount)), origin));
            case IV_INFUSION -> {
                Expr days = Expr.bin(BinaryOp.DIV, ref(tid + "_infusion_hours"), Expr.num(24));
                Expr rate = Expr.bin(BinaryOp.DIV, amount, days);
                String variable = prefix + PkModule.INFUSION_RATE;
                Expr end = Expr.bin(BinaryOp.GE, ref(TIME), Expr.bin(BinaryOp.ADD, Expr.num(d.day()), days));
                yield List.of(new Event(d.eventId(), at, List.of(add(variable, rate)), origin),
                        new Event(d.eventId() + "_end", end, List.of(new EventAssignment(variable,
                                Expr.bin(BinaryOp.SUB, ref(variable), rate))), origin));
            }
            default -> List.of(new Event(d.eventId(), at, List.of(add(prefix + PkModule.DEPOT,
                    mul(ref(prefix + PkModule.BIOAVAILABILITY), amount))), origin));
        };
    }

    private void addRepopulation(double first, double last) {
        Expr accelerated = Expr.bin(BinaryOp.DIV, Expr.call("ln", Expr.num(2)), ref(Radiotherapy.TPOT));
        Expr rate = mul(ref(Radiotherapy.REPOPULATING), Expr.bin(BinaryOp.SUB, mul(accelerated, ref(cells)), growthRate));
        model = model.merge(reactionModel(new Reaction("rt_repopulation", List.of(), List.of(new SpeciesRef(cells, 1)), rate, origin)));
        Expr kickoff = Expr.bin(BinaryOp.GE, ref(TIME), Expr.bin(BinaryOp.ADD, Expr.num(first), ref(Radiotherapy.KICKOFF)));
        // rt_kickoff is listed first: at equal times the course end clears the switch after it.
        // A kick-off after the course end sets 1 - 1 = 0.
        contribution.event(new Event("rt_kickoff", kickoff, List.of(new EventAssignment(Radiotherapy.REPOPULATING,
                Expr.bin(BinaryOp.SUB, Expr.num(1), ref("rt_course_over")))), origin));
        contribution.event(new Event("rt_course_end", Expr.bin(BinaryOp.GE, ref(TIME), Expr.num(last)),
                List.of(new EventAssignment(Radiotherapy.REPOPULATING, Expr.num(0)),
                        new EventAssignment("rt_course_over", Expr.num(1))), origin));
        contribution.add(new Parameter("rt_course_over", 0, "dimensionless", false,
                new Provenance("set by the event rt_course_end", 0.0, 1.0, "1 after the last fraction",
                        new Domain(0, false, 1, false)), origin), "treatments", null);
    }

    private Model reactionModel(Reaction r) {
        return new Model(r.id(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(r), List.of());
    }

    /** @return the net rate of change of {@code species} over the model's reactions */
    static Expr netRate(Model m, String species) {
        Expr total = null;
        for (Reaction r : m.reactions()) {
            double net = stoichiometry(r.products(), species) - stoichiometry(r.reactants(), species);
            if (net == 0) {
                continue;
            }
            Expr term = net == 1 ? r.rate() : mul(Expr.num(net), r.rate());
            total = total == null ? term : Expr.bin(BinaryOp.ADD, total, term);
        }
        return total == null ? Expr.num(0) : total;
    }

    private static double stoichiometry(List<SpeciesRef> refs, String species) {
        return refs.stream().filter(r -> r.species().equals(species)).mapToDouble(SpeciesRef::stoichiometry).sum();
    }

    private static EventAssignment add(String variable, Expr amount) {
        return new EventAssignment(variable, Expr.bin(BinaryOp.ADD, ref(variable), amount));
    }

    private static Expr mul(Expr a, Expr b) {
        return Expr.bin(BinaryOp.MUL, a, b);
    }

    private static Expr ref(String name) {
        return Expr.ref(name);
    }
}
