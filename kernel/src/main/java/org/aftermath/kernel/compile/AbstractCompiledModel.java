package org.aftermath.kernel.compile;

import java.util.List;
import org.aftermath.kernel.model.Model;

/** The slot bookkeeping both back-ends share. */
abstract class AbstractCompiledModel implements CompiledModel {

    final ModelPlan plan;
    final SlotLayout layout;
    private double[] defaults;

    AbstractCompiledModel(ModelPlan plan) {
        this.plan = plan;
        this.layout = plan.layout;
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

    /** The model's values with initial assignments to parameters already applied. */
    @Override
    public double[] defaultParameters() {
        return defaults.clone();
    }
}
