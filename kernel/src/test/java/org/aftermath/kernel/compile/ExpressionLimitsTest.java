package org.aftermath.kernel.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.antimony.AntimonyWriter;
import org.aftermath.kernel.compile.ModelCompiler.Backend;
import org.aftermath.kernel.expr.ExprLimits;
import org.aftermath.kernel.expr.ExprParser;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.kernel.sim.NadirTracker;
import org.aftermath.kernel.sim.Simulator;
import org.aftermath.ode.IntegratorKind;
import org.aftermath.ode.OdeSystem;
import org.aftermath.ode.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * Expressions at {@link ExprLimits} go through every stage (read, validate, generate, compile,
 * differentiate, integrate, write back), with half the default thread stack to spare; beyond
 * them they are refused with their file and line before anything parses them (issue 11: a
 * 1,000-term sum passed {@code --check} and then failed to compile; 10,000 terms or 50,000 nested
 * parentheses overflowed the stack).
 */
class ExpressionLimitsTest {

    /** Half the JVM's default thread stack on 64-bit Linux (1 MB): the stages at the limits fit twice. */
    private static final long HALF_STACK = 512 * 1024;

    /** @return "k0 + k1 + ... + k(n-1)" and n parameter lines k_i = (i + 1) * 1e-6 */
    private static String sumModel(int terms, int reactions) {
        StringBuilder text = new StringBuilder("species N = 1;\n");
        StringBuilder sum = new StringBuilder();
        for (int i = 0; i < terms; i++) {
            text.append('k').append(i).append(" = ").append((i + 1) * 1e-6).append(";\n");
            sum.append(i == 0 ? "" : " + ").append('k').append(i);
        }
        for (int r = 0; r < reactions; r++) {
            text.append("-> N; N * ").append(r == 0 ? "" : "0.5 * ").append('(').append(sum).append(");\n");
        }
        return text.append("tumor_cells := N;\n").toString();
    }

    /** Runs the task on a thread with {@link #HALF_STACK}; rethrows what it threw. */
    private static void onHalfStack(Runnable task) throws Throwable {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                task.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "half-stack", HALF_STACK);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    @Test
    void aSumAtTheSizeLimitGoesThroughEveryStage() throws Throwable {
        // terms + operators: n + (n - 1) in the sum, "N *" 2 more
        int terms = (ExprLimits.MAX_TERMS - 1) / 2;
        String text = sumModel(terms, 1);
        double sum = 0;
        for (int i = 0; i < terms; i++) {
            sum += (i + 1) * 1e-6;
        }
        double rate = sum;
        onHalfStack(() -> {
            Model m = AntimonyReader.parse(text, "sum.ant");
            CompiledModel generated = ModelCompiler.compile(m);
            assertThat(generated).isInstanceOf(GeneratedModel.class);
            CompiledModel interpreted = ModelCompiler.compile(m, Backend.INTERPRETED);
            double[] p = generated.defaultParameters();
            double[] y = {1};
            double[] dg = new double[1];
            double[] di = new double[1];
            OdeSystem system = generated.system(p);
            system.derivatives(0, y, dg);
            interpreted.system(interpreted.defaultParameters()).derivatives(0, y, di);
            assertThat(dg[0]).isEqualTo(di[0]).isCloseTo(rate, within(1e-12));
            double[] jacobian = new double[1];
            system.jacobian(0, y, jacobian);
            assertThat(jacobian[0]).isEqualTo(dg[0]);
            NadirTracker end = new NadirTracker("tumor_cells");
            new Simulator(generated).run(null, 0, 10, IntegratorKind.ROSENBROCK.create(Tolerances.DEFAULT), List.of(end));
            assertThat(end.finalValue()).isCloseTo(Math.exp(10 * rate), within(1e-7 * Math.exp(10 * rate)));
            // written back and read again: the same model
            assertThat(AntimonyWriter.write(AntimonyReader.parse(AntimonyWriter.write(m), "sum.ant")))
                    .isEqualTo(AntimonyWriter.write(m));
            assertThat(ModelCompiler.compile(m)).isInstanceOf(GeneratedModel.class);
        });
    }

    @Test
    void nestingAtTheLimitGoesThroughEveryStage() throws Throwable {
        int half = ExprLimits.MAX_NESTING / 2;
        // 50 parentheses, then 49 prefix minus signs and a power: 100 levels
        String math = "(".repeat(half) + "- ".repeat(half - 1) + "k^2" + ")".repeat(half);
        String text = "species N = 1;\nk = 0.5;\n-> N; N * " + math + ";\ntumor_cells := N;\n";
        onHalfStack(() -> {
            Model m = AntimonyReader.parse(text, "deep.ant");
            CompiledModel generated = ModelCompiler.compile(m);
            double[] dy = new double[1];
            generated.system(generated.defaultParameters()).derivatives(0, new double[] {1}, dy);
            assertThat(dy[0]).isEqualTo(-0.25); // 49 negations of 0.25
            double[] jacobian = new double[1];
            generated.system(generated.defaultParameters()).jacobian(0, new double[] {1}, jacobian);
            assertThat(jacobian[0]).isEqualTo(-0.25);
            assertThat(AntimonyWriter.write(AntimonyReader.parse(AntimonyWriter.write(m), "deep.ant")))
                    .isEqualTo(AntimonyWriter.write(m));
        });
    }

    @Test
    void aThousandTermSumCompilesOnTheGeneratedBackEnd() {
        // Janino refused its one nested expression ("Compilation unit is nested too deeply")
        CompiledModel m = ModelCompiler.compile(AntimonyReader.parse(sumModel(1000, 1), "sum.ant"));
        assertThat(m).isInstanceOf(GeneratedModel.class);
        double[] dy = new double[1];
        m.system(m.defaultParameters()).derivatives(0, new double[] {1}, dy);
        assertThat(dy[0]).isCloseTo(1000 * 1001 / 2 * 1e-6, within(1e-12));
    }

    @Test
    void aModelTooLargeForOneJvmMethodRunsOnTheInterpretedBackEnd() {
        // eight sums of 1,000 terms in assignment rules no rate reads: observables() would exceed 64 KB of bytecode
        StringBuilder text = new StringBuilder(sumModel(1000, 1));
        for (int r = 0; r < 8; r++) {
            text.append("o").append(r).append(" := N * ").append(r + 1).append(" * (")
                    .append(String.join(" + ", java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "k" + i).toList()))
                    .append(");\n");
        }
        Model model = AntimonyReader.parse(text.toString(), "many.ant");
        CompiledModel m = ModelCompiler.compile(model);
        assertThat(m).isInstanceOf(InterpretedModel.class);
        double[] o = new double[m.observableNames().size()];
        m.observables(0, new double[] {2}, m.defaultParameters(), o);
        assertThat(o[m.observableIndex("o7")]).isCloseTo(2 * 8 * 1000 * 1001 / 2 * 1e-6, within(1e-9));
        // the decision is remembered with the shape
        assertThat(ModelCompiler.compile(model.withParameterValue("k3", 1))).isInstanceOf(InterpretedModel.class);
    }

    @Test
    void aRightHandSideTooLargeForOneJvmMethodIsSplitIntoHelpersWithTheSameNumbers() {
        // eight species, each growing at a sum of 1,000 terms: one derivatives() would exceed 64 KB of bytecode
        // (such models ran interpreted before), its helpers do not
        StringBuilder text = new StringBuilder();
        String sum = String.join(" + ", java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "k" + i).toList());
        for (int i = 0; i < 1000; i++) {
            text.append('k').append(i).append(" = ").append((i + 1) * 1e-6).append(";\n");
        }
        for (int r = 0; r < 8; r++) {
            text.append("species N").append(r).append(" = 1;\n-> N").append(r).append("; N").append(r).append(" * ")
                    .append(r + 1).append(" * (").append(sum).append(");\n");
        }
        Model model = AntimonyReader.parse(text.toString(), "many-rates.ant");
        CompiledModel m = ModelCompiler.compile(model);
        assertThat(m).isInstanceOf(GeneratedModel.class);
        CompiledModel reference = ModelCompiler.compile(model, Backend.INTERPRETED);
        double[] y = {2, 2, 2, 2, 2, 2, 2, 2};
        double[] a = new double[8];
        double[] b = new double[8];
        m.system(m.defaultParameters()).derivatives(0, y, a);
        reference.system(reference.defaultParameters()).derivatives(0, y, b);
        assertThat(a).containsExactly(b);
        assertThat(a[7]).isCloseTo(2 * 8 * 1000 * 1001 / 2 * 1e-6, within(1e-9));
    }

    @Test
    void hugeOrDeeplyNestedExpressionsAreRefusedWithTheirLine() {
        record Case(String math, String fragment) { }
        StringBuilder tenThousand = new StringBuilder("k");
        for (int i = 1; i < 10_000; i++) {
            tenThousand.append(" + k");
        }
        for (Case c : List.of(
                new Case(tenThousand.toString(), "expression too large: 19999 operands and operators (at most "
                        + ExprLimits.MAX_TERMS + ")"),
                new Case("(".repeat(50_000) + "k" + ")".repeat(50_000), "expression nested too deeply: 50000 levels"),
                new Case("- ".repeat(50_000) + "k", "expression nested too deeply: 50000 levels"),
                new Case("k" + "^k".repeat(50_000), "expression nested too deeply: 50000 levels"))) {
            String text = "species N = 1;\nk = 0.5;\n\n-> N; " + c.math() + ";\ntumor_cells := N;\n";
            ModelException e = catchThrowableOfType(ModelException.class, () -> AntimonyReader.parse(text, "big.ant"));
            assertThat(e).as(c.fragment()).isNotNull();
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.origin().file()).isEqualTo("big.ant");
                assertThat(p.origin().line()).isEqualTo(4);
                assertThat(p.message()).contains(c.fragment());
            });
            ExprParser.ParseException pe = catchThrowableOfType(ExprParser.ParseException.class,
                    () -> ExprParser.parse(c.math()));
            assertThat(pe.line()).isEqualTo(1);
            assertThat(pe.detail()).contains(c.fragment());
        }
    }

    @Test
    void longSumsWithNegativeNumbersAreNotMistakenForNesting() {
        // each prefix minus closes at the next binary operator: 500 of them nest one level each
        StringBuilder math = new StringBuilder("-1e-3 * k");
        for (int i = 1; i < 500; i++) {
            math.append(" + -1e-3 * k");
        }
        Model m = AntimonyReader.parse("species N = 1;\nk = 1;\n-> N; " + math + ";\ntumor_cells := N;\n", "neg.ant");
        CompiledModel c = ModelCompiler.compile(m);
        double[] dy = new double[1];
        c.system(c.defaultParameters()).derivatives(0, new double[] {1}, dy);
        assertThat(dy[0]).isCloseTo(-0.5, within(1e-12));
    }
}
