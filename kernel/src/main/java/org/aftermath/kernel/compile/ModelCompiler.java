package org.aftermath.kernel.compile;

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
         * no allocation per right-hand-side or Jacobian evaluation, analytic Jacobian.
         */
        GENERATED,
        /** Expression trees over slot indices; no Jacobian. The reference for tests and benchmarks. */
        INTERPRETED
    }

    private ModelCompiler() { }

    /** @return {@code compile(m, Backend.GENERATED)} */
    public static CompiledModel compile(Model m) {
        return compile(m, Backend.GENERATED);
    }

    /**
     * @throws ModelException listing every problem {@link ModelValidator} finds
     */
    public static CompiledModel compile(Model m, Backend backend) {
        ModelValidator.validate(m);
        ModelPlan plan = new ModelPlan(m, new SlotLayout(m));
        return switch (backend) {
            case GENERATED -> new GeneratedModel(plan, GeneratedClasses.instantiate(JavaSourceGenerator.generate(plan)));
            case INTERPRETED -> new InterpretedModel(plan);
        };
    }

    /** @return the Java source the generated back-end would compile for {@code m}, for inspection */
    public static String generatedSource(Model m) {
        ModelValidator.validate(m);
        return JavaSourceGenerator.generate(new ModelPlan(m, new SlotLayout(m)));
    }
}
