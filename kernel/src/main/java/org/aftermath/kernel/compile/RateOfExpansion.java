package org.aftermath.kernel.compile;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftermath.kernel.expr.Differentiator;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.Functions;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.RateRule;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.Species;
import org.aftermath.kernel.model.SpeciesRef;

/**
 * Replaces every {@code rateOf(x)} by x's time derivative, written out:
 * <ul>
 *   <li>x with a rate rule: the rule's math;</li>
 *   <li>a species that reactions change (not boundary, not constant): the sum over the
 *       (non-fast) reactions of ± stoichiometry × rate, products plus, reactants minus;</li>
 *   <li>x with an assignment rule: the rule's total derivative, ∂f/∂t + Σ ∂f/∂v · rateOf(v)
 *       over the names v it reads;</li>
 *   <li>anything else (constants, parameters only events change): 0.</li>
 * </ul>
 * A name whose derivative needs itself (a rate rule reading its own rateOf) is refused.
 */
final class RateOfExpansion {

    /**
     * A model with rateOf written out.
     *
     * @param model  the model
     * @param atRest per delay call (as it is in the model): its x with every rateOf 0 — x's value
     *               before the start, when the model rests in its initial state
     */
    record Expanded(Model model, Map<Expr.Call, Expr> atRest) { }

    private final Model m;
    private final Map<String, Expr> done = new HashMap<>();
    private final Set<String> active = new LinkedHashSet<>();
    private final Map<Expr.Call, Expr> atRest = new HashMap<>();

    private RateOfExpansion(Model m) {
        this.m = m;
    }

    /** @return the model with every rateOf written out (the model itself when it has none) */
    static Expanded expand(Model m) {
        boolean any = false;
        for (Expr e : m.expressions()) {
            any |= ModelExpressions.calls(e, Functions.RATE_OF);
        }
        if (!any) {
            return new Expanded(m, Map.of());
        }
        RateOfExpansion x = new RateOfExpansion(m);
        Model expanded = m.withMath(x::rewrite);
        return new Expanded(expanded, Map.copyOf(x.atRest));
    }

    private Expr rewrite(Expr e) {
        if (e instanceof Expr.Call c && c.function().equals(Functions.DELAY) && c.args().size() == 2) {
            Expr.Call call = new Expr.Call(Functions.DELAY, List.of(rewrite(c.args().get(0)), rewrite(c.args().get(1))));
            atRest.put(call, resting(c.args().get(0)));
            return call;
        }
        if (e instanceof Expr.Call c && c.function().equals(Functions.RATE_OF)
                && c.args().size() == 1 && c.args().get(0) instanceof Expr.Ref r && defined(r.name())) {
            return derivative(r.name());
        }
        if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.op(), rewrite(u.operand()));
        }
        if (e instanceof Expr.Binary b) {
            return Expr.bin(b.op(), rewrite(b.left()), rewrite(b.right()));
        }
        if (e instanceof Expr.Call c) {
            return new Expr.Call(c.function(), c.args().stream().map(this::rewrite).toList());
        }
        if (e instanceof Expr.Piecewise p) {
            return new Expr.Piecewise(p.values().stream().map(this::rewrite).toList(),
                    p.conditions().stream().map(this::rewrite).toList(), rewrite(p.otherwise()));
        }
        return e;
    }

    /** @return e with every rateOf 0 (and its delays written out as the model has them) */
    private Expr resting(Expr e) {
        Expr expanded = rewrite(e.rewrite(x -> x instanceof Expr.Call c && c.function().equals(Functions.RATE_OF)
                ? Expr.num(0) : x));
        return expanded;
    }

    private boolean defined(String name) {
        return m.species(name).isPresent() || m.parameter(name).isPresent() || m.compartment(name).isPresent()
                || m.assignmentRule(name).isPresent();
    }

    /** @return d name / dt, free of rateOf */
    private Expr derivative(String name) {
        Expr known = done.get(name);
        if (known != null) {
            return known;
        }
        if (!active.add(name)) {
            throw new ModelException(Origin.BUILT_IN, "rateOf(" + name + ") depends on itself: "
                    + String.join(" -> ", active) + " -> " + name);
        }
        Expr d = Expr.num(0);
        java.util.Optional<RateRule> rate = m.rateRule(name);
        java.util.Optional<AssignmentRule> rule = m.assignmentRule(name);
        java.util.Optional<Species> species = m.species(name);
        if (rate.isPresent()) {
            d = rewrite(rate.get().math());
        } else if (rule.isPresent()) {
            Expr f = rewrite(rule.get().math());
            d = Differentiator.derivative(f, n -> n.equals("time") ? Expr.num(1) : defined(n) ? derivative(n) : Expr.num(0));
        } else if (species.isPresent() && !species.get().boundary() && !species.get().constant()) {
            d = reactionSum(name);
        }
        active.remove(name);
        done.put(name, d);
        return d;
    }

    private Expr reactionSum(String species) {
        Expr sum = Expr.num(0);
        for (Reaction r : m.reactions()) {
            if (r.fast()) {
                continue;
            }
            for (SpeciesRef ref : r.reactants()) {
                if (ref.species().equals(species)) {
                    sum = Expr.bin(Expr.BinaryOp.SUB, sum, Expr.bin(Expr.BinaryOp.MUL,
                            rewrite(ref.stoichiometryExpr()), rewrite(r.rate())));
                }
            }
            for (SpeciesRef ref : r.products()) {
                if (ref.species().equals(species)) {
                    sum = Expr.bin(Expr.BinaryOp.ADD, sum, Expr.bin(Expr.BinaryOp.MUL,
                            rewrite(ref.stoichiometryExpr()), rewrite(r.rate())));
                }
            }
        }
        return sum;
    }
}
