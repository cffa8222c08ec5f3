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
            ModelPlan.EventPlan e = plan.events.get(i);
            es.add(e.threshold() instanceof Expr.Num n ? new Event(i, e.id(), true, n.value())
                    : new Event(i, e.id(), false, Double.NaN));
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
        return new OdeSystem() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void derivatives(double t, double[] y, double[] yDot) {
                code.derivatives(t, y, p, yDot);
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

    /** An event; a numeric trigger time is held here, not in the generated code. */
    private final class Event implements CompiledEvent {
        private final int index;
        private final String id;
        private final boolean numeric;
        private final double time;

        Event(int index, String id, boolean numeric, double time) {
            this.index = index;
            this.id = id;
            this.numeric = numeric;
            this.time = time;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public double triggerTime(double[] p) {
            return numeric ? time : code.triggerTime(index, p);
        }

        @Override
        public void apply(double t, double[] y, double[] p) {
            code.apply(index, t, y, p);
        }
    }
}
