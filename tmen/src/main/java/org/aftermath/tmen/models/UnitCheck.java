package org.aftermath.tmen.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.ExprPrinter;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException.Problem;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.RateRule;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.SpeciesRef;

/**
 * Dimension checks where units are declared ({@code x has unit}): the dimension of each
 * expression is inferred from the declared units of the names it uses, {@code time} (days) and
 * literal numbers (which take any dimension in sums and comparisons and none in products, as in
 * SBML), and compared with what it must be:
 * <ul>
 *   <li>a reaction's rate: amount of each participating species per time;</li>
 *   <li>a rate rule: its variable's unit per time;</li>
 *   <li>an initial assignment, assignment rule or event assignment: its variable's unit;</li>
 *   <li>inside expressions: the two sides of {@code +}, {@code -} and comparisons, the values of
 *       min/max/piecewise, x and K of hill/hillr alike; dimensionless arguments of exp, ln,
 *       log10 and exponents.</li>
 * </ul>
 * Only dimensions are compared, not scale: a rate in item/second where item/day is needed
 * passes. An expression that uses a name without a declared unit is not checked.
 */
final class UnitCheck {

    /** An inferred dimension: known, a bare number, or unknown. */
    private record Dim(Dimension dimension, boolean number) {
        static final Dim UNKNOWN = new Dim(null, false);
        static final Dim NUMBER = new Dim(Dimension.NONE, true);

        static Dim of(Dimension d) {
            return new Dim(d, false);
        }

        boolean known() {
            return dimension != null && !number;
        }
    }

    private final Model model;
    private final Map<String, Dimension> symbols = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private Origin at;
    private String where;

    private UnitCheck(Model model) {
        this.model = model;
    }

    /** @return unit problems of the model, each at the element's origin */
    static List<Problem> problems(Model model) {
        UnitCheck c = new UnitCheck(model);
        c.run();
        return c.problems;
    }

    private void run() {
        Map<String, String> definitions = new HashMap<>();
        model.units().forEach(u -> definitions.put(u.id(), u.definition()));
        model.compartments().forEach(c -> declare(c.id(), c.unit(), definitions, c.origin()));
        model.species().forEach(s -> declare(s.id(), s.unit(), definitions, s.origin()));
        model.parameters().forEach(p -> declare(p.id(), p.unit(), definitions, p.origin()));
        symbols.put("time", Dimension.time());
        for (Reaction r : model.reactions()) {
            if (r.rate() == null) {
                continue;
            }
            Dim rate = infer(r.rate(), r.origin(), "the rate of reaction " + r.id());
            List<SpeciesRef> refs = new ArrayList<>(r.reactants());
            refs.addAll(r.products());
            for (SpeciesRef ref : refs) {
                Dimension amount = symbols.get(ref.species());
                if (amount != null && rate.known()) {
                    expect(rate.dimension(), amount.over(Dimension.time()), r.origin(),
                            "the rate of reaction " + r.id() + " (changes " + ref.species() + ", in "
                                    + unitOf(ref.species()) + ", per day)");
                }
            }
        }
        for (RateRule r : model.rateRules()) {
            Dim d = infer(r.math(), r.origin(), "the rate rule for " + r.variable());
            Dimension v = symbols.get(r.variable());
            if (v != null && d.known()) {
                expect(d.dimension(), v.over(Dimension.time()), r.origin(), "the rate rule for " + r.variable()
                        + " (" + unitOf(r.variable()) + " per day)");
            }
        }
        for (InitialAssignment a : model.initialAssignments()) {
            assignment(a.variable(), a.math(), a.origin(), "the initial assignment for " + a.variable());
        }
        for (AssignmentRule a : model.assignmentRules()) {
            assignment(a.variable(), a.math(), a.origin(), "the assignment rule for " + a.variable());
        }
        for (Event e : model.events()) {
            infer(e.trigger(), e.origin(), "the trigger of event " + e.id());
            for (EventAssignment a : e.assignments()) {
                assignment(a.variable(), a.math(), e.origin(), "the assignment to " + a.variable() + " in event " + e.id());
            }
        }
    }

    private String unitOf(String id) {
        return model.parameter(id).map(p -> p.unit())
                .or(() -> model.species(id).map(s -> s.unit()))
                .or(() -> model.compartment(id).map(c -> c.unit()))
                .orElse("?");
    }

    private void declare(String id, String unit, Map<String, String> definitions, Origin origin) {
        if (unit == null) {
            return;
        }
        try {
            symbols.put(id, Dimension.of(unit, definitions::get));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(origin, "unit '" + unit + "' of '" + id + "': " + e.getMessage()));
        }
    }

    private void assignment(String variable, Expr math, Origin origin, String context) {
        Dim d = infer(math, origin, context);
        Dimension v = symbols.get(variable);
        if (v != null && d.known()) {
            expect(d.dimension(), v, origin, context + " (" + unitOf(variable) + ")");
        }
    }

    private void expect(Dimension actual, Dimension expected, Origin origin, String context) {
        if (!actual.equals(expected)) {
            problems.add(new Problem(origin, "unit mismatch in " + context + ": the expression has dimension "
                    + actual + ", expected " + expected));
        }
    }

    private Dim infer(Expr e, Origin origin, String context) {
        this.at = origin;
        this.where = context;
        return dim(e);
    }

    private Dim dim(Expr e) {
        if (e instanceof Expr.Num) {
            return Dim.NUMBER;
        }
        if (e instanceof Expr.Ref r) {
            Dimension d = symbols.get(r.name());
            return d == null ? Dim.UNKNOWN : Dim.of(d);
        }
        if (e instanceof Expr.Unary u) {
            Dim d = dim(u.operand());
            return u.op() == Expr.UnaryOp.NEG ? d : Dim.of(Dimension.NONE);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Call c) {
            return call(c);
        }
        Expr.Piecewise p = (Expr.Piecewise) e;
        p.conditions().forEach(this::dim);
        Dim d = dim(p.otherwise());
        for (Expr v : p.values()) {
            d = same(d, dim(v), e);
        }
        return d;
    }

    private Dim binary(Expr.Binary b) {
        Dim l = dim(b.left());
        Dim r = dim(b.right());
        return switch (b.op()) {
            case ADD, SUB -> same(l, r, b);
            case LT, LE, GT, GE, EQ, NE -> {
                same(l, r, b);
                yield Dim.of(Dimension.NONE);
            }
            case AND, OR -> Dim.of(Dimension.NONE);
            case MUL, DIV -> {
                if (l.number() && r.number()) {
                    yield Dim.NUMBER;
                }
                if (l.dimension() == null || r.dimension() == null) {
                    yield Dim.UNKNOWN;
                }
                yield Dim.of(b.op() == Expr.BinaryOp.MUL ? l.dimension().times(r.dimension()) : l.dimension().over(r.dimension()));
            }
            case POW -> {
                dimensionless(r, b, "the exponent");
                if (l.number()) {
                    yield Dim.NUMBER;
                }
                if (l.known() && b.right() instanceof Expr.Num n) {
                    yield Dim.of(l.dimension().pow(n.value()));
                }
                yield l.known() && l.dimension().equals(Dimension.NONE) ? l : Dim.UNKNOWN;
            }
        };
    }

    private Dim call(Expr.Call c) {
        List<Dim> args = c.args().stream().map(this::dim).toList();
        switch (c.function()) {
            case "exp", "ln", "log10" -> {
                args.forEach(a -> dimensionless(a, c, "the argument of " + c.function()));
                return Dim.of(Dimension.NONE);
            }
            case "sqrt" -> {
                Dim a = args.get(0);
                return a.known() ? Dim.of(a.dimension().pow(0.5)) : a;
            }
            case "hill", "hillr" -> {
                if (args.size() == 3) {
                    same(args.get(0), args.get(1), c);
                    dimensionless(args.get(2), c, "the Hill exponent");
                }
                return Dim.of(Dimension.NONE);
            }
            default -> {
                Dim d = args.isEmpty() ? Dim.UNKNOWN : args.get(0);
                for (int i = 1; i < args.size(); i++) {
                    d = same(d, args.get(i), c);
                }
                return d;
            }
        }
    }

    private Dim same(Dim a, Dim b, Expr in) {
        if (a.known() && b.known() && !a.dimension().equals(b.dimension())) {
            problems.add(new Problem(at, "unit mismatch in " + where + ": '" + print(in) + "' combines "
                    + a.dimension() + " with " + b.dimension()));
            return a;
        }
        if (a.number()) {
            return b;
        }
        if (b.number()) {
            return a;
        }
        return a.dimension() == null || b.dimension() == null ? Dim.UNKNOWN : a;
    }

    private void dimensionless(Dim d, Expr in, String what) {
        if (d.known() && !d.dimension().equals(Dimension.NONE)) {
            problems.add(new Problem(at, "unit mismatch in " + where + ": " + what + " in '" + print(in)
                    + "' has dimension " + d.dimension() + ", must be dimensionless"));
        }
    }

    private static String print(Expr e) {
        try {
            return ExprPrinter.print(e);
        } catch (IllegalArgumentException ex) {
            return Objects.toString(e);
        }
    }
}
