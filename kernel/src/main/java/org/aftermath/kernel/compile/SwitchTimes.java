package org.aftermath.kernel.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aftermath.kernel.expr.Differentiator;
import org.aftermath.kernel.expr.Expr;

/**
 * The times at which a model's right-hand side may jump: comparisons between {@code time} and parameters inside it,
 * such as the piecewise condition {@code time - Fsk_time < 0} of a step input. A comparison L op R switches where
 * g = L − R crosses 0; when g, with the assignment rules it reads written out, reads nothing but time and
 * parameters and is affine in time (its derivative by time is free of time and not 0), that is at τ = −g(0)/g'.
 * An integrator stepping across such a jump loses its order or fails (step-size underflow); a simulator stops there
 * instead, as AMICI does by turning such switches into events. Comparisons of other forms (reading states, or not
 * affine in time) are not listed. Immutable.
 */
public final class SwitchTimes {

    private static final Expr TIME = Expr.ref("time");

    private final EvalNode[] atZero;
    private final EvalNode[] slope;
    private final int[] parameters;

    private SwitchTimes(EvalNode[] atZero, EvalNode[] slope, int[] parameters) {
        this.atZero = atZero;
        this.slope = slope;
        this.parameters = parameters;
    }

    /** @return the switch times of the plan's right-hand side: rates, stoichiometries, rate rules, the rules they read */
    static SwitchTimes of(ModelPlan plan, NodeCompiler nodes) {
        Map<Integer, Expr> observables = new java.util.HashMap<>();
        for (ModelPlan.ObsStep o : plan.observables) {
            observables.put(o.index(), o.math());
        }
        List<Expr> rhs = new ArrayList<>(plan.rates);
        plan.rhsObservables.forEach(o -> rhs.add(o.math()));
        plan.rateRules.stream().filter(r -> r != null).forEach(rhs::add);
        plan.terms.forEach(ts -> ts.forEach(t -> rhs.add(t.stoichiometry())));
        Set<Expr> differences = new LinkedHashSet<>();
        for (Expr e : rhs) {
            for (Expr.Binary b : TimeTrigger.comparisons(e)) {
                differences.add(Expr.bin(Expr.BinaryOp.SUB, b.left(), b.right()));
            }
        }
        List<EvalNode> zero = new ArrayList<>();
        List<EvalNode> slopes = new ArrayList<>();
        TreeSet<Integer> read = new TreeSet<>();
        for (Expr d : differences) {
            Expr g = writtenOut(d, plan.layout, observables);
            if (g == null || !g.references().contains("time")) {
                continue;
            }
            List<Integer> slots = new ArrayList<>();
            boolean parametersOnly = true;
            for (String name : g.references()) {
                SlotLayout.Slot s = plan.layout.slot(name);
                if (s == null || (s.kind() != SlotLayout.Kind.PARAMETER && s.kind() != SlotLayout.Kind.TIME)) {
                    parametersOnly = false;
                } else if (s.kind() == SlotLayout.Kind.PARAMETER) {
                    slots.add(s.index());
                }
            }
            if (!parametersOnly || g.functionsCalled().contains("delay")) {
                continue;
            }
            Expr dg;
            try {
                dg = Differentiator.derivative(g, "time");
            } catch (RuntimeException e) {
                continue; // a function without a derivative: not a switch this class can place
            }
            if (dg.references().contains("time")) {
                continue;
            }
            zero.add(nodes.compile(g.substitute(Map.of("time", Expr.num(0)))));
            slopes.add(nodes.compile(dg));
            read.addAll(slots);
        }
        return new SwitchTimes(zero.toArray(new EvalNode[0]), slopes.toArray(new EvalNode[0]),
                read.stream().mapToInt(Integer::intValue).toArray());
    }

    /** @return e with every assignment-rule value written out as its math, or null if that does not end */
    private static Expr writtenOut(Expr e, SlotLayout layout, Map<Integer, Expr> observables) {
        for (int depth = 0; depth < 1000; depth++) {
            Map<String, Expr> replace = new java.util.HashMap<>();
            for (String name : e.references()) {
                SlotLayout.Slot s = layout.slot(name);
                if (s != null && s.kind() == SlotLayout.Kind.OBSERVABLE && observables.containsKey(s.index())) {
                    replace.put(name, observables.get(s.index()));
                }
            }
            if (replace.isEmpty()) {
                return e;
            }
            e = e.substitute(replace);
        }
        return null;
    }

    /** @return true when the right-hand side has no such switch */
    public boolean isEmpty() {
        return atZero.length == 0;
    }

    /** @return the parameter slots the switch times read, ascending */
    public int[] parameters() {
        return parameters.clone();
    }

    /**
     * @param p the parameter vector
     * @return the distinct finite switch times there, ascending
     */
    public double[] at(double[] p) {
        double[] out = new double[atZero.length];
        int n = 0;
        for (int k = 0; k < atZero.length; k++) {
            double tau = -atZero[k].eval(0, null, p, null) / slope[k].eval(0, null, p, null);
            if (Double.isFinite(tau)) {
                out[n++] = tau;
            }
        }
        return Arrays.stream(out, 0, n).sorted().distinct().toArray();
    }
}
