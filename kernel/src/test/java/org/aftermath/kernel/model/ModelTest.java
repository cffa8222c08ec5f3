package org.aftermath.kernel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.expr.Expr;
import org.junit.jupiter.api.Test;

class ModelTest {

    private static final Model TUMOUR = AntimonyReader.parse("""
            model tumour()
              unit per_day = 1 / day
              species N = 1e9
              -> N; g*N
              g = 0.0693; g has per_day
              td = ln(2)/g
              cells := N
              E1: at time >= 21: N = N*0.1
            end
            """, "tumour.ant");

    private static final Model THERAPY = AntimonyReader.parse("""
            model therapy()
              unit per_day = 1 / day
              species N
              N -> ; kill*N*D
              species D = 0
              D -> ; clearance*D
              kill = 0.5; clearance = 2
              E2: at time >= 7: D = 1
            end
            """, "therapy.ant");

    @Test
    void lookupsById() {
        assertThat(TUMOUR.parameter("g")).map(Parameter::value).contains(0.0693);
        assertThat(TUMOUR.parameter("N")).isEmpty();
        assertThat(TUMOUR.species("N")).map(Species::initialAmount).contains(1e9);
        assertThat(TUMOUR.compartment(Model.DEFAULT_COMPARTMENT)).map(Compartment::size).contains(1.0);
        assertThat(TUMOUR.reaction("_J0")).isPresent();
        assertThat(TUMOUR.event("E1")).isPresent();
        assertThat(TUMOUR.unit("per_day")).map(UnitDefinition::definition).contains("1 / day");
        assertThat(TUMOUR.assignmentRule("cells")).isPresent();
        assertThat(TUMOUR.rateRule("N")).isEmpty();
        assertThat(TUMOUR.initialAssignment("td")).isPresent();
        assertThat(Model.empty("x").parameters()).isEmpty();
    }

    @Test
    void bindingReplacesAPortParameterByARule() {
        Model m = AntimonyReader.parse("""
                species N = 100
                boost = 1
                drive = 3
                -> N; 0.1 * boost * N
                """, "port.ant");
        Model bound = m.withParameterBound("boost", Expr.bin(Expr.BinaryOp.ADD, Expr.num(1), Expr.ref("drive")),
                Origin.BUILT_IN);
        assertThat(bound.parameter("boost")).isEmpty();
        assertThat(bound.assignmentRule("boost")).isPresent();
        var cm = org.aftermath.kernel.compile.ModelCompiler.compile(bound);
        double[] p = cm.defaultParameters();
        double[] y = new double[1];
        cm.initialize(p, y);
        double[] dy = new double[1];
        cm.system(p).derivatives(0, y, dy);
        assertThat(dy[0]).isEqualTo(0.1 * 4 * 100);
        assertThatThrownBy(() -> m.withParameterBound("nope", Expr.num(1), Origin.BUILT_IN))
                .hasMessageContaining("no parameter 'nope'");
        Model assigned = AntimonyReader.parse("species N = 1\nk = 1\n-> N; k\nat time >= 1: k = 2\n", "a.ant");
        assertThatThrownBy(() -> assigned.withParameterBound("k", Expr.num(1), Origin.BUILT_IN))
                .hasMessageContaining("cannot be bound");
    }

    @Test
    void withParameterValueOverridesAndDropsTheInitialAssignment() {
        Model m = TUMOUR.withParameterValue("g", 0.1).withParameterValue("td", 7);
        assertThat(m.parameter("g")).map(Parameter::value).contains(0.1);
        assertThat(m.parameter("td")).map(Parameter::value).contains(7.0);
        assertThat(m.initialAssignment("td")).isEmpty();
        assertThat(TUMOUR.initialAssignment("td")).isPresent();
        assertThat(m.parameter("g").orElseThrow().unit()).isEqualTo("per_day");
        assertThatThrownBy(() -> TUMOUR.withParameterValue("N", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model tumour has no parameter 'N'");
    }

    @Test
    void withEventsAppends() {
        Event extra = new Event("E9", Expr.bin(Expr.BinaryOp.GE, Expr.ref("time"), Expr.num(40)),
                List.of(new EventAssignment("N", Expr.num(1))), Origin.BUILT_IN);
        Model m = TUMOUR.withEvents(List.of(extra));
        assertThat(m.events()).extracting(Event::id).containsExactly("E1", "E9");
        assertThat(TUMOUR.events()).hasSize(1);
    }

    @Test
    void mergeCombinesModulesAndUnifiesSharedSpecies() {
        Model m = TUMOUR.merge(THERAPY);
        assertThat(m.id()).isEqualTo("tumour");
        assertThat(m.units()).extracting(UnitDefinition::id).containsExactly("day", "per_day");
        assertThat(m.compartments()).extracting(Compartment::id).containsExactly(Model.DEFAULT_COMPARTMENT);
        assertThat(m.species()).extracting(Species::id).containsExactly("N", "D");
        assertThat(m.species("N")).map(Species::initialAmount).contains(1e9);
        assertThat(m.species("N").orElseThrow().origin()).isEqualTo(new Origin("tumour.ant", 3));
        assertThat(m.parameters()).extracting(Parameter::id).containsExactly("g", "td", "kill", "clearance");
        assertThat(m.reactions()).extracting(Reaction::id).containsExactly("_J0", "_J1", "_J2");
        assertThat(m.events()).extracting(Event::id).containsExactly("E1", "E2");
    }

    @Test
    void mergeRejectsDuplicatesNamingBothOrigins() {
        Model other = AntimonyReader.parse("g = 0.2\nspecies N = 5\nE1: at time >= 3: g = 1\n", "other.ant");
        assertThatThrownBy(() -> TUMOUR.merge(other))
                .isInstanceOf(ModelException.class)
                .satisfies(e -> assertThat(((ModelException) e).problems()).extracting(Object::toString).containsExactly(
                        "other.ant:2: duplicate id 'N' (also defined at tumour.ant:3)",
                        "other.ant:1: duplicate id 'g' (also defined at tumour.ant:5)",
                        "other.ant:3: duplicate id 'E1' (also defined at tumour.ant:8)"));
    }

    @Test
    void mergeRejectsConflictingDefinitions() {
        Model units = AntimonyReader.parse("unit per_day = 2 / day\nk = 1; k has per_day\n", "u.ant");
        assertThatThrownBy(() -> TUMOUR.merge(units)).isInstanceOf(ModelException.class)
                .hasMessageContaining("unit 'per_day' is defined as '1 / day' in tumour and as '2 / day' in u");
        Model asParameter = AntimonyReader.parse("cells = 3\n", "c.ant");
        assertThatThrownBy(() -> TUMOUR.merge(asParameter).merge(asParameter)).isInstanceOf(ModelException.class)
                .hasMessageContaining("duplicate id 'cells'");
        Model boundary = AntimonyReader.parse("$N -> X; 1\n", "b.ant");
        assertThatThrownBy(() -> TUMOUR.merge(boundary)).isInstanceOf(ModelException.class)
                .hasMessageContaining("b.ant:1: duplicate id 'N' (also defined at tumour.ant:3)");
        Model rules = AntimonyReader.parse("cells := 2*N\n", "r.ant");
        assertThatThrownBy(() -> TUMOUR.merge(rules)).isInstanceOf(ModelException.class)
                .hasMessageContaining("r.ant:1: duplicate id 'cells' (also defined at tumour.ant:7)");
    }

    @Test
    void mergeRenumbersGeneratedIdsOnly() {
        Model a = AntimonyReader.parse("A -> B; 1\nat time >= 1: k = 1\nk = 0\n", "a.ant");
        Model b = AntimonyReader.parse("C -> D; 1\nat time >= 2: j = 1\nj = 0\n", "b.ant");
        Model m = a.merge(b);
        assertThat(m.reactions()).extracting(Reaction::id).containsExactly("_J0", "_J1");
        assertThat(m.events()).extracting(Event::id).containsExactly("_E0", "_E1");
        Model named = AntimonyReader.parse("J: C -> D; 1\n", "n.ant");
        assertThatThrownBy(() -> named.merge(named)).isInstanceOf(ModelException.class)
                .hasMessageContaining("duplicate id 'J'");
    }
}
