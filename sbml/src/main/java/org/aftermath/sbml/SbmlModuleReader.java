package org.aftermath.sbml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.ExprParser;
import org.aftermath.kernel.expr.Functions;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.kernel.model.ModelModule;
import org.aftermath.kernel.model.ModelModuleReader;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.RateRule;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.units.UnitValue;

/**
 * SBML files as modules of a scenario's model: {@code NAME.xml} in a scenario's model folder,
 * joined as its mapping file {@code NAME.mapping.yaml} (beside it) says:
 * <pre>{@code
 * prefix: lip          # the module's ids become lip_<id> (default: NAME made an id)
 * time_unit: second    # only when the SBML model declares no timeUnits
 * inputs:              # module parameter (its SBML id): expression of the scenario's names
 *   TR: parp1 * (1 - inh_IKK)
 * outputs:             # scenario name: expression of the module's ids (with the prefix) and the scenario's names
 *   nfkb: lip_nuclear_NFkB_fraction * (1 - kd_NFKB)
 * }</pre>
 * The tool converts the module's time to the scenario's: every rate (reactions, rate rules,
 * {@code rateOf}) is multiplied by the number of module time units per scenario time unit
 * (86 400 for seconds in days), {@code time} in the module's math is the scenario's time in the
 * module's unit, delays are divided by it. Amounts follow the SBML import ({@link SbmlReader}):
 * the kernel holds amounts, and an output that reads a species ({@code lip_NFkBn}) gets what
 * SBML means by it (its concentration when the module reads it as one). An input replaces the module's parameter by
 * the expression (an assignment rule); an output replaces the scenario's assignment rule or
 * parameter of that name.
 */
public final class SbmlModuleReader implements ModelModuleReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> KEYS = Set.of("prefix", "time_unit", "inputs", "outputs");

    @Override
    public boolean reads(String fileName) {
        return fileName.endsWith(".xml");
    }

    @Override
    public ModelModule read(String name, String text, String mapping, String shownAs, String hostTimeUnit) {
        SbmlModel sbml = SbmlReader.parse(text, shownAs);
        String mappingName = shownAs.replaceAll("\\.xml$", ".mapping.yaml");
        Origin at = new Origin(mappingName, 0);
        JsonNode map = mapping == null ? YAML.createObjectNode() : parse(mapping, at);
        for (Iterator<String> it = map.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new ModelException(at, "unknown key '" + key + "'; allowed: prefix, time_unit, inputs, outputs");
            }
        }
        String base = name.replaceAll("\\.xml$", "").replaceAll("[^A-Za-z0-9_]", "_");
        String prefix = map.has("prefix") ? map.get("prefix").asText() : base;
        if (!prefix.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new ModelException(at, "prefix: '" + prefix + "' is not an id (letters, digits, '_')");
        }
        double factor = timeFactor(sbml, map.has("time_unit") ? map.get("time_unit").asText() : null, hostTimeUnit, at);
        Model model = scaleTime(sbml.model(), factor).withIdsRenamed(id -> prefix + "_" + id);
        Map<String, Expr> inputs = new LinkedHashMap<>();
        map.path("inputs").fields().forEachRemaining(e -> {
            String id = sbml.variable(e.getKey()).map(SbmlModel.Variable::kernelId).orElseThrow(() ->
                    new ModelException(at, "inputs: '" + e.getKey() + "' is not an id of " + shownAs));
            inputs.put(prefix + "_" + id, expression(e.getValue(), "inputs." + e.getKey(), at));
        });
        java.util.function.UnaryOperator<Expr> asSbmlReadsIt = speciesAsSbmlReadsThem(sbml, prefix);
        Map<String, Expr> outputs = new LinkedHashMap<>();
        map.path("outputs").fields().forEachRemaining(e -> outputs.put(e.getKey(),
                asSbmlReadsIt.apply(expression(e.getValue(), "outputs." + e.getKey(), at))));
        return new ModelModule(model, inputs, outputs, shownAs);
    }

    /**
     * @return a rewrite of output math in which a module species SBML reads as a concentration
     *         ({@code prefix_S}) is its amount over its compartment, as in the module's own math
     */
    private static java.util.function.UnaryOperator<Expr> speciesAsSbmlReadsThem(SbmlModel sbml, String prefix) {
        Map<String, Expr> concentrations = new LinkedHashMap<>();
        for (SbmlModel.Variable v : sbml.variables().values()) {
            if (v.kind() == SbmlModel.Kind.SPECIES && v.concentration()) {
                concentrations.put(prefix + "_" + v.kernelId(), sbml.valueOf(v.id(), SbmlModel.Quantity.DEFAULT)
                        .rewrite(x -> x instanceof Expr.Ref r ? Expr.ref(prefix + "_" + r.name()) : x));
            }
        }
        return e -> e.rewrite(x -> x instanceof Expr.Ref r && concentrations.containsKey(r.name())
                ? concentrations.get(r.name()) : x);
    }

    private static JsonNode parse(String mapping, Origin at) {
        try {
            JsonNode node = YAML.readTree(mapping);
            if (node == null || node.isMissingNode() || node.isNull()) {
                return YAML.createObjectNode();
            }
            if (!node.isObject()) {
                throw new ModelException(at, "a mapping (prefix, time_unit, inputs, outputs) is expected");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ModelException(at, "not readable as YAML: " + e.getOriginalMessage());
        }
    }

    private static Expr expression(JsonNode value, String field, Origin at) {
        if (!value.isTextual() && !value.isNumber()) {
            throw new ModelException(at, field + ": an expression is expected");
        }
        try {
            return ExprParser.parse(value.asText());
        } catch (ExprParser.ParseException e) {
            throw new ModelException(at, field + ": " + e.detail());
        }
    }

    /** @return module time units per host time unit (86400 for a module in seconds in a host in days) */
    static double timeFactor(SbmlModel sbml, String declared, String hostTimeUnit, Origin at) {
        String unit = sbml.timeUnits();
        if (unit == null && declared == null) {
            throw new ModelException(at, sbml.source() + " declares no time unit; give time_unit (second, minute,"
                    + " hour, day) in its mapping file");
        }
        if (unit != null && declared != null && !unit.equals(declared)) {
            throw new ModelException(at, "time_unit: " + declared + ", but " + sbml.source() + " declares " + unit);
        }
        String module = unit != null ? unit : declared;
        double seconds = secondsIn(module, sbml, at);
        double host = secondsIn(hostTimeUnit, sbml, at);
        return host / seconds;
    }

    private static double secondsIn(String unit, SbmlModel sbml, Origin at) {
        Map<String, String> definitions = new LinkedHashMap<>();
        sbml.model().units().forEach(u -> definitions.put(u.id(), u.definition()));
        definitions.putIfAbsent("minute", "60 second");
        definitions.putIfAbsent("week", "604800 second");
        UnitValue v;
        try {
            v = UnitValue.of(unit, definitions::get);
        } catch (IllegalArgumentException e) {
            throw new ModelException(at, "time unit '" + unit + "' is not known (second, minute, hour, day, week, or a"
                    + " unit definition of the model)");
        }
        if (!v.sameDimension(UnitValue.of("second", n -> null))) {
            throw new ModelException(at, "time unit '" + unit + "' is not a time");
        }
        return v.factor();
    }

    /** @return the model with its time in units of 1/factor of its own (rates times factor, delays over it) */
    static Model scaleTime(Model m, double factor) {
        if (factor == 1) {
            return m;
        }
        Expr k = Expr.num(factor);
        Model scaled = m.withMath(e -> e.rewrite(x -> {
            if (x instanceof Expr.Ref r && r.name().equals("time")) {
                return Expr.bin(Expr.BinaryOp.MUL, x, k);
            }
            if (x instanceof Expr.Call c && c.function().equals(Functions.DELAY)) {
                return new Expr.Call(Functions.DELAY, List.of(c.args().get(0), Expr.bin(Expr.BinaryOp.DIV, c.args().get(1), k)));
            }
            if (x instanceof Expr.Call c && c.function().equals(Functions.RATE_OF)) {
                return Expr.bin(Expr.BinaryOp.DIV, x, k);
            }
            return x;
        }));
        List<Reaction> reactions = scaled.reactions().stream().map(r -> new Reaction(r.id(), r.reactants(), r.products(),
                Expr.bin(Expr.BinaryOp.MUL, r.rate(), k), r.fast(), r.origin())).toList();
        List<RateRule> rates = scaled.rateRules().stream().map(r -> new RateRule(r.variable(),
                Expr.bin(Expr.BinaryOp.MUL, r.math(), k), r.origin())).toList();
        List<Event> events = scaled.events().stream().map(e -> e.delay() == null ? e : new Event(e.id(), e.trigger(),
                Expr.bin(Expr.BinaryOp.DIV, e.delay(), k), e.priority(), e.initialValue(), e.persistent(),
                e.useValuesFromTriggerTime(), e.assignments(), e.origin())).toList();
        return new Model(scaled.id(), scaled.units(), scaled.compartments(), scaled.species(), scaled.parameters(),
                scaled.initialAssignments(), scaled.assignmentRules(), rates, reactions, events, scaled.algebraicRules());
    }
}
