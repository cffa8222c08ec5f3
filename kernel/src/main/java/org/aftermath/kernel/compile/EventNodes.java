package org.aftermath.kernel.compile;

import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.Event;

/**
 * An event evaluated by the interpreter's {@link EvalNode}s (both back-ends use it for triggers,
 * delays, priorities and comparisons; the generated one applies assignments with its own code).
 * Observables the expressions read are computed first, with the model's {@code observables}.
 */
class EventNodes implements CompiledEvent {

    private final AbstractCompiledModel model;
    private final ModelPlan.EventPlan plan;
    private final EvalNode trigger;
    private final EvalNode threshold;
    private final EvalNode[] thresholds;
    private final Comparisons atoms;
    private final EvalNode delay;
    private final EvalNode priority;
    private final EvalNode[] math;
    private final EvalNode[] factor;
    private final SlotLayout.Slot[] target;
    private final boolean readsObservables;

    EventNodes(AbstractCompiledModel model, ModelPlan.EventPlan plan, NodeCompiler nodes) {
        this.model = model;
        this.plan = plan;
        Event e = plan.event();
        trigger = nodes.compile(e.trigger());
        threshold = plan.threshold() == null ? null : nodes.compile(plan.threshold());
        thresholds = nodes.all(plan.thresholds());
        atoms = new Comparisons(model, plan.atoms());
        delay = e.delay() == null ? null : nodes.compile(e.delay());
        priority = e.priority() == null ? null : nodes.compile(e.priority());
        math = new EvalNode[plan.assignments().size()];
        factor = new EvalNode[math.length];
        target = new SlotLayout.Slot[math.length];
        for (int k = 0; k < math.length; k++) {
            ModelPlan.EventWrite w = plan.assignments().get(k);
            math[k] = nodes.compile(w.math());
            factor[k] = w.factor() == null ? null : nodes.compile(w.factor());
            target[k] = w.target();
        }
        boolean reads = false;
        for (Expr x : eventOnly(e).expressions()) {
            for (String name : x.references()) {
                SlotLayout.Slot s = model.layout.slot(name);
                reads |= s != null && s.kind() == SlotLayout.Kind.OBSERVABLE;
            }
        }
        readsObservables = reads;
    }

    private static org.aftermath.kernel.model.Model eventOnly(Event e) {
        return org.aftermath.kernel.model.Model.empty("event").withEvents(java.util.List.of(e));
    }

    /** @return the observables at (t, y, p) when the event's math reads any, else an empty array */
    private double[] observables(double t, double[] y, double[] p) {
        double[] o = new double[model.layout.observableNames.size()];
        if (readsObservables) {
            model.observables(t, y, p, o);
        }
        return o;
    }

    @Override
    public String id() {
        return plan.id();
    }

    @Override
    public Event definition() {
        return plan.event();
    }

    @Override
    public boolean scheduled() {
        return plan.threshold() != null;
    }

    @Override
    public double triggerTime(double[] p) {
        return threshold == null ? Double.NaN : threshold.eval(0.0, null, p, null);
    }

    @Override
    public double[] switchTimes(double[] p) {
        double[] out = new double[thresholds.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = thresholds[k].eval(0.0, null, p, null);
        }
        return out;
    }

    @Override
    public boolean trigger(double t, double[] y, double[] p) {
        return trigger.eval(t, y, p, observables(t, y, p)) != 0.0;
    }

    @Override
    public Comparisons atoms() {
        return atoms;
    }

    @Override
    public double delay(double t, double[] y, double[] p) {
        return delay == null ? 0.0 : delay.eval(t, y, p, observables(t, y, p));
    }

    @Override
    public double priority(double t, double[] y, double[] p) {
        return priority == null ? Double.NaN : priority.eval(t, y, p, observables(t, y, p));
    }

    @Override
    public int assignmentCount() {
        return math.length;
    }

    @Override
    public void values(double t, double[] y, double[] p, double[] out) {
        double[] o = observables(t, y, p);
        for (int k = 0; k < math.length; k++) {
            out[k] = math[k].eval(t, y, p, o);
        }
    }

    @Override
    public void assign(double[] values, double t, double[] y, double[] p) {
        double[] scaled = values.clone();
        double[] o = null;
        for (int k = 0; k < math.length; k++) {
            if (factor[k] != null) {
                o = o == null ? observables(t, y, p) : o;
                scaled[k] = values[k] * factor[k].eval(t, y, p, o);
            }
        }
        for (int k = 0; k < math.length; k++) {
            if (target[k].kind() == SlotLayout.Kind.STATE) {
                y[target[k].index()] = scaled[k];
            } else {
                p[target[k].index()] = scaled[k];
            }
        }
    }

    @Override
    public void apply(double t, double[] y, double[] p) {
        double[] values = new double[math.length];
        values(t, y, p, values);
        assign(values, t, y, p);
    }
}
