package org.aftermath.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Model;

/**
 * The unit of an observable as its model gives it, for tables: the unit id a species, parameter
 * or compartment declares ({@code x has unit}); for an assignment rule, the unit its expression
 * has when that follows from declared units alone — a name, a sum or difference of names of one
 * unit, a product or quotient with literal numbers, a ratio of two quantities of one unit
 * ({@value #DIMENSIONLESS}), a Hill function ({@value #DIMENSIONLESS}). Anything else (a name
 * without a declared unit, a product of two units) has no unit here: the report does not guess.
 */
public final class ObservableUnits {
    /** The unit shown for a ratio of like quantities and for Hill functions. */
    public static final String DIMENSIONLESS = "dimensionless";
    /** Marks a literal number while resolving: it takes the unit of what it is added to or multiplies. */
    private static final String NUMBER = "";

    private final Model model;
    private final Map<String, AssignmentRule> rules = new HashMap<>();
    private final Map<String, Optional<String>> memo = new HashMap<>();
    private final Set<String> resolving = new HashSet<>();

    /** @param model the model whose observables are looked up */
    public ObservableUnits(Model model) {
        this.model = model;
        model.assignmentRules().forEach(r -> rules.put(r.variable(), r));
    }

    /** @return the unit id of {@code name}, or empty when the model does not determine it */
    public Optional<String> of(String name) {
        String u = ref(name);
        return u == null || u.equals(NUMBER) ? Optional.empty() : Optional.of(u);
    }

    private String ref(String name) {
        Optional<String> known = memo.get(name);
        if (known != null) {
            return known.orElse(null);
        }
        String declared = declared(name);
        if (declared == null && rules.containsKey(name) && resolving.add(name)) {
            declared = unit(rules.get(name).math());
            resolving.remove(name);
        }
        memo.put(name, Optional.ofNullable(declared));
        return declared;
    }

    /** @return the unit the model declares for {@code name}, or null when it declares none */
    private String declared(String name) {
        for (var sp : model.species()) {
            if (sp.id().equals(name)) {
                return sp.unit();
            }
        }
        for (var p : model.parameters()) {
            if (p.id().equals(name)) {
                return p.unit();
            }
        }
        for (var c : model.compartments()) {
            if (c.id().equals(name)) {
                return c.unit();
            }
        }
        return null;
    }

    private String unit(Expr e) {
        if (e instanceof Expr.Num) {
            return NUMBER;
        }
        if (e instanceof Expr.Ref r) {
            return ref(r.name());
        }
        if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG) {
            return unit(u.operand());
        }
        if (e instanceof Expr.Call c && (c.function().equals("hill") || c.function().equals("hillr"))) {
            return DIMENSIONLESS;
        }
        if (e instanceof Expr.Call c && (c.function().equals("min") || c.function().equals("max"))) {
            return alike(c.args());
        }
        if (e instanceof Expr.Binary b) {
            String l = unit(b.left());
            String r = unit(b.right());
            if (l == null || r == null) {
                return null;
            }
            return switch (b.op()) {
                case ADD, SUB -> alike(l, r);
                case MUL -> l.equals(NUMBER) ? r : r.equals(NUMBER) ? l : null;
                case DIV -> r.equals(NUMBER) ? l : l.equals(r) ? DIMENSIONLESS : null;
                default -> null;
            };
        }
        return null;
    }

    private String alike(List<Expr> args) {
        String u = NUMBER;
        for (Expr a : args) {
            String next = unit(a);
            u = next == null ? null : alike(u, next);
            if (u == null) {
                return null;
            }
        }
        return u;
    }

    private static String alike(String l, String r) {
        return l.equals(NUMBER) ? r : r.equals(NUMBER) || l.equals(r) ? l : null;
    }
}
