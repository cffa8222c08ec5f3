package org.aftermath.tmen.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.aftermath.kernel.model.Domain;
import org.aftermath.tmen.scenario.GrowthLaw;
import org.aftermath.tmen.scenario.InputRange;

/**
 * The parts of {@code docs/scenario.schema.json} that the scenario format's descriptions
 * determine: {@code $defs.growth}, one alternative per growth law ({@link GrowthLaw}) with its
 * keys and forms. The schema file holds them as generated; a test compares, so adding a law
 * without regenerating fails the build with the text to paste.
 */
public final class ScenarioSchema {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ScenarioSchema() { }

    /** @return {@code $defs.growth}: an object with {@code law} one of the laws, then one alternative per law */
    public static ObjectNode growth() {
        ObjectNode growth = JSON.objectNode();
        growth.put("type", "object");
        growth.set("required", strings(List.of("law")));
        ObjectNode law = JSON.objectNode();
        law.set("enum", strings(GrowthLaw.names()));
        growth.set("properties", JSON.objectNode().set("law", law));
        ArrayNode laws = growth.putArray("oneOf");
        GrowthLaw.ALL.forEach(l -> laws.add(law(l)));
        return growth;
    }

    private static ObjectNode law(GrowthLaw law) {
        ObjectNode out = JSON.objectNode();
        out.put("description", law.equation());
        out.put("additionalProperties", false);
        List<String> required = new ArrayList<>(List.of("law"));
        required.addAll(law.commonKeys());
        out.set("required", strings(required));
        ObjectNode properties = out.putObject("properties");
        properties.set("law", JSON.objectNode().put("const", law.name()));
        for (String name : law.keyNames()) {
            GrowthLaw.Key key = law.forms().stream().flatMap(f -> f.key(name).stream()).findFirst().orElseThrow();
            properties.set(name, key(key));
        }
        List<String> alternatives = law.alternativeKeys();
        if (!alternatives.isEmpty()) {
            ArrayNode exactlyOne = out.putArray("oneOf");
            for (String a : alternatives) {
                ObjectNode one = JSON.objectNode();
                one.set("required", strings(List.of(a)));
                List<String> others = alternatives.stream().filter(o -> !o.equals(a)).toList();
                one.set("not", JSON.objectNode().set("required", strings(others)));
                exactlyOne.add(one);
            }
        }
        return out;
    }

    private static ObjectNode key(GrowthLaw.Key key) {
        ObjectNode out = JSON.objectNode();
        out.put("description", key.hint() + ".");
        ObjectNode value = range(key.range());
        if (key.perKillDose()) {
            ArrayNode either = out.putArray("oneOf");
            either.add(value);
            ObjectNode list = JSON.objectNode().put("type", "array").put("minItems", 1);
            list.set("items", range(key.range()));
            either.add(list);
        } else {
            out.setAll(value);
        }
        return out;
    }

    /** @return the schema of a number in a range, as the schema file's {@code $defs} spell it */
    static ObjectNode range(InputRange range) {
        Domain d = range.domain();
        if (!range.whole() && d.upper() == Double.POSITIVE_INFINITY && d.lower() == 0) {
            return JSON.objectNode().put("$ref", d.lowerOpen() ? "#/$defs/positive" : "#/$defs/nonNegative");
        }
        ObjectNode out = JSON.objectNode().put("type", range.whole() ? "integer" : "number");
        if (d.lower() != Double.NEGATIVE_INFINITY) {
            number(out, d.lowerOpen() ? "exclusiveMinimum" : "minimum", d.lower());
        }
        if (d.upper() != Double.POSITIVE_INFINITY) {
            number(out, d.upperOpen() ? "exclusiveMaximum" : "maximum", d.upper());
        }
        return out;
    }

    private static void number(ObjectNode node, String key, double x) {
        if (x == Math.rint(x) && Math.abs(x) <= Integer.MAX_VALUE) {
            node.put(key, (int) x);
        } else {
            node.put(key, x);
        }
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode out = JSON.arrayNode();
        values.forEach(out::add);
        return out;
    }

    /**
     * @param schema the schema file's tree
     * @return the growth keys its {@code variability} path pattern lists after {@code tumor.growth.}
     */
    public static List<String> variabilityGrowthKeys(JsonNode schema) {
        String pattern = schema.at("/properties/variability/propertyNames/pattern").asText();
        String marker = "tumor\\.growth\\.(";
        int start = pattern.indexOf(marker);
        if (start < 0) {
            return List.of();
        }
        int end = pattern.indexOf(')', start);
        return List.of(pattern.substring(start + marker.length(), end).split("\\|"));
    }
}
