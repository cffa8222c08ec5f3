package org.aftermath.tmen;

import static org.aftermath.kernel.expr.Expr.BinaryOp.DIV;
import static org.aftermath.kernel.expr.Expr.BinaryOp.GE;
import static org.aftermath.kernel.expr.Expr.BinaryOp.MUL;
import static org.aftermath.kernel.expr.Expr.BinaryOp.SUB;
import static org.aftermath.kernel.expr.Expr.bin;
import static org.aftermath.kernel.expr.Expr.call;
import static org.aftermath.kernel.expr.Expr.num;
import static org.aftermath.kernel.expr.Expr.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.Species;
import org.aftermath.kernel.model.SpeciesRef;
import org.aftermath.kernel.model.UnitDefinition;
import org.aftermath.tmen.ParameterValue.SetBy;
import org.aftermath.tmen.regimen.Dose;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * The compiler on hand-built growth modules with the structure of the bundled model files, so
 * that the compilation rules are tested independently of the Antimony reader.
 */
class ScenarioCompilerTest {

    private static final Origin HERE = new Origin("test", 0);

    static final String FIG_3A = """
            name: fig
            days: 147
            tumor:
              cells: 1.0e9
              growth:
                law: exponential
                doubling_days: 10
            treatments:
              - name: chemo
                kill_fraction: 0.9
                every_days: 21
                cycles: 7
            """;

    private static Parameter parameter(String id, double value, String unit) {
        return new Parameter(id, value, unit, true, new Provenance("test source", 0.0, 100.0, null), HERE);
    }

    private static Model module(List<Parameter> parameters, List<InitialAssignment> initial, Expr rate) {
        return new Model("tumor", List.of(new UnitDefinition("per_day", "1 / day")),
                List.of(new Compartment("tumor_bed", 1, null, HERE)),
                List.of(new Species("N", "tumor_bed", 1e9, "cells", false, false, HERE)),
                parameters, initial, List.of(new AssignmentRule("tumor_cells", ref("N"), HERE)), List.of(),
                List.of(new Reaction("growth", List.of(), List.of(new SpeciesRef("N", 1)), rate, HERE)), List.of());
    }

    /** The structure of tumor-exponential.ant. */
    static Model exponential() {
        return module(List.of(parameter("doubling_days", 10, "day")), List.of(),
                bin(MUL, bin(DIV, call("ln", num(2)), ref("doubling_days")), ref("N")));
    }

    /** The structure of tumor-gompertz-doubling.ant. */
    static Model gompertzDoubling() {
        Expr lnKoverN = call("ln", bin(DIV, ref("carrying_capacity"), ref("N")));
        return module(List.of(parameter("carrying_capacity", 3e12, "cells"), parameter("doubling_days", 30, "day"),
                        parameter("gompertz_rate", 0, "per_day")),
                List.of(new InitialAssignment("gompertz_rate",
                        bin(DIV, call("ln", num(2)), bin(MUL, ref("doubling_days"), lnKoverN)), HERE)),
                bin(MUL, bin(MUL, ref("gompertz_rate"), ref("N")),
                        call("ln", bin(DIV, ref("carrying_capacity"), ref("tumor_cells")))));
    }

    private static Scenario read(String yaml) {
        return ScenarioReader.read(yaml, "fig.yaml");
    }

    private static String edit(String target, String replacement) {
        assertThat(FIG_3A).contains(target);
        return FIG_3A.replace(target, replacement);
    }

    private static Expr killOf(String treatment) {
        return bin(MUL, ref("N"), bin(SUB, num(1), ref(treatment + "_kill_fraction")));
    }

    private static Parameter modelParameter(CompiledScenario c, String id) {
        return c.model().parameters().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void figure3aBecomesSevenKillEventsOnTheGrowthModule() {
        CompiledScenario c = ScenarioCompiler.compile(read(FIG_3A), Map.of(), exponential());
        Model m = c.model();
        assertThat(m.species()).singleElement().extracting(Species::id, Species::initialAmount).containsExactly("N", 1e9);
        assertThat(m.events()).hasSize(7);
        for (int k = 0; k < 7; k++) {
            Event e = m.events().get(k);
            assertThat(e.id()).isEqualTo("chemo_dose_" + (k + 1));
            assertThat(e.trigger()).isEqualTo(bin(GE, ref("time"), num(21.0 * k)));
            assertThat(e.assignments()).containsExactly(new EventAssignment("N", killOf("chemo")));
        }
        assertThat(modelParameter(c, "chemo_kill_fraction")).extracting(Parameter::value, Parameter::constant).containsExactly(0.9, true);
        assertThat(modelParameter(c, "doubling_days")).extracting(Parameter::value, Parameter::constant).containsExactly(10.0, true);
        assertThat(m.reactions()).isEqualTo(exponential().reactions());
        assertThat(m.assignmentRules()).isEqualTo(exponential().assignmentRules());
        assertThat(c.days()).isEqualTo(147);
        assertThat(c.doses()).extracting(Dose::eventId).containsExactlyElementsOf(m.events().stream().map(Event::id).toList());
        assertThat(c.skipped()).isEmpty();
        assertThat(c.warnings()).isEmpty();
        assertThat(c.parameters()).containsExactly(
                new ParameterValue("doubling_days", 10, "day", SetBy.SCENARIO),
                new ParameterValue("chemo_kill_fraction", 0.9, "dimensionless", SetBy.SCENARIO));
        assertThat(c.killFractions()).containsExactly(Map.entry("chemo", 0.9));
    }

    @Test
    void doublingTimeListSetsTheDoublingTimeAtEachKillDose() {
        CompiledScenario c = ScenarioCompiler.compile(
                read(edit("doubling_days: 10", "doubling_days: [60, 40, 25, 15, 10, 7, 5]")), Map.of(), exponential());
        Model m = c.model();
        double[] td = {60, 40, 25, 15, 10, 7, 5};
        for (int k = 1; k <= 7; k++) {
            assertThat(modelParameter(c, "doubling_days_" + k)).extracting(Parameter::value, Parameter::constant)
                    .containsExactly(td[k - 1], true);
            assertThat(m.events().get(k - 1).assignments()).containsExactly(
                    new EventAssignment("N", killOf("chemo")),
                    new EventAssignment("doubling_days", ref("doubling_days_" + k)));
        }
        assertThat(modelParameter(c, "doubling_days").constant()).isFalse();
        assertThat(m.initialAssignments()).containsExactly(new InitialAssignment("doubling_days", ref("doubling_days_1"), new Origin("fig.yaml", 0)));
        assertThat(c.parameters()).extracting(ParameterValue::name).containsExactly(
                "doubling_days_1", "doubling_days_2", "doubling_days_3", "doubling_days_4", "doubling_days_5",
                "doubling_days_6", "doubling_days_7", "chemo_kill_fraction");
        assertThat(modelParameter(c, "doubling_days_2").provenance().min()).isEqualTo(0.0);
    }

    @Test
    void killDosesAreCountedAcrossTreatmentsInApplicationOrder() {
        String yaml = edit("""
                  - name: chemo
                    kill_fraction: 0.9
                    every_days: 21
                    cycles: 7
                """, """
                  - name: a
                    kill_fraction: 0.5
                    days: [21, 0]
                  - name: b
                    kill_fraction: 0.25
                    days: [0]
                """).replace("doubling_days: 10", "doubling_days: [30, 20, 10]");
        CompiledScenario c = ScenarioCompiler.compile(read(yaml), Map.of(), exponential());
        assertThat(c.model().events()).extracting(Event::id, e -> e.assignments().get(1)).containsExactly(
                tuple("a_dose_1", new EventAssignment("doubling_days", ref("doubling_days_1"))),
                tuple("b_dose_1", new EventAssignment("doubling_days", ref("doubling_days_2"))),
                tuple("a_dose_2", new EventAssignment("doubling_days", ref("doubling_days_3"))));
        assertThat(c.model().events().get(1).assignments().get(0)).isEqualTo(new EventAssignment("N", killOf("b")));
        assertThat(c.killFractions()).containsExactly(Map.entry("a", 0.5), Map.entry("b", 0.25));
    }

    @Test
    void scenarioParametersThenCommandLineOverridesApply() {
        Scenario s = read(FIG_3A + "parameters:\n  doubling_days: 20\n  chemo_kill_fraction: 0.8\n");
        CompiledScenario c = ScenarioCompiler.compile(s, Map.of("chemo_kill_fraction", 0.5), exponential());
        assertThat(c.parameters()).containsExactly(
                new ParameterValue("doubling_days", 20, "day", SetBy.SCENARIO_PARAMETERS),
                new ParameterValue("chemo_kill_fraction", 0.5, "dimensionless", SetBy.COMMAND_LINE));
        assertThat(modelParameter(c, "chemo_kill_fraction").value()).isEqualTo(0.5);
        assertThat(c.doseTable()).startsWith("""
                day  treatment  dose  kill fraction
                  0  chemo         1            0.5
                """);
        CompiledScenario untouched = ScenarioCompiler.compile(read(FIG_3A), Map.of(), exponential());
        assertThat(untouched.parameters()).extracting(ParameterValue::setBy).containsOnly(SetBy.SCENARIO);
    }

    @Test
    void modelFileDefaultsAreReportedAsSuch() {
        Model withExtra = exponential();
        List<Parameter> parameters = new ArrayList<>(withExtra.parameters());
        parameters.add(parameter("lag_days", 2, "day"));
        Model m = new Model(withExtra.id(), withExtra.units(), withExtra.compartments(), withExtra.species(), parameters,
                withExtra.initialAssignments(), withExtra.assignmentRules(), withExtra.rateRules(), withExtra.reactions(), withExtra.events());
        CompiledScenario c = ScenarioCompiler.compile(read(FIG_3A), Map.of(), m);
        assertThat(c.parameters()).contains(new ParameterValue("lag_days", 2, "day", SetBy.MODEL_FILE));
    }

    @Test
    void unknownParameterNamesAreErrorsListingTheClosestNames() {
        Scenario s = read(FIG_3A + "parameters:\n  dubling_days: 20\n");
        assertThatThrownBy(() -> ScenarioCompiler.compile(s, Map.of(), exponential()))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("fig.yaml: parameters.dubling_days: unknown model parameter (closest: doubling_days, chemo_kill_fraction)");
        assertThatThrownBy(() -> ScenarioCompiler.compile(read(FIG_3A), Map.of("chemo_kill", 0.5), exponential()))
                .hasMessage("--param: chemo_kill: unknown model parameter (closest: chemo_kill_fraction, doubling_days)");
        assertThatThrownBy(() -> ScenarioCompiler.compile(read(FIG_3A), Map.of("N", 5.0), exponential()))
                .hasMessage("--param: N: 'N' is a species, not a parameter");
        assertThatThrownBy(() -> ScenarioCompiler.compile(read(FIG_3A), Map.of("tumor_bed", 5.0), exponential()))
                .hasMessage("--param: tumor_bed: 'tumor_bed' is a compartment, not a parameter");
    }

    @Test
    void computedParametersCannotBeOverridden() {
        String gompertz = edit("    law: exponential\n    doubling_days: 10\n",
                "    law: gompertz\n    carrying_capacity: 1.0e12\n    doubling_days: 20\n");
        assertThatThrownBy(() -> ScenarioCompiler.compile(read(gompertz), Map.of("gompertz_rate", 0.1), gompertzDoubling()))
                .hasMessage("--param: gompertz_rate: is computed at t = 0 from doubling_days, carrying_capacity; override those instead");
        String list = edit("doubling_days: 10", "doubling_days: [10, 5]");
        assertThatThrownBy(() -> ScenarioCompiler.compile(read(list + "parameters:\n  doubling_days: 3\n"), Map.of(), exponential()))
                .hasMessage("fig.yaml: parameters.doubling_days: is computed at t = 0 from doubling_days_1; override that instead");
        CompiledScenario ok = ScenarioCompiler.compile(read(list), Map.of("doubling_days_2", 4.0), exponential());
        assertThat(modelParameter(ok, "doubling_days_2").value()).isEqualTo(4.0);
    }

    @Test
    void gompertzByDoublingTimeSetsCapacityAndDoublingTime() {
        String gompertz = edit("    law: exponential\n    doubling_days: 10\n",
                "    law: gompertz\n    carrying_capacity: 1.0e12\n    doubling_days: 20\n");
        CompiledScenario c = ScenarioCompiler.compile(read(gompertz), Map.of(), gompertzDoubling());
        assertThat(c.parameters()).extracting(ParameterValue::name, ParameterValue::value).containsExactly(
                tuple("carrying_capacity", 1e12), tuple("doubling_days", 20.0), tuple("chemo_kill_fraction", 0.9));
        assertThat(c.model().initialAssignments()).isEqualTo(gompertzDoubling().initialAssignments());
    }

    @Test
    void overridesMustRespectTheScenarioLimits() {
        assertThatThrownBy(() -> ScenarioCompiler.compile(read(FIG_3A), Map.of("chemo_kill_fraction", 1.5), exponential()))
                .hasMessage("--param: chemo_kill_fraction: must be in [0, 1) (got 1.5)");
        assertThatThrownBy(() -> ScenarioCompiler.compile(read(FIG_3A + "parameters:\n  doubling_days: -2\n"), Map.of(), exponential()))
                .hasMessage("fig.yaml: parameters.doubling_days: must be > 0 (got -2.0)");
        assertThatThrownBy(() -> ScenarioCompiler.compile(read(FIG_3A), Map.of("doubling_days", Double.NaN), exponential()))
                .hasMessage("--param: doubling_days: must be a finite number (got NaN)");
        String gompertz = edit("    law: exponential\n    doubling_days: 10\n",
                "    law: gompertz\n    carrying_capacity: 1.0e12\n    doubling_days: 20\n");
        assertThatThrownBy(() -> ScenarioCompiler.compile(read(gompertz), Map.of("carrying_capacity", 1e8), gompertzDoubling()))
                .hasMessage("--param: carrying_capacity: must be > tumor.cells (1.0E9) and <= 1e16 (got 1.0E8)");
    }

    @Test
    void dosesAfterTheHorizonAreSkippedAndUnusedDoublingTimesWarned() {
        String yaml = edit("days: 147", "days: 100").replace("doubling_days: 10", "doubling_days: [60, 40, 25, 15, 10, 7, 5]");
        CompiledScenario c = ScenarioCompiler.compile(read(yaml), Map.of(), exponential());
        assertThat(c.model().events()).extracting(Event::id).containsExactly(
                "chemo_dose_1", "chemo_dose_2", "chemo_dose_3", "chemo_dose_4", "chemo_dose_5");
        assertThat(c.skipped()).extracting(Dose::eventId).containsExactly("chemo_dose_6", "chemo_dose_7");
        assertThat(c.warnings()).containsExactly(
                "chemo: 2 doses after the horizon (day 100) skipped, on days 105, 126",
                "tumor.growth.doubling_days: values 6..7 are never used: the kill doses they follow fall after the horizon (day 100)");
        assertThat(c.doseTable()).endsWith("""
                 84  chemo         5            0.9
                105  chemo         6            0.9  skipped: after day 100
                126  chemo         7            0.9  skipped: after day 100
                """);
    }

    @Test
    void aGrowthModuleBreakingTheContractIsRefused() {
        Model m = exponential();
        Model noDoubling = new Model(m.id(), m.units(), m.compartments(), m.species(), List.of(), m.initialAssignments(),
                List.of(), m.rateRules(), m.reactions(), m.events());
        assertThatThrownBy(() -> ScenarioCompiler.compile(read(FIG_3A), Map.of(), noDoubling))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("must define observable tumor_cells")
                .hasMessageContaining("must declare parameter doubling_days");
    }

    @Test
    void scenarioIdsMayNotCollideWithTheGrowthModule() {
        Model m = exponential();
        List<Parameter> parameters = new ArrayList<>(m.parameters());
        parameters.add(parameter("chemo_kill_fraction", 0.1, null));
        Model clash = new Model(m.id(), m.units(), m.compartments(), m.species(), parameters, m.initialAssignments(),
                m.assignmentRules(), m.rateRules(), m.reactions(), m.events());
        assertThatThrownBy(() -> ScenarioCompiler.compile(read(FIG_3A), Map.of(), clash))
                .hasMessage("fig.yaml: treatments[0].name: needs model id 'chemo_kill_fraction', which the growth module already uses");
    }

    @Test
    void commandLineOverridesApplyInMapOrderAndTheLastWins() {
        Map<String, Double> cli = new LinkedHashMap<>();
        cli.put("doubling_days", 12.0);
        cli.put("chemo_kill_fraction", 0.7);
        CompiledScenario c = ScenarioCompiler.compile(read(FIG_3A + "parameters:\n  doubling_days: 20\n"), cli, exponential());
        assertThat(c.parameter("doubling_days")).isEqualTo(12.0);
        assertThat(c.parameter("chemo_kill_fraction")).isEqualTo(0.7);
        assertThatThrownBy(() -> c.parameter("gompertz_rate")).isInstanceOf(IllegalArgumentException.class);
    }
}
