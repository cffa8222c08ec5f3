package org.aftermath.kernel.compile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;

/**
 * Validates a model and compiles it for fast evaluation.
 *
 * <p>Both back-ends compute identical numbers: the same operations in the same order, with the
 * {@code Math} functions and {@link org.aftermath.kernel.expr.Functions#hill}/{@code hillr}.
 */
public final class ModelCompiler {

    /** How the compiled model evaluates. */
    public enum Backend {
        /**
         * Java source generated per model and compiled with Janino: straight-line arithmetic,
         * no allocation per right-hand-side or Jacobian evaluation, analytic Jacobian. A model
         * whose code would exceed the JVM's 64 KB in one method (many expressions each near
         * {@link org.aftermath.kernel.expr.ExprLimits}; one such expression compiles) runs on
         * {@link #INTERPRETED} instead: the same numbers for the right-hand side, slower, and
         * a Jacobian by difference quotients where a solver needs one.
         */
        GENERATED,
        /** Expression trees over slot indices; no Jacobian. The reference for tests and benchmarks. */
        INTERPRETED,
        /**
         * {@link #GENERATED} when code for the model's shape is already compiled or the model is
         * large (more than {@value ModelCompiler#SMALL_MODEL} expression nodes), else
         * {@link #INTERPRETED}: a Janino compile costs tens of milliseconds, more than a small
         * model's whole run takes interpreted (measured in the bench module's
         * {@code SbmlSuiteBenchmark}).
         */
        AUTO
    }

    /** Expression nodes up to which {@link Backend#AUTO} interprets a model whose code is not compiled yet. */
    public static final int SMALL_MODEL = 400;

    /** Shapes remembered by the generated back-end (least recently used dropped first). */
    private static final int TEMPLATE_CAPACITY = 64;

    /**
     * Per {@link ModelShape}: a validated plan and its generated code (stateless, so shared).
     * A model of a remembered shape skips validation, source generation and compilation: only
     * its slot values are read (about 1 ms instead of 30 ms for the Figure 3C model).
     */
    private static final Map<Model, Template> TEMPLATES = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Model, Template> eldest) {
            return size() > TEMPLATE_CAPACITY;
        }
    };

    /** A validated plan and its generated code, or null code for a model too large to generate. */
    private record Template(ModelPlan plan, GeneratedCode code) { }

    private ModelCompiler() { }

    /** @return {@code compile(m, Backend.GENERATED)} */
    public static CompiledModel compile(Model m) {
        return compile(m, Backend.GENERATED);
    }

    /**
     * Solves algebraic rules ({@link AlgebraicRules}), writes out {@code rateOf} (its argument's
     * right-hand side), validates and compiles.
     *
     * @throws ModelException listing every problem {@link ModelValidator} finds, or an algebraic
     *                        rule or rateOf that cannot be written out
     */
    public static CompiledModel compile(Model m, Backend backend) {
        RateOfExpansion.Expanded expanded = RateOfExpansion.expand(AlgebraicRules.reduce(m));
        m = expanded.model();
        if (backend == Backend.AUTO) {
            if (size(m) <= SMALL_MODEL && template(ModelShape.of(m)) == null) {
                backend = Backend.INTERPRETED;
            } else {
                backend = Backend.GENERATED;
            }
        }
        if (backend == Backend.GENERATED) {
            return generated(m, expanded);
        }
        ModelValidator.validate(m);
        return new InterpretedModel(new ModelPlan(m, new SlotLayout(m), expanded.atRest()));
    }

    private static CompiledModel generated(Model m, RateOfExpansion.Expanded expanded) {
        Model shape = ModelShape.of(m);
        Template template = template(shape);
        if (template != null) {
            return template.code() == null ? new InterpretedModel(template.plan().forModel(m))
                    : new GeneratedModel(template.plan().forModel(m), template.code());
        }
        ModelValidator.validate(m);
        ModelPlan plan = new ModelPlan(m, new SlotLayout(m), expanded.atRest());
        GeneratedCode code;
        try {
            code = GeneratedClasses.instantiate(JavaSourceGenerator.generate(plan));
        } catch (JavaSourceGenerator.TooLargeException | GeneratedClasses.TooLargeException e) {
            code = null; // more code than the JVM takes in one method, or than Janino compiles: the reference back-end
        }
        synchronized (TEMPLATES) {
            TEMPLATES.put(shape, new Template(plan, code));
        }
        return code == null ? new InterpretedModel(plan) : new GeneratedModel(plan, code);
    }

    /** @return the number of expression nodes of the model (its size for {@link Backend#AUTO}) */
    static int size(Model m) {
        int[] n = {0};
        for (org.aftermath.kernel.expr.Expr e : m.expressions()) {
            ModelExpressions.visit(e, x -> n[0]++);
        }
        return n[0];
    }

    private static Template template(Model shape) {
        synchronized (TEMPLATES) {
            return TEMPLATES.get(shape);
        }
    }
}
