package org.aftermath.kernel.compile;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.ode.OdeSystem;

/** The default back-end: a {@link CompiledModel} backed by a generated, Janino-compiled class. */
final class GeneratedModel extends AbstractCompiledModel {

    private final GeneratedCode code;
    private final List<CompiledEvent> events;
    private final int[] jacobianPattern;

    GeneratedModel(ModelPlan plan, GeneratedCode code) {
        super(plan);
        this.code = code;
        this.jacobianPattern = code.jacobianPattern();
        List<CompiledEvent> es = new ArrayList<>();
        for (int i = 0; i < plan.events.size(); i++) {
            es.add(new Event(plan.events.get(i), plan.eventForm[i], plan.triggerForm[i]));
        }
        this.events = List.copyOf(es);
        computeDefaults();
    }

    /** @return the generated code this model evaluates with (shared by models of one shape) */
    GeneratedCode code() {
        return code;
    }

    @Override
    public void initialize(double[] p, double[] y) {
        System.arraycopy(layout.initialState, 0, y, 0, y.length);
        code.initialize(p, y);
    }

    @Override
    public OdeSystem system(double[] p) {
        int n = layout.stateNames.size();
        double[] work = new double[Math.max(1, layout.observableNames.size())];
        double[] rhsWork = new double[Math.max(1, layout.observableNames.size() + plan.rates.size())];
        return new OdeSystem() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void derivatives(double t, double[] y, double[] yDot) {
                code.derivatives(t, y, p, rhsWork, yDot);
            }

            @Override
            public boolean hasJacobian() {
                return true;
            }

            @Override
            public int[] jacobianPattern() {
                return jacobianPattern.clone();
            }

            @Override
            public void jacobian(double t, double[] y, double[] dfdy) {
                code.jacobian(t, y, p, work, dfdy);
            }
        };
    }

    @Override
    public void observables(double t, double[] y, double[] p, double[] out) {
        code.observables(t, y, p, out);
    }

    @Override
    public double observable(int index, double t, double[] y, double[] p) {
        return code.observable(index, t, y, p);
    }

    @Override
    public List<CompiledEvent> events() {
        return events;
    }

    /**
     * An event: scheduled times and assignments from the generated code, selected by the event's
     * form and trigger indices ({@link ModelPlan#eventForm}; a numeric trigger time is held here,
     * not in the code), everything else from {@link EventNodes}.
     */
    private final class Event extends EventNodes {
        private final int form;
        private final int trigger;
        private final double time;

        /** @param trigger index of the threshold's code, or -1 for a numeric threshold or none */
        Event(ModelPlan.EventPlan plan, int form, int trigger) {
            super(GeneratedModel.this, plan, nodes);
            this.form = form;
            this.trigger = trigger;
            this.time = plan.threshold() instanceof Expr.Num n ? n.value() : Double.NaN;
        }

        @Override
        public double triggerTime(double[] p) {
            return trigger < 0 ? time : code.triggerTime(trigger, p);
        }

        @Override
        public void apply(double t, double[] y, double[] p) {
            code.apply(form, t, y, p);
        }
    }
}
