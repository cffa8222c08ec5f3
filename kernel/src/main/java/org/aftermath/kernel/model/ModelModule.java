package org.aftermath.kernel.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.kernel.expr.Expr;

/**
 * A module read from a model file of another format (an SBML file beside a scenario's Antimony
 * files), with how it joins the model it is added to: its ids already made its own (prefixed)
 * and its time already in the host's unit, the host's values that drive it ({@code inputs}) and
 * the host's names it now defines ({@code outputs}).
 *
 * @param model   the module's model, in the host's time unit, with ids that do not collide
 * @param inputs  module parameter → expression of the host's names that drives it from now on
 * @param outputs host name → expression (of the module's and the host's names) that defines it
 *                from now on, replacing the host's own definition (an assignment rule or a parameter)
 * @param source  the module's file, for messages
 */
public record ModelModule(Model model, Map<String, Expr> inputs, Map<String, Expr> outputs, String source) {

    public ModelModule {
        inputs = Map.copyOf(new LinkedHashMap<>(inputs));
        outputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    /**
     * @param host the model the module joins
     * @return the host with the module merged in, its inputs bound and its outputs replacing the
     *         host's definitions of those names
     * @throws ModelException naming the module's file when an input is not a parameter of the
     *                        module, or an output names something the host does not define as an
     *                        assignment rule or a parameter (a state cannot be replaced)
     */
    public Model joinInto(Model host) {
        Origin at = new Origin(source, 0);
        List<ModelException.Problem> problems = new ArrayList<>();
        for (String output : outputs.keySet()) {
            if (host.assignmentRule(output).isEmpty() && host.parameter(output).isEmpty()) {
                problems.add(new ModelException.Problem(at, "output '" + output + "' is not an assignment-rule"
                        + " variable or a parameter of the scenario's model; only those can be defined by a module"));
            }
        }
        for (String input : inputs.keySet()) {
            if (model.parameter(input).isEmpty()) {
                problems.add(new ModelException.Problem(at, "input '" + input + "' is not a parameter of the module"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelException(problems);
        }
        Model joined = host.merge(model);
        for (Map.Entry<String, Expr> in : inputs.entrySet()) {
            joined = joined.withParameterBound(in.getKey(), in.getValue(), at);
        }
        for (Map.Entry<String, Expr> out : outputs.entrySet()) {
            joined = joined.assignmentRule(out.getKey()).isPresent()
                    ? joined.withRuleReplaced(out.getKey(), out.getValue(), at)
                    : joined.withParameterBound(out.getKey(), out.getValue(), at);
        }
        return joined;
    }
}
