package org.aftermath.tmen.microenvironment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.Expr.BinaryOp;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Origin;
import org.aftermath.tmen.Contribution;
import org.aftermath.tmen.agents.Agent;
import org.aftermath.tmen.agents.AgentCatalog;
import org.aftermath.tmen.models.ModelFile;
import org.aftermath.tmen.models.ModelSource;
import org.aftermath.tmen.regimen.Dose;
import org.aftermath.tmen.regimen.Regimen;
import org.aftermath.tmen.scenario.InputRange;
import org.aftermath.tmen.scenario.Microenvironment;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.Treatment;
import org.aftermath.tmen.therapy.DosedAgent;
import org.aftermath.tmen.therapy.ModelIds;
import org.aftermath.tmen.therapy.PkModule;

/**
 * Merges the microenvironment modules into a scenario's model and binds their input ports.
 *
 * <p>Included when the scenario doses any agent or has a {@code stroma:}, {@code knockouts:} or
 * {@code knockdowns:} key ({@link #included}); kill-fraction-only scenarios stay as they were.
 * Modules: every {@code tme-*.ant} file of the scenario's model source, in the order
 * {@value #STROMA}, {@value #DDSP}, {@value #FACTORS}, then the others by file name.
 *
 * <p>Bindings (ids of agent parameters are prefixed {@code <agent>_}, C = max(plasma, 0), mg/L, the
 * total plasma concentration; C_u = {@code unbound_fraction} · C, the free concentration that acts
 * on targets):
 * <ul>
 *   <li>{@value #CELLS_REF} = {@code tumor.cells}; {@code stroma_<type>} from {@code stroma:}.</li>
 *   <li>{@value #DAMAGE_RATE} := Σ over genotoxic agents {@code stroma_damage · C}
 *       (Gy-equivalent per day); each radiation fraction adds
 *       {@code damage_sensitivity_X · dose} to {@code D_X} ({@link #radiationDamage}).</li>
 *   <li>{@value #ARREST_RATE} := Σ over anti-microtubule agents {@code stroma_arrest · effect}.</li>
 *   <li>each modulator target port ({@link #PORTS}) := 1 − Π (1 − I_m), with the modulator's own
 *       inhibition {@code I_m = inhibition_max · C_u^h / (ic50^h + C_u^h)} with a free-drug
 *       {@code ic50}, h = {@code inhibition_hill},
 *       an observable {@code <agent>_inhibition_<port>}; metformin's targets IKK and NFKB bind IKK
 *       only (one mechanism, counted once); {@value #NEUTRALISATION} := Σ {@code k_neutralise · C_u}
 *       over anti-WNT16B agents.</li>
 *   <li>knockouts set {@code kd_<NODE>} = 1, knockdowns the fraction given; node names are the
 *       model's {@code kd_*} parameters, case-insensitive.</li>
 * </ul>
 */
public final class MicroenvironmentModel {

    /** The stroma, DDR and senescence module. */
    public static final String STROMA = "tme-stroma.ant";
    /** The DDSP network module. */
    public static final String DDSP = "tme-ddsp.ant";
    /** The secreted-factors module. */
    public static final String FACTORS = "tme-factors.ant";
    /** Initial cancer cells the stroma counts are relative to. */
    public static final String CELLS_REF = "stroma_cells_ref";
    /** Drug damage input, Gy-equivalent per day. */
    public static final String DAMAGE_RATE = "dmg_rate";
    /** DDR-free arrest input, per day. */
    public static final String ARREST_RATE = "arrest_rate";
    /** WNT16B neutralisation input, per day. */
    public static final String NEUTRALISATION = "wnt16b_neutralisation";
    /** Knowledge base target → inhibition port. */
    public static final Map<String, String> PORTS = Map.of("NFKB", "inh_NFKB", "IKK", "inh_IKK",
            "PARP1", "inh_PARP1", "P38MAPK", "inh_P38", "IL1R", "inh_IL1R");
    /** The knowledge base target of the neutralising antibody. */
    public static final String WNT16B = "WNT16B";
    /** Per-agent parameters the PK modules define (before prefixing). */
    public static final String STROMA_DAMAGE = "stroma_damage";
    public static final String STROMA_ARREST = "stroma_arrest";
    public static final String INHIBITION_MAX = "inhibition_max";
    public static final String IC50 = "ic50";
    public static final String INHIBITION_HILL = "inhibition_hill";
    public static final String K_NEUTRALISE = "k_neutralise";
    /** Free fraction of a modulator in plasma: its targets see {@code unbound_fraction · plasma}. */
    public static final String UNBOUND_FRACTION = "unbound_fraction";

    private static final String KD = "kd_";
    private static final List<String> DAMAGED_TYPES = List.of("fib", "endo", "imm");

    private final Scenario scenario;
    private final Origin origin;
    private Model model;
    private final Contribution contribution = new Contribution();
    private final List<Modulation> modulations = new ArrayList<>();

    private MicroenvironmentModel(Scenario scenario, Model model) {
        this.scenario = scenario;
        this.model = model;
        this.origin = new Origin(scenario.source(), 0);
    }

    /** @return true unless {@code microenvironment: false}, if the scenario doses an agent or has a microenvironment key */
    public static boolean included(Scenario scenario) {
        if (scenario.microenvironment().disabled()) {
            return false;
        }
        return scenario.microenvironment().requested()
                || scenario.treatments().stream().anyMatch(t -> t instanceof Treatment.AgentTreatment);
    }

    /**
     * @param scenario the scenario ({@link #included} must hold)
     * @param regimen  its doses (radiation fractions damage the stroma)
     * @param therapy  the growth model with the therapy modules merged
     * @param agents   the dosed agents with pharmacokinetics
     * @param source   the scenario's model files
     * @param catalog  the knowledge base (genotoxic flags, classes, targets)
     * @return the merged and bound model, with the values the scenario sets
     * @throws ScenarioException for an unknown knockout/knockdown node, or a PK module lacking a
     *                           parameter a binding needs
     */
    public static MicroenvironmentModel build(Scenario scenario, Regimen regimen, Model therapy, List<DosedAgent> agents,
                                              ModelSource source, AgentCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        MicroenvironmentModel m = new MicroenvironmentModel(scenario, therapy);
        for (ModelFile f : modules(source)) {
            m.model = m.model.merge(f.read());
        }
        m.setScenarioValues();
        m.bindAgents(agents, catalog);
        m.damageByRadiation(regimen);
        return m;
    }

    /** @return the {@code tme-*.ant} files of a source, in merge order (user extensions excluded: they are merged with the growth law) */
    public static List<ModelFile> modules(ModelSource source) {
        List<ModelFile> out = new ArrayList<>();
        for (String name : List.of(STROMA, DDSP, FACTORS)) {
            source.file(name).ifPresent(out::add);
        }
        Map<String, ModelFile> others = new TreeMap<>();
        for (ModelFile f : source.files()) {
            if (f.name().startsWith("tme-") && !out.contains(f) && !source.extensions().contains(f)) {
                others.put(f.name(), f);
            }
        }
        out.addAll(others.values());
        return out;
    }

    /** @return the merged model with every port bound */
    public Model model() {
        return model;
    }

    /**
     * @return what the microenvironment adds: the values its keys set ({@code tumor.cells},
     *         {@code stroma}, {@code knockouts}, {@code knockdowns}), the stromal damage each
     *         radiation fraction's event adds, and warnings (modulators without an effect here)
     */
    public Contribution contribution() {
        return contribution;
    }

    /** @return the dosed modulators and the ports they drive */
    public List<Modulation> modulations() {
        return List.copyOf(modulations);
    }

    /** Each radiation fraction adds {@code D_X = D_X + damage_sensitivity_X * dose} to its event. */
    private void damageByRadiation(Regimen regimen) {
        for (Dose d : regimen.applied()) {
            if (scenario.treatment(d.treatment()).orElseThrow() instanceof Treatment.AgentTreatment t && t.agent().radiation()) {
                contribution.atDose(d, radiationDamage(ModelIds.of(t.name()) + "_dose"));
            }
        }
    }

    /**
     * @param doseParameter the parameter holding the dose per fraction, Gy
     * @return the assignments a radiation fraction adds: {@code D_X = D_X + damage_sensitivity_X * dose}
     */
    private List<EventAssignment> radiationDamage(String doseParameter) {
        List<EventAssignment> out = new ArrayList<>();
        for (String type : DAMAGED_TYPES) {
            String d = "D_" + type;
            if (model.species(d).isPresent() || model.parameter(d).isPresent()) {
                out.add(new EventAssignment(d, Expr.bin(BinaryOp.ADD, Expr.ref(d),
                        Expr.bin(BinaryOp.MUL, Expr.ref("damage_sensitivity_" + type), Expr.ref(doseParameter)))));
            }
        }
        return out;
    }

    private void setScenarioValues() {
        set(CELLS_REF, scenario.tumor().cells(), "tumor.cells", InputRange.CELLS);
        Microenvironment tme = scenario.microenvironment();
        tme.stroma().forEach((type, v) -> set("stroma_" + type, v, "stroma." + type, InputRange.STROMA));
        Map<String, String> nodes = new TreeMap<>();
        for (var p : model.parameters()) {
            if (p.id().startsWith(KD)) {
                nodes.put(p.id().substring(KD.length()).toUpperCase(Locale.ROOT), p.id());
            }
        }
        for (int i = 0; i < tme.knockouts().size(); i++) {
            set(node(nodes, tme.knockouts().get(i), "knockouts[" + i + "]"), 1.0, "knockouts[" + i + "]", null);
        }
        tme.knockdowns().forEach((node, fraction) ->
                set(node(nodes, node, "knockdowns." + node), fraction, "knockdowns." + node, null));
    }

    private String node(Map<String, String> nodes, String name, String path) {
        String id = nodes.get(name.toUpperCase(Locale.ROOT));
        if (id == null) {
            throw new ScenarioException(scenario.source(), path, "unknown node '" + name + "' (allowed: "
                    + String.join(", ", nodes.keySet()) + ")");
        }
        return id;
    }

    private void set(String id, double value, String path, InputRange limit) {
        if (model.parameter(id).isEmpty()) {
            throw new ScenarioException(scenario.source(), path, "the microenvironment model has no parameter '" + id + "'");
        }
        contribution.set(id, value, path, limit);
    }

    private void bindAgents(List<DosedAgent> agents, AgentCatalog catalog) {
        List<Expr> damage = new ArrayList<>();
        List<Expr> arrest = new ArrayList<>();
        List<Expr> neutralise = new ArrayList<>();
        List<String> genotoxicEffects = new ArrayList<>();
        Map<String, List<Expr>> inhibition = new LinkedHashMap<>();
        for (DosedAgent a : agents) {
            Agent agent = catalog.find(a.agentId()).orElseThrow();
            String prefix = ModelIds.of(a.agentId()) + "_";
            Expr c = Expr.call("max", Expr.ref(a.plasma()), Expr.num(0));
            switch (agent.role()) {
                case GENOTOXIC -> {
                    damage.add(mul(agentParameter(a, prefix, STROMA_DAMAGE), c));
                    genotoxicEffects.add(prefix + PkModule.EFFECT);
                }
                case ANTI_MICROTUBULE -> arrest.add(mul(agentParameter(a, prefix, STROMA_ARREST),
                        Expr.ref(prefix + PkModule.EFFECT)));
                case MODULATOR -> { }
            }
            List<String> targets = agent.targets().contains("IKK")
                    ? agent.targets().stream().filter(t -> !t.equals("NFKB")).toList() : agent.targets();
            Expr free = targets.isEmpty() ? c : mul(agentParameter(a, prefix, UNBOUND_FRACTION), c);
            for (String target : targets) {
                String port = PORTS.get(target);
                if (port != null) {
                    String observable = prefix + "inhibition_" + port;
                    Expr h = agentParameter(a, prefix, INHIBITION_HILL);
                    Expr ch = Expr.bin(BinaryOp.POW, free, h);
                    Expr law = Expr.bin(BinaryOp.DIV, mul(agentParameter(a, prefix, INHIBITION_MAX), ch),
                            Expr.bin(BinaryOp.ADD, Expr.bin(BinaryOp.POW, agentParameter(a, prefix, IC50), h), ch));
                    addRule(observable, law);
                    inhibition.computeIfAbsent(port, k -> new ArrayList<>()).add(Expr.ref(observable));
                    modulations.add(new Modulation(a.agentId(), target, port, observable, Modulation.FRACTION));
                } else if (target.equals(WNT16B)) {
                    String observable = prefix + "neutralisation";
                    addRule(observable, mul(agentParameter(a, prefix, K_NEUTRALISE), free));
                    neutralise.add(Expr.ref(observable));
                    modulations.add(new Modulation(a.agentId(), target, NEUTRALISATION, observable, Modulation.PER_DAY));
                } else {
                    contribution.warn(a.agentId() + ": target " + target + " has no port in the microenvironment model;"
                            + (target.equals("CD20") ? " anti-CD20 has no effect in the microenvironment model"
                            : " it has no effect there"));
                }
            }
        }
        bind(DAMAGE_RATE, sum(damage));
        bind(ARREST_RATE, sum(arrest));
        if (CancerStates.present(model)) {
            model = CancerStates.bindPorts(model, genotoxicEffects, origin);
        }
        bind(NEUTRALISATION, sum(neutralise));
        inhibition.forEach((port, parts) -> {
            Expr kept = null;
            for (Expr i : parts) {
                Expr one = Expr.bin(BinaryOp.SUB, Expr.num(1), i);
                kept = kept == null ? one : mul(kept, one);
            }
            bind(port, Expr.bin(BinaryOp.SUB, Expr.num(1), kept));
        });
    }

    private Expr agentParameter(DosedAgent a, String prefix, String name) {
        String id = prefix + name;
        if (model.parameter(id).isEmpty()) {
            throw new ScenarioException(scenario.source(), "treatments", "the PK module of " + a.agentId()
                    + " (" + PkModule.fileFor(a.agentId(), scenario.patient().species()) + " or its replacement) defines no parameter '" + name
                    + "', which the microenvironment model needs");
        }
        return Expr.ref(id);
    }

    private void addRule(String variable, Expr math) {
        model = model.merge(new Model(variable, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new AssignmentRule(variable, math, origin)), List.of(), List.of(), List.of()));
    }

    private void bind(String port, Expr math) {
        if (math != null && model.parameter(port).isPresent()) {
            model = model.withParameterBound(port, math, origin);
        }
    }

    private static Expr sum(List<Expr> terms) {
        Expr total = null;
        for (Expr t : terms) {
            total = total == null ? t : Expr.bin(BinaryOp.ADD, total, t);
        }
        return total;
    }

    private static Expr mul(Expr a, Expr b) {
        return Expr.bin(BinaryOp.MUL, a, b);
    }

}
