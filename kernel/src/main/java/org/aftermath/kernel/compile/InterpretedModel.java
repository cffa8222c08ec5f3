package org.aftermath.kernel.compile;

import java.util.ArrayList;
import java.util.List;
import org.aftermath.ode.OdeSystem;

/**
 * The reference back-end: {@link EvalNode} trees evaluated in the order of the {@link ModelPlan}.
 * Its systems have no analytic Jacobian. Each {@link OdeSystem} holds scratch arrays for
 * observables and rates, so evaluating the right-hand side does not allocate; applying an event
 * allocates two small arrays.
 */
final class InterpretedModel extends AbstractCompiledModel {

    /** An observable computed into {@code o[index]}. */
    private record ObsNode(int index, EvalNode math) { }

    private final ObsNode[] observables;
    private final ObsNode[] rhsObservables;
    private final EvalNode[] rates;
    private final int[][] termRate;
    private final EvalNode[][] termStoichiometry;
    private final boolean[][] termGain;
    private final EvalNode[] rateRules;
    private final List<CompiledEvent> events;

    InterpretedModel(ModelPlan plan) {
        super(plan);
        observables = obsNodes(plan.observables, nodes);
        rhsObservables = obsNodes(plan.rhsObservables, nodes);
        rates = nodes.all(plan.rates);
        int n = layout.stateNames.size();
        termRate = new int[n][];
        termStoichiometry = new EvalNode[n][];
        termGain = new boolean[n][];
        rateRules = new EvalNode[n];
        for (int i = 0; i < n; i++) {
            List<ModelPlan.Term> ts = plan.terms.get(i);
            termRate[i] = new int[ts.size()];
            termStoichiometry[i] = new EvalNode[ts.size()];
            termGain[i] = new boolean[ts.size()];
            for (int k = 0; k < ts.size(); k++) {
                termRate[i][k] = ts.get(k).rate();
                termStoichiometry[i][k] = nodes.compile(ts.get(k).stoichiometry());
                termGain[i][k] = ts.get(k).gain();
            }
            if (plan.rateRules.get(i) != null) {
                rateRules[i] = nodes.compile(plan.rateRules.get(i));
            }
        }
        List<CompiledEvent> es = new ArrayList<>();
        for (ModelPlan.EventPlan e : plan.events) {
            es.add(new EventNodes(this, e, nodes));
        }
        events = List.copyOf(es);
        computeDefaults();
    }

    private static ObsNode[] obsNodes(List<ModelPlan.ObsStep> steps, NodeCompiler nodes) {
        ObsNode[] out = new ObsNode[steps.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = new ObsNode(steps.get(k).index(), nodes.compile(steps.get(k).math()));
        }
        return out;
    }

    @Override
    public void initialize(double[] p, double[] y) {
        initializeAt(0.0, p, y);
    }

    @Override
    public OdeSystem system(double[] p) {
        return new Rhs(p);
    }

    @Override
    public void observables(double t, double[] y, double[] p, double[] out) {
        for (ObsNode o : observables) {
            out[o.index()] = o.math().eval(t, y, p, out);
        }
    }

    @Override
    public List<CompiledEvent> events() {
        return events;
    }

    private final class Rhs implements OdeSystem {
        private final double[] p;
        private final double[] o = new double[layout.observableNames.size()];
        private final double[] r = new double[rates.length];

        Rhs(double[] p) {
            this.p = p;
        }

        @Override
        public int dimension() {
            return layout.stateNames.size();
        }

        @Override
        public void derivatives(double t, double[] y, double[] yDot) {
            for (ObsNode obs : rhsObservables) {
                o[obs.index()] = obs.math().eval(t, y, p, o);
            }
            for (int j = 0; j < rates.length; j++) {
                r[j] = rates[j].eval(t, y, p, o);
            }
            for (int i = 0; i < yDot.length; i++) {
                if (rateRules[i] != null) {
                    yDot[i] = rateRules[i].eval(t, y, p, o);
                    continue;
                }
                double acc = 0.0;
                int[] rate = termRate[i];
                for (int k = 0; k < rate.length; k++) {
                    double term = termStoichiometry[i][k].eval(t, y, p, o) * r[rate[k]];
                    acc = termGain[i][k] ? acc + term : acc - term;
                }
                yDot[i] = acc;
            }
        }
    }
}
