package org.aftermath.fit.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.fit.problem.Condition;
import org.aftermath.fit.problem.EstimationProblem;
import org.aftermath.fit.problem.ProblemParameter;
import org.aftermath.kernel.expr.Expr;

/**
 * The fitted parameter files of a fit file's problem: per arm, its scenario with the estimates written in, which
 * {@code aftermath run} and {@code aftermath cohort} accept as they are. An estimated model parameter goes under
 * {@code parameters:}; an estimated initial value of the tumour's cells ({@code initial: N}) becomes
 * {@code tumor.cells}; the name gains {@value #SUFFIX}. Comments of the original are not kept.
 */
public final class FittedScenarios {

    /** Appended to each arm scenario's name. */
    public static final String SUFFIX = "-fitted";
    /** The tumour's species in the bundled growth models. */
    private static final String TUMOUR_SPECIES = "N";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private FittedScenarios() {
    }

    /** @return the output file name of an arm's fitted scenario */
    public static String fileName(String arm) {
        return "fitted-" + arm + ".yaml";
    }

    /**
     * @param problem  a fit file's problem
     * @param files    its files
     * @param estimate θ of each estimated parameter, by id
     * @return output file name → YAML text, one per arm (empty for a PEtab problem)
     */
    public static Map<String, String> of(EstimationProblem problem, ProblemFiles files, Map<String, Double> estimate) {
        Map<String, String> out = new LinkedHashMap<>();
        String text = files.mainText();
        if (!FitFileReader.isFitFile(text, files.root())) {
            return out;
        }
        YamlNode root = YamlNode.parse(text, files.root());
        Map<String, Condition> conditions = problem.conditionTable();
        for (Map.Entry<String, YamlNode> arm : root.get("arms").entries()) {
            String relative = arm.getValue().text();
            ObjectNode scenario;
            try {
                scenario = (ObjectNode) YAML.readTree(files.read(relative, files.root(), arm.getValue().path()));
            } catch (JsonProcessingException | ClassCastException e) {
                continue; // read once already by the fit; cannot fail here
            }
            Condition condition = conditions.get(arm.getKey());
            ObjectNode parameters = scenario.has("parameters") && scenario.get("parameters").isObject()
                    ? (ObjectNode) scenario.get("parameters") : scenario.putObject("parameters");
            List<String> states = condition.model().species().stream().map(s -> s.id()).toList();
            for (ProblemParameter p : problem.estimated()) {
                Double value = estimate.get(p.id());
                if (value == null) {
                    continue;
                }
                String species = speciesSetBy(condition, p.id());
                if (species != null) {
                    if (species.equals(TUMOUR_SPECIES) && states.contains(species)) {
                        ((ObjectNode) scenario.with("tumor")).put("cells", value);
                    }
                } else if (condition.model().parameter(p.id()).isPresent()) {
                    parameters.put(p.id(), value);
                }
            }
            if (scenario.has("name")) {
                scenario.put("name", scenario.get("name").asText() + SUFFIX);
            }
            String header = "# written by aftermath fit: " + Path.of(relative).getFileName() + " with the estimates of "
                    + problem.name() + "\n";
            try {
                out.put(fileName(arm.getKey()), header + YAML.writeValueAsString(scenario));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write YAML", e);
            }
        }
        return out;
    }

    private static String speciesSetBy(Condition c, String parameter) {
        for (Map.Entry<String, Expr> o : c.overrides().entrySet()) {
            if (o.getValue() instanceof Expr.Ref r && r.name().equals(parameter)) {
                return o.getKey();
            }
        }
        return null;
    }
}
