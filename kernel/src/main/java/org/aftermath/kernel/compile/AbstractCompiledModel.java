package org.aftermath.kernel.compile;

import java.util.List;
import org.aftermath.kernel.model.Model;

/** The slot bookkeeping both back-ends share. */
abstract class AbstractCompiledModel implements CompiledModel {

    final ModelPlan plan;
    final SlotLayout layout;
    final NodeCompiler nodes;
    private double[] defaults;
    private final EvalNode[] delayArguments;
    private final EvalNode[] delaysAtRest;
    private final EvalNode[] delayTimes;
    private final EvalNode[] initMath;
    private final SlotLayout.Slot[] initTarget;
    /** Per delay call: the observables its x and d read (index, math), dependencies first. */
    private final int[][] delayObservableIndex;
    private final EvalNode[][] delayObservableMath;
    private final EvalNode[] fastRates;
    private final EvalNode[][] fastStoichiometry;
    private final int[][] fastReaction;
    private final boolean[][] fastGain;
    private final Comparisons fastComparisons;
    private final boolean autonomous;
    private SwitchTimes switches;

    AbstractCompiledModel(ModelPlan plan) {
        this.plan = plan;
        this.layout = plan.layout;
        this.nodes = new NodeCompiler(layout, plan::delayIndex);
        this.autonomous = plan.delays.isEmpty() && !plan.rightHandSideReadsTime();
        delayArguments = new EvalNode[plan.delays.size()];
        delayTimes = new EvalNode[plan.delays.size()];
        delaysAtRest = nodes.all(plan.delaysAtRest);
        initMath = new EvalNode[plan.init.size()];
        initTarget = new SlotLayout.Slot[plan.init.size()];
        for (int k = 0; k < initMath.length; k++) {
            ModelPlan.InitStep step = plan.init.get(k);
            if (step instanceof ModelPlan.ObsStep o) {
                initMath[k] = nodes.compile(o.math());
                initTarget[k] = new SlotLayout.Slot(SlotLayout.Kind.OBSERVABLE, o.index());
            } else {
                ModelPlan.Assign a = (ModelPlan.Assign) step;
                initMath[k] = nodes.compile(a.math());
                initTarget[k] = a.target();
            }
        }
        delayObservableIndex = new int[delayArguments.length][];
        delayObservableMath = new EvalNode[delayArguments.length][];
        for (int k = 0; k < delayArguments.length; k++) {
            delayArguments[k] = nodes.compile(plan.delays.get(k).args().get(0));
            delayTimes[k] = nodes.compile(plan.delays.get(k).args().get(1));
            List<ModelPlan.ObsStep> steps = plan.delayObservables.get(k);
            delayObservableIndex[k] = new int[steps.size()];
            delayObservableMath[k] = new EvalNode[steps.size()];
            for (int j = 0; j < steps.size(); j++) {
                delayObservableIndex[k][j] = steps.get(j).index();
                delayObservableMath[k][j] = nodes.compile(steps.get(j).math());
            }
        }
        fastRates = nodes.all(plan.fastRates);
        java.util.Set<org.aftermath.kernel.expr.Expr> comparisons = new java.util.LinkedHashSet<>();
        for (org.aftermath.kernel.expr.Expr r : plan.fastRates) {
            comparisons.addAll(TimeTrigger.comparisons(r));
        }
        fastComparisons = new Comparisons(this, new java.util.ArrayList<>(comparisons));
        int n = layout.stateNames.size();
        fastStoichiometry = new EvalNode[n][];
        fastReaction = new int[n][];
        fastGain = new boolean[n][];
        for (int i = 0; i < n; i++) {
            List<ModelPlan.Term> ts = plan.fastTerms.get(i);
            fastStoichiometry[i] = new EvalNode[ts.size()];
            fastReaction[i] = new int[ts.size()];
            fastGain[i] = new boolean[ts.size()];
            for (int k = 0; k < ts.size(); k++) {
                fastStoichiometry[i][k] = nodes.compile(ts.get(k).stoichiometry());
                fastReaction[i][k] = ts.get(k).rate();
                fastGain[i][k] = ts.get(k).gain();
            }
        }
    }

    /** Evaluates the initial assignments on the model's values; call once the subclass is ready. */
    final void computeDefaults() {
        double[] p = layout.parameterValues.clone();
        initialize(p, new double[layout.stateNames.size()]);
        defaults = p;
    }

    @Override
    public Model model() {
        return plan.model;
    }

    @Override
    public List<String> stateNames() {
        return layout.stateNames;
    }

    @Override
    public List<String> parameterNames() {
        return layout.parameterNames;
    }

    @Override
    public List<String> observableNames() {
        return layout.observableNames;
    }

    @Override
    public int stateIndex(String name) {
        return layout.index(name, SlotLayout.Kind.STATE);
    }

    @Override
    public int parameterIndex(String name) {
        return layout.index(name, SlotLayout.Kind.PARAMETER);
    }

    @Override
    public int observableIndex(String name) {
        return layout.index(name, SlotLayout.Kind.OBSERVABLE);
    }

    @Override
    public synchronized SwitchTimes rightHandSideSwitches() {
        if (switches == null) {
            switches = SwitchTimes.of(plan, nodes);
        }
        return switches;
    }

    @Override
    public boolean autonomous() {
        return autonomous;
    }

    @Override
    public int delayCount() {
        return delayArguments.length;
    }

    @Override
    public void delayArguments(double t, double[] y, double[] p, double[] out) {
        for (int k = 0; k < delayArguments.length; k++) {
            out[k] = delayArgument(k, t, y, p);
        }
    }

    @Override
    public double delayArgument(int k, double t, double[] y, double[] p) {
        return delayValue(k, delayArguments[k], t, y, p);
    }

    @Override
    public double delayArgumentAtRest(int k, double t, double[] y, double[] p) {
        return delayValue(k, delaysAtRest[k], t, y, p);
    }

    @Override
    public void initializeAt(double t, double[] p, double[] y) {
        System.arraycopy(layout.initialState, 0, y, 0, y.length);
        double[] o = new double[layout.observableNames.size()];
        for (int k = 0; k < initMath.length; k++) {
            double v = initMath[k].eval(t, y, p, o);
            SlotLayout.Slot s = initTarget[k];
            switch (s.kind()) {
                case STATE -> y[s.index()] = v;
                case PARAMETER -> p[s.index()] = v;
                default -> o[s.index()] = v;
            }
        }
    }

    @Override
    public void delayTimes(double t, double[] y, double[] p, double[] out) {
        for (int k = 0; k < delayTimes.length; k++) {
            out[k] = delayValue(k, delayTimes[k], t, y, p);
        }
    }

    /** Evaluates x or d of delay call k, computing only the observables the call reads. */
    private double delayValue(int k, EvalNode math, double t, double[] y, double[] p) {
        double[] o = new double[layout.observableNames.size()];
        for (int j = 0; j < delayObservableIndex[k].length; j++) {
            o[delayObservableIndex[k][j]] = delayObservableMath[k][j].eval(t, y, p, o);
        }
        return math.eval(t, y, p, o);
    }

    @Override
    public int fastReactionCount() {
        return fastRates.length;
    }

    @Override
    public Comparisons fastComparisons() {
        return fastComparisons;
    }

    @Override
    public void fastRates(double t, double[] y, double[] p, double[] out) {
        evaluateAll(fastRates, t, y, p, out);
    }

    @Override
    public void fastStoichiometry(double t, double[] y, double[] p, double[] out) {
        int k = fastRates.length;
        java.util.Arrays.fill(out, 0.0);
        double[] o = observablesIfNeeded(t, y, p);
        for (int i = 0; i < fastStoichiometry.length; i++) {
            for (int m = 0; m < fastStoichiometry[i].length; m++) {
                double s = fastStoichiometry[i][m].eval(t, y, p, o);
                out[i * k + fastReaction[i][m]] += fastGain[i][m] ? s : -s;
            }
        }
    }

    private void evaluateAll(EvalNode[] math, double t, double[] y, double[] p, double[] out) {
        if (math.length == 0) {
            return;
        }
        double[] o = observablesIfNeeded(t, y, p);
        for (int k = 0; k < math.length; k++) {
            out[k] = math[k].eval(t, y, p, o);
        }
    }

    private double[] observablesIfNeeded(double t, double[] y, double[] p) {
        double[] o = new double[layout.observableNames.size()];
        if (o.length > 0) {
            observables(t, y, p, o);
        }
        return o;
    }

    /** The model's values with initial assignments to parameters already applied. */
    @Override
    public double[] defaultParameters() {
        return defaults.clone();
    }
}
