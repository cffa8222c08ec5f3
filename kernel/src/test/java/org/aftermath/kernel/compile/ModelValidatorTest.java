package org.aftermath.kernel.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.kernel.model.NearestNames;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.Species;
import org.aftermath.kernel.model.SpeciesRef;
import org.junit.jupiter.api.Test;

class ModelValidatorTest {

    /** A valid base to add mistakes to. */
    private static final String BASE = """
            species N = 1e9
            -> N; k_growth*N
            k_growth = 0.07
            k_death = 0.01
            """;

    private static List<String> problems(String text) {
        return ModelValidator.problems(AntimonyReader.parse(text, "v.ant")).stream()
                .map(ModelException.Problem::toString).toList();
    }

    @Test
    void validModelHasNoProblems() {
        assertThat(problems(BASE)).isEmpty();
        ModelValidator.validate(AntimonyReader.parse(BASE, "v.ant"));
    }

    @Test
    void undefinedNamesListTheClosestDefinedNames() {
        assertThat(problems(BASE + "N -> ; k_deth*N\nx := tme + k_grwoth\n")).containsExactly(
                "v.ant:5: undefined name 'k_deth' in the rate of reaction _J1; closest defined names: k_death",
                "v.ant:6: undefined name 'tme' in the assignment rule for x; closest defined names: time",
                "v.ant:6: undefined name 'k_grwoth' in the assignment rule for x; closest defined names: k_growth, k_death");
        assertThat(problems(BASE + "y := zzzzzzzz\n")).containsExactly(
                "v.ant:5: undefined name 'zzzzzzzz' in the assignment rule for y; no defined name is similar");
    }

    @Test
    void cyclesAreNamed() {
        assertThat(problems(BASE + "a := b + 1\nb := c*2\nc := a\n")).containsExactly(
                "v.ant:5: cycle in assignment rules: a -> b -> c -> a");
        assertThat(problems(BASE + "p1 = 2*p2\np2 = p1 + 1\n")).containsExactly(
                "v.ant:5: cycle in initial assignments: p1 -> p2 -> p1");
        assertThat(problems(BASE + "p1 = obs\nobs := 2*p1\n")).containsExactly(
                "v.ant:5: cycle in initial assignments: p1 -> obs -> p1");
    }

    @Test
    void duplicateIdsNameBothOrigins() {
        Origin a = new Origin("a.ant", 3);
        Origin b = new Origin("b.ant", 9);
        Model m = new Model("m", List.of(), List.of(new Compartment("C", 1, null, a)),
                List.of(new Species("N", "C", 1, null, false, false, a)),
                List.of(new Parameter("N", 1, null, true, Provenance.NONE, b),
                        new Parameter("C", 1, null, true, Provenance.NONE, b)),
                List.of(), List.of(), List.of(),
                List.of(new Reaction("J", List.of(), List.of(new SpeciesRef("N", 1)), Expr.num(1), a),
                        new Reaction("J", List.of(), List.of(new SpeciesRef("N", 1)), Expr.num(2), b)),
                List.of());
        assertThat(ModelValidator.problems(m)).extracting(Object::toString).containsExactly(
                "b.ant:9: duplicate id 'N': a parameter here and a species at a.ant:3",
                "b.ant:9: duplicate id 'C': a parameter here and a compartment at a.ant:3",
                "b.ant:9: duplicate id 'J': a reaction here and a reaction at a.ant:3");
    }

    @Test
    void ruleAndReactionConflicts() {
        assertThat(problems(BASE + "const k_death\nk_death' = -1\n")).containsExactly(
                "v.ant:6: rate rule for constant parameter 'k_death'; declare it var");
        assertThat(problems(BASE + "N' = 1\n")).containsExactly(
                "v.ant:2: species 'N' is changed by reaction _J0 and by a rate rule (at v.ant:5); make it a boundary species");
        assertThat(problems(BASE + "N := 5\n")).containsExactly(
                "v.ant:2: species 'N' is changed by reaction _J0 and set by an assignment rule (at v.ant:5)");
        assertThat(problems(BASE + "species M = 1; const M\nM -> ; k_death*M\n")).isEmpty();
        assertThat(problems(BASE + "x := 1\nx' = 2\n")).contains(
                "v.ant:6: 'x' has both a rate rule and an assignment rule (at v.ant:5)");
    }

    @Test
    void constantNonBoundarySpeciesCannotBeChangedByReactions() {
        Origin o = new Origin("m", 1);
        Model m = new Model("m", List.of(), List.of(new Compartment("C", 1, null, o)),
                List.of(new Species("S", "C", 1, null, false, true, o), new Species("T", "C", 1, null, false, false, o)),
                List.of(), List.of(), List.of(), List.of(),
                List.of(new Reaction("J", List.of(new SpeciesRef("S", 1)), List.of(new SpeciesRef("T", 1)), Expr.ref("S"), o)),
                List.of());
        assertThat(ModelValidator.problems(m)).extracting(Object::toString).containsExactly(
                "m:1: reaction J changes constant species 'S'; make it a boundary species ($S) or not constant");
    }

    @Test
    void eventsAssignOnlyVariablesAndMayBeTriggeredByTheState() {
        assertThat(problems(BASE + "cells := N\nE1: at time >= 3: cells = 1\n")).containsExactly(
                "v.ant:6: event E1 assigns 'cells', an observable defined by an assignment rule");
        assertThat(problems(BASE + "const k_death\nE1: at time >= 3: k_death = 1\n")).containsExactly(
                "v.ant:6: event E1 assigns constant parameter 'k_death'; declare it var");
        // triggers on the state, on time windows and on changing thresholds are simulated (root finding)
        assertThat(problems(BASE + "var k_death\nE1: at N > 1e10: k_death = 1\n")).isEmpty();
        assertThat(problems(BASE + "var k_death\nE1: at time >= 7 && time < 9: k_death = 1\n")).isEmpty();
        assertThat(problems(BASE + "var k_death\nE1: at time >= N: k_death = 1\n")).isEmpty();
        assertThat(problems(BASE + "var k_death\nE1: at N > nope: k_death = 1\n")).containsExactly(
                "v.ant:6: undefined name 'nope' in the trigger of event E1; no defined name is similar");
        assertThat(problems(BASE + "t_dose = 2*k_growth\nE1: at t_dose*7 <= time: k_death = 1, k_death = 2\n"))
                .containsExactly("v.ant:6: event E1 assigns 'k_death' twice");
        assertThat(problems(BASE + "E1: at time > 1: nope = 1\n")).containsExactly(
                "v.ant:5: undefined name 'nope' in event E1; no defined name is similar");
    }

    @Test
    void valuesUnitsAndState() {
        assertThat(problems(BASE + "var k2\nspecies S\ncompartment V\n")).containsExactly(
                "v.ant:5: parameter 'k2' has no value (e.g. k2 = 0)",
                "v.ant:6: species 'S' has no initial amount (e.g. S = 0)",
                "v.ant:7: compartment 'V' has no size");
        assertThat(problems(BASE + "compartment V = -1\n")).containsExactly(
                "v.ant:5: compartment 'V' has size -1.0; it must be positive and finite");
        assertThat(problems(BASE + "var k2; k2 = 2*k_growth\n")).isEmpty();
        assertThat(problems(BASE + "k_death has per_dya\nunit per_day = 1 / day\n")).containsExactly(
                "v.ant:4: unknown unit 'per_dya' in parameter k_death; closest defined names: per_day");
        assertThat(problems(BASE + "k_death has seconds\nk_growth has item\n")).isEmpty();
        // Scale factors in scientific notation are numbers, not unit names ('e').
        assertThat(problems(BASE + "unit pg_per_ml = 1e-12 gram / 1.5E-3 litre\nk_death has pg_per_ml\n")).isEmpty();
        // a model without state variables is simulated on time alone
        assertThat(problems("k = 1\nx := 2*k\n")).isEmpty();
    }

    @Test
    void programmaticExpressionsAreCheckedForArityAndIdsUsedAsValues() {
        Model m = AntimonyReader.parse(BASE, "v.ant").withEvents(List.of(new org.aftermath.kernel.model.Event("E",
                Expr.bin(Expr.BinaryOp.GE, Expr.ref("time"), Expr.num(1)),
                List.of(new org.aftermath.kernel.model.EventAssignment("k_death",
                        Expr.bin(Expr.BinaryOp.ADD, Expr.call("hill", Expr.ref("N")), Expr.ref("_J0")))),
                new Origin("code", 0))));
        assertThat(ModelValidator.problems(m)).extracting(Object::toString).containsExactly(
                "code: '_J0' in the assignment to k_death in event E is a reaction; only compartments, species,"
                        + " parameters and assignment-rule variables have values",
                "code: function 'hill' takes 3 arguments, got 1 in the assignment to k_death in event E",
                "code: event E assigns constant parameter 'k_death'; declare it var");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String broken = BASE + "x := y\ny := x\nN -> ; kk*N\nE: at N > 2: q = 1\nvar nothing\n";
        assertThatThrownBy(() -> ModelCompiler.compile(AntimonyReader.parse(broken, "v.ant")))
                .isInstanceOf(ModelException.class)
                .satisfies(e -> assertThat(((ModelException) e).problems()).hasSize(4))
                .hasMessageContaining("v.ant:5: cycle in assignment rules: x -> y -> x")
                .hasMessageContaining("v.ant:7: undefined name 'kk'")
                .hasMessageContaining("v.ant:8: undefined name 'q'")
                .hasMessageContaining("v.ant:9: parameter 'nothing' has no value");
    }

    @Test
    void editDistance() {
        assertThat(NearestNames.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestNames.distance("", "abc")).isEqualTo(3);
        assertThat(NearestNames.distance("same", "same")).isZero();
    }
}
