package org.aftermath.kernel.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftermath.kernel.expr.Differentiator;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.ExprPrinter;
import org.aftermath.kernel.model.AlgebraicRule;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.Species;
import org.aftermath.kernel.model.SpeciesRef;

/**
 * Solves algebraic rules exactly, by reduction to assignment rules.
 *
 * <p>Each rule {@code 0 = g} determines one variable that nothing else determines (a species,
 * parameter or compartment that is not constant, has no rule and is not changed by a reaction);
 * rules and variables are matched by augmenting paths, trying the variables in declaration
 * order (species, parameters, compartments; those events set last). The rule must be linear in its variable z (after
 * the assignment rules it reads are written out): then {@code z := -g(z = 0) / (∂g/∂z)} holds at
 * all times, including the start, and replaces the algebraic rule. A rule that determines no
 * variable, one that is not linear in its variable (z in a condition, a power or a function of
 * z) and rules that determine each other's variables are refused, naming the rule.
 */
public final class AlgebraicRules {

    private AlgebraicRules() { }

    /**
     * @return the model with its algebraic rules replaced by assignment rules (itself if it has none)
     * @throws ModelException naming every rule that cannot be solved this way
     */
    public static Model reduce(Model m) {
        if (m.algebraicRules().isEmpty()) {
            return m;
        }
        List<String> candidates = candidates(m);
        Map<String, Expr> rules = new LinkedHashMap<>();
        m.assignmentRules().forEach(r -> rules.put(r.variable(), r.math()));
        List<Expr> inlined = new ArrayList<>();
        List<Set<String>> reads = new ArrayList<>();
        for (AlgebraicRule r : m.algebraicRules()) {
            Expr g = inline(r.math(), rules);
            inlined.add(g);
            Set<String> vars = new LinkedHashSet<>();
            for (String c : candidates) {
                if (g.references().contains(c)) {
                    vars.add(c);
                }
            }
            reads.add(vars);
        }
        String[] matched = match(m.algebraicRules().size(), reads, candidates);
        List<ModelException.Problem> problems = new ArrayList<>();
        Map<String, Expr> solved = new LinkedHashMap<>();
        Map<String, org.aftermath.kernel.model.Origin> origins = new HashMap<>();
        for (int k = 0; k < matched.length; k++) {
            AlgebraicRule r = m.algebraicRules().get(k);
            String text = "algebraic rule 0 = " + ExprPrinter.print(r.math());
            if (matched[k] == null) {
                problems.add(new ModelException.Problem(r.origin(), text + " determines no variable: every"
                        + " variable it reads is constant or set by a rule, a reaction or another algebraic rule"));
                continue;
            }
            Expr solution = solve(inlined.get(k), matched[k]);
            if (solution == null) {
                problems.add(new ModelException.Problem(r.origin(), text + " is not linear in the variable it"
                        + " determines, '" + matched[k] + "'; only algebraic rules linear in their variable are solved"));
                continue;
            }
            solved.put(matched[k], solution);
            origins.put(matched[k], r.origin());
        }
        for (List<String> cycle : DependencyOrder.cycles(solved.keySet(), v -> {
            List<String> deps = new ArrayList<>();
            for (String n : solved.get(v).references()) {
                if (solved.containsKey(n)) {
                    deps.add(n);
                }
            }
            return deps;
        })) {
            problems.add(new ModelException.Problem(m.algebraicRules().get(0).origin(), "the algebraic rules for "
                    + String.join(", ", cycle.subList(0, cycle.size() - 1)) + " determine each other's"
                    + " variables (a coupled system); only rules that can be solved one after another are supported"));
        }
        if (!problems.isEmpty()) {
            throw new ModelException(problems);
        }
        return replace(m, solved, origins);
    }

    /** @return the variables nothing but an algebraic rule can determine, in declaration order */
    private static List<String> candidates(Model m) {
        Set<String> determined = new HashSet<>();
        m.assignmentRules().forEach(r -> determined.add(r.variable()));
        m.rateRules().forEach(r -> determined.add(r.variable()));
        for (Reaction r : m.reactions()) {
            List<SpeciesRef> refs = new ArrayList<>(r.reactants());
            refs.addAll(r.products());
            for (SpeciesRef ref : refs) {
                if (m.species(ref.species()).map(s -> !s.boundary()).orElse(false)) {
                    determined.add(ref.species());
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (Species s : m.species()) {
            if (!s.constant() && !determined.contains(s.id())) {
                out.add(s.id());
            }
        }
        for (Parameter p : m.parameters()) {
            if (!p.constant() && !determined.contains(p.id())) {
                out.add(p.id());
            }
        }
        for (Compartment c : m.compartments()) {
            if (!c.constant() && !determined.contains(c.id())) {
                out.add(c.id());
            }
        }
        // variables that events set are tried last: an event cannot set what an algebraic rule determines
        Set<String> eventTargets = new HashSet<>();
        m.events().forEach(e -> e.assignments().forEach(a -> eventTargets.add(a.variable())));
        List<String> preferred = new ArrayList<>(out.stream().filter(v -> !eventTargets.contains(v)).toList());
        preferred.addAll(out.stream().filter(eventTargets::contains).toList());
        return preferred;
    }

    private static Expr inline(Expr e, Map<String, Expr> rules) {
        Expr current = e;
        for (int depth = 0; depth <= rules.size(); depth++) {
            Expr next = current.substitute(rules);
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    /** Maximum matching of rules to variables (Kuhn's augmenting paths), variables tried in order. */
    private static String[] match(int ruleCount, List<Set<String>> reads, List<String> candidates) {
        String[] ruleVar = new String[ruleCount];
        Map<String, Integer> varRule = new HashMap<>();
        for (int r = 0; r < ruleCount; r++) {
            augment(r, reads, varRule, ruleVar, new HashSet<>());
        }
        return ruleVar;
    }

    private static boolean augment(int r, List<Set<String>> reads, Map<String, Integer> varRule, String[] ruleVar,
                                   Set<String> seen) {
        for (String v : reads.get(r)) {
            if (!seen.add(v)) {
                continue;
            }
            Integer other = varRule.get(v);
            if (other == null || augment(other, reads, varRule, ruleVar, seen)) {
                varRule.put(v, r);
                ruleVar[r] = v;
                return true;
            }
        }
        return false;
    }

    /** @return z from 0 = g when g is linear in z, else null */
    private static Expr solve(Expr g, String z) {
        if (!linear(g, z)) {
            return null;
        }
        Expr a = Differentiator.derivative(g, z);
        if (a.references().contains(z) || a instanceof Expr.Num n && n.value() == 0.0) {
            return null;
        }
        Expr g0 = g.substitute(Map.of(z, Expr.num(0)));
        if (a instanceof Expr.Num n && n.value() == 1.0) {
            return new Expr.Unary(Expr.UnaryOp.NEG, g0);
        }
        if (a instanceof Expr.Num n && n.value() == -1.0) {
            return g0;
        }
        return new Expr.Unary(Expr.UnaryOp.NEG, Expr.bin(Expr.BinaryOp.DIV, g0, a));
    }

    /** @return true if z occurs in e only through sums, differences, negation, products with z on one side and numerators */
    private static boolean linear(Expr e, String z) {
        if (!e.references().contains(z)) {
            return true;
        }
        if (e instanceof Expr.Ref) {
            return true;
        }
        if (e instanceof Expr.Unary u) {
            return u.op() == Expr.UnaryOp.NEG && linear(u.operand(), z);
        }
        if (e instanceof Expr.Binary b) {
            boolean left = b.left().references().contains(z);
            boolean right = b.right().references().contains(z);
            return switch (b.op()) {
                case ADD, SUB -> linear(b.left(), z) && linear(b.right(), z);
                case MUL -> !(left && right) && linear(b.left(), z) && linear(b.right(), z);
                case DIV -> !right && linear(b.left(), z);
                default -> false;
            };
        }
        return false;
    }

    private static Model replace(Model m, Map<String, Expr> solved, Map<String, org.aftermath.kernel.model.Origin> origins) {
        List<Parameter> parameters = m.parameters().stream().filter(p -> !solved.containsKey(p.id())).toList();
        List<InitialAssignment> initial = m.initialAssignments().stream()
                .filter(a -> !solved.containsKey(a.variable())).toList();
        List<AssignmentRule> rules = new ArrayList<>(m.assignmentRules());
        for (Map.Entry<String, Expr> e : solved.entrySet()) {
            rules.add(new AssignmentRule(e.getKey(), e.getValue(), origins.get(e.getKey())));
        }
        return new Model(m.id(), m.units(), m.compartments(), m.species(), parameters, initial, rules,
                m.rateRules(), m.reactions(), m.events(), List.of());
    }
}
