package org.aftermath.tmen.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.kernel.model.NearestNames;

/**
 * Reads the {@code variability:} and {@code correlations:} keys ({@link VariabilitySpec}) against
 * the scenario read so far, so that each path names an input of this scenario
 * ({@link ScenarioInputs#paths}) and each distribution draws only values the input takes.
 */
final class VariabilityKeys {

    private static final String ARGUMENTS = "lognormal: {median, cv}, normal: {mean, sd, min, max},"
            + " uniform: {min, max} or values: [...]";

    private VariabilityKeys() { }

    /**
     * @param top      the scenario's top-level keys
     * @param scenario the scenario read from the other keys
     * @return the variability, {@link VariabilitySpec#NONE} if neither key is given
     */
    static VariabilitySpec read(Fields top, Scenario scenario) {
        Map<String, DistributionSpec> inputs = new LinkedHashMap<>();
        top.optional("variability").ifPresent(node -> {
            for (String path : node.mapping().keys()) {
                Node entry = node.child(path);
                ScenarioInputs.Input input;
                try {
                    input = ScenarioInputs.resolve(scenario, path);
                } catch (IllegalArgumentException e) {
                    throw entry.problem(e.getMessage());
                }
                DistributionSpec spec = distribution(entry);
                String misfit = input.range().misfit(spec);
                if (misfit != null) {
                    throw entry.problem(misfit + (input.multiplier() ? " (a common multiplier of the listed values)" : ""));
                }
                inputs.put(path, spec);
            }
        });
        List<CorrelationSpec> correlations = new ArrayList<>();
        Node list = top.owner().child("correlations");
        top.optional("correlations").ifPresent(node -> node.list().forEach(e -> correlations.add(correlation(e, inputs))));
        return ScenarioReader.build(list, () -> new VariabilitySpec(inputs, correlations));
    }

    private static DistributionSpec distribution(Node entry) {
        if (!entry.isMapping()) {
            throw entry.problem("expected a distribution, " + ARGUMENTS + " (got " + entry.shown() + ")");
        }
        Fields f = entry.mapping();
        List<String> keys = f.keys();
        if (keys.size() != 1) {
            throw entry.problem("give exactly one law, " + ARGUMENTS + " (got " + (keys.isEmpty() ? "none"
                    : String.join(", ", keys)) + ")");
        }
        String law = keys.get(0);
        if (!DistributionSpec.LAWS.contains(law)) {
            String hint = NearestNames.didYouMean(law, DistributionSpec.LAWS).map(c -> "; did you mean '" + c + "'?")
                    .orElse("");
            throw entry.child(law).problem("unknown law (allowed: " + String.join(", ", DistributionSpec.LAWS) + ")" + hint);
        }
        Node body = entry.child(law);
        if (law.equals(DistributionSpec.VALUES)) {
            List<Node> elements = body.list();
            if (elements.isEmpty()) {
                throw body.problem("must list at least one value");
            }
            List<Double> values = new ArrayList<>();
            elements.forEach(e -> values.add(e.number()));
            return ScenarioReader.build(body, () -> DistributionSpec.values(values));
        }
        Map<String, Double> arguments = new LinkedHashMap<>();
        switch (law) {
            case DistributionSpec.LOGNORMAL -> {
                Fields a = body.fields("median", "cv");
                arguments.put("median", a.required("median", "the median, > 0").positive());
                arguments.put("cv", a.required("cv", "the coefficient of variation of the distribution, > 0").positive());
            }
            case DistributionSpec.NORMAL -> {
                Fields a = body.fields("mean", "sd", "min", "max");
                arguments.put("mean", a.required("mean", "the mean of the untruncated normal").number());
                arguments.put("sd", a.required("sd", "the standard deviation of the untruncated normal, > 0").positive());
                a.optional("min").ifPresent(n -> arguments.put("min", n.number()));
                a.optional("max").ifPresent(n -> arguments.put("max", above(n, arguments.get("min"))));
            }
            default -> {
                Fields a = body.fields("min", "max");
                double min = a.required("min", "the smallest value").number();
                arguments.put("min", min);
                arguments.put("max", above(a.required("max", "the largest value, > min"), min));
            }
        }
        return ScenarioReader.build(body, () -> new DistributionSpec(law, arguments, List.of()));
    }

    private static double above(Node max, Double min) {
        double x = max.number();
        if (min != null && !(x > min)) {
            throw max.problem("must be > min (" + InputRange.shown(min) + ") (got " + max.shown() + ")");
        }
        return x;
    }

    private static CorrelationSpec correlation(Node entry, Map<String, DistributionSpec> inputs) {
        List<Node> parts = entry.list();
        if (parts.size() != 3) {
            throw entry.problem("expected three elements [input, input, rho] (got " + parts.size() + ")");
        }
        String a = input(parts.get(0), inputs);
        String b = input(parts.get(1), inputs);
        if (a.equals(b)) {
            throw parts.get(1).problem("correlates '" + a + "' with itself; name two different inputs");
        }
        Node rhoNode = parts.get(2);
        double rho = rhoNode.number();
        if (!(rho > -1 && rho < 1)) {
            throw rhoNode.problem("must be a correlation in (-1, 1) (got " + rhoNode.shown() + ")");
        }
        return ScenarioReader.build(entry, () -> new CorrelationSpec(a, b, rho));
    }

    private static String input(Node node, Map<String, DistributionSpec> inputs) {
        String name = node.string();
        if (!inputs.containsKey(name)) {
            String hint = NearestNames.didYouMean(name, inputs.keySet()).map(c -> "; did you mean '" + c + "'?").orElse("");
            throw node.problem("names no input of variability (inputs: " + (inputs.isEmpty() ? "none"
                    : String.join(", ", inputs.keySet())) + ")" + hint);
        }
        return name;
    }
}
