package org.aftermath.kernel.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.Expr.BinaryOp;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.kernel.model.RateRule;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.Species;
import org.aftermath.kernel.model.SpeciesRef;

/**
 * Seeded random models for tests: species S0.., parameters k0.., chained assignment rules a0..,
 * reactions, a rate rule, initial assignments and time-triggered events. With {@code smooth}
 * the expressions stay finite and differentiable for positive states (for Jacobian checks);
 * otherwise they use every construct of the expression language, NaN and infinities included.
 */
public final class RandomModels {

    private static final Origin O = new Origin("random", 1);

    private final Random rnd;
    private final boolean smooth;
    private final List<String> species = new ArrayList<>();
    private final List<String> values = new ArrayList<>();

    private RandomModels(long seed, boolean smooth) {
        this.rnd = new Random(seed);
        this.smooth = smooth;
    }

    /** @return a valid random model */
    public static Model model(long seed, boolean smooth) {
        return new RandomModels(seed, smooth).build();
    }

    /** @return a random expression over the given names (for printer and parser tests) */
    public static Expr expression(Random rnd, List<String> names, int depth) {
        RandomModels g = new RandomModels(rnd.nextLong(), false);
        g.values.addAll(names);
        return g.any(depth);
    }

    private Model build() {
        int nSpecies = 2 + rnd.nextInt(4);
        int nParams = 3 + rnd.nextInt(3);
        List<Species> ss = new ArrayList<>();
        for (int i = 0; i < nSpecies; i++) {
            String id = "S" + i;
            boolean boundary = i == nSpecies - 1 && rnd.nextBoolean();
            ss.add(new Species(id, Model.DEFAULT_COMPARTMENT, 0.5 + rnd.nextDouble(), null, boundary, false, O));
            species.add(id);
        }
        List<Parameter> ps = new ArrayList<>();
        for (int i = 0; i < nParams; i++) {
            ps.add(new Parameter("k" + i, 0.2 + rnd.nextDouble(), null, i != 0, Provenance.NONE, O));
        }
        values.addAll(species);
        ps.forEach(p -> values.add(p.id()));
        values.add("time");

        List<InitialAssignment> ias = List.of(new InitialAssignment("k" + (nParams - 1),
                Expr.bin(BinaryOp.MUL, Expr.num(1.5), Expr.ref("k1")), O));
        List<AssignmentRule> rules = new ArrayList<>();
        int nRules = 1 + rnd.nextInt(3);
        for (int i = 0; i < nRules; i++) {
            rules.add(new AssignmentRule("a" + i, expr(2), O));
            values.add("a" + i);
        }
        List<Reaction> rs = new ArrayList<>();
        int nReactions = 2 + rnd.nextInt(4);
        for (int r = 0; r < nReactions; r++) {
            rs.add(new Reaction("J" + r, refs(), refs(), expr(3), O));
        }
        List<RateRule> rateRules = List.of(new RateRule("k0", expr(2), O));
        List<Event> events = new ArrayList<>();
        for (int e = 0; e < 2; e++) {
            List<EventAssignment> as = List.of(
                    new EventAssignment(species.get(rnd.nextInt(nSpecies - 1)), expr(2)),
                    new EventAssignment("k" + (1 + rnd.nextInt(nParams - 2)), expr(1)));
            events.add(new Event("E" + e, Expr.bin(BinaryOp.GE, Expr.ref("time"),
                    Expr.bin(BinaryOp.MUL, Expr.num(2 + e), Expr.ref("k" + (nParams - 1)))), as, O));
        }
        // parameters assigned by events are not constant
        List<Parameter> adjusted = new ArrayList<>();
        for (Parameter p : ps) {
            boolean assigned = events.stream().anyMatch(e -> e.assignments().stream()
                    .anyMatch(a -> a.variable().equals(p.id())));
            adjusted.add(assigned ? new Parameter(p.id(), p.value(), null, false, p.provenance(), O) : p);
        }
        return new Model("random", List.of(), List.of(new Compartment(Model.DEFAULT_COMPARTMENT, 1, null, O)),
                ss, adjusted, ias, rules, rateRules, rs, events);
    }

    private List<SpeciesRef> refs() {
        List<SpeciesRef> out = new ArrayList<>();
        int n = rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.add(new SpeciesRef(species.get(rnd.nextInt(species.size())), 1 + rnd.nextInt(2)));
        }
        return out;
    }

    private Expr expr(int depth) {
        return smooth ? positive(depth) : any(depth);
    }

    private Expr name() {
        String n = values.get(rnd.nextInt(values.size()));
        return Expr.ref(n);
    }

    /** A positive, smooth expression when every name is positive. */
    private Expr positive(int depth) {
        if (depth == 0 || rnd.nextInt(4) == 0) {
            if (rnd.nextBoolean()) {
                return Expr.num(0.5 + rnd.nextInt(8) * 0.25);
            }
            Expr n = name();
            return n.equals(Expr.ref("time")) ? Expr.bin(BinaryOp.ADD, n, Expr.num(1)) : n;
        }
        Expr a = positive(depth - 1);
        Expr b = positive(depth - 1);
        return switch (rnd.nextInt(11)) {
            case 0 -> Expr.bin(BinaryOp.ADD, a, b);
            case 1 -> Expr.bin(BinaryOp.MUL, a, b);
            case 2 -> Expr.bin(BinaryOp.DIV, a, b);
            case 3 -> Expr.bin(BinaryOp.POW, a, Expr.num(0.5 + rnd.nextInt(4) * 0.5));
            case 4 -> Expr.bin(BinaryOp.POW, a, Expr.bin(BinaryOp.DIV, b, Expr.bin(BinaryOp.ADD, b, Expr.num(1))));
            case 5 -> Expr.call("exp", Expr.bin(BinaryOp.DIV, Expr.bin(BinaryOp.SUB, a, b),
                    Expr.bin(BinaryOp.ADD, Expr.bin(BinaryOp.ADD, a, b), Expr.num(1))));
            case 6 -> Expr.call("sqrt", a);
            case 7 -> Expr.bin(BinaryOp.ADD, Expr.call(rnd.nextBoolean() ? "hill" : "hillr", a, b,
                    Expr.num(1 + rnd.nextInt(3))), Expr.num(0.1));
            case 8 -> Expr.call(rnd.nextBoolean() ? "min" : "max", a, b, positive(depth - 1));
            case 9 -> Expr.bin(BinaryOp.ADD, Expr.call("ln", Expr.bin(BinaryOp.ADD, a, Expr.num(1))),
                    Expr.call("abs", Expr.bin(BinaryOp.SUB, a, b)));
            default -> new Expr.Piecewise(List.of(a), List.of(Expr.bin(BinaryOp.GT, Expr.ref("time"),
                    Expr.num(5))), Expr.bin(BinaryOp.ADD, b, Expr.call("log10", Expr.bin(BinaryOp.ADD, a, Expr.num(1)))));
        };
    }

    /** Any expression of the language. */
    private Expr any(int depth) {
        if (depth == 0 || rnd.nextInt(5) == 0) {
            return switch (rnd.nextInt(3)) {
                case 0 -> Expr.num(rnd.nextInt(7) - 3 + (rnd.nextBoolean() ? 0 : 0.25));
                case 1 -> Expr.num(rnd.nextBoolean() ? 1e-9 * rnd.nextInt(100) : 1e6 * rnd.nextDouble());
                default -> name();
            };
        }
        Expr a = any(depth - 1);
        int k = rnd.nextInt(10);
        if (k < 4) {
            BinaryOp op = BinaryOp.values()[rnd.nextInt(BinaryOp.values().length)];
            return Expr.bin(op, a, any(depth - 1));
        }
        return switch (k) {
            case 4 -> new Expr.Unary(rnd.nextBoolean() ? Expr.UnaryOp.NEG : Expr.UnaryOp.NOT, a);
            case 5 -> Expr.call(List.of("exp", "ln", "log10", "sqrt", "abs").get(rnd.nextInt(5)), a);
            case 6 -> new Expr.Call(rnd.nextBoolean() ? "min" : "max",
                    rnd.nextBoolean() ? List.of(a, any(depth - 1)) : List.of(a, any(depth - 1), any(depth - 1)));
            case 7 -> Expr.call(rnd.nextBoolean() ? "hill" : "hillr", a, any(depth - 1), any(depth - 1));
            case 8 -> new Expr.Piecewise(List.of(a, any(depth - 1)), List.of(any(depth - 1), any(depth - 1)),
                    any(depth - 1));
            default -> Expr.bin(BinaryOp.POW, a, any(depth - 1));
        };
    }
}
