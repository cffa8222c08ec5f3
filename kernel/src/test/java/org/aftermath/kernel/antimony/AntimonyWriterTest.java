package org.aftermath.kernel.antimony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aftermath.kernel.compile.RandomModels;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.AssignmentRule;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.Event;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.kernel.model.RateRule;
import org.aftermath.kernel.model.Reaction;
import org.aftermath.kernel.model.Species;
import org.aftermath.kernel.model.UnitDefinition;
import org.junit.jupiter.api.Test;

class AntimonyWriterTest {

    static final String EVERYTHING = """
            // every construct of the subset
            function hill(x, K, n)
              piecewise(0, x <= 0, x^n/(K^n + x^n))
            end

            model *tumour()
              unit per_day = 1 / day
              unit cells = 1 item
              compartment C = 1.5; C has litre
              compartment V = 2*C
              species N in C = 1e9; N has cells
              species $Drug in V = 0
              species Q
              Q = N/10
              const Fixed; Fixed = 3
              k_growth = 0.0693; k_growth has per_day  //@ source: Kim & Tannock 2005 | range: 0.01 .. 0.5 | note: free text
              k_death = ln(2)/20 //@ source: assumed
              d = -2
              var pulse
              pulse = 0
              total := N + Q
              ratio := total/(1 + Fixed)
              Q' = -k_death*Q + pulse
              J_growth: -> N; k_growth*N*hill(Fixed, 1, 2)
              N -> ; k_death*N
              2 N + Fixed -> Q; 1e-12*N^2*piecewise(1, time < 10 && Drug >= 0, 0.5)
              E1: at time >= 21: N = N*0.1, pulse = -(1)
              at 30 <= time: Drug = 5, pulse = 0
            end
            """;

    @Test
    void roundTripGivesAnEqualModel() {
        Model first = AntimonyReader.parse(EVERYTHING, "a.ant");
        String text = AntimonyWriter.write(first);
        Model second = AntimonyReader.parse(text, "b.ant");
        assertThat(withoutOrigins(second)).isEqualTo(withoutOrigins(first));
        assertThat(AntimonyWriter.write(second)).isEqualTo(text);
    }

    @Test
    void printsEachConstructAsValidAntimony() {
        String text = AntimonyWriter.write(AntimonyReader.parse(EVERYTHING, "a.ant"));
        assertThat(text).contains(
                "function hill(x, K, n)\n  piecewise(0, x <= 0, x^n/(K^n + x^n))\nend\n",
                "model tumour()\n",
                "  unit day = 86400 second\n  unit per_day = 1 / day\n  unit cells = 1 item\n",
                "  compartment C = 1.5; C has litre\n",
                "  compartment V = 2*C\n",
                "  substanceOnly species N in C = 1e9; N has cells\n",
                "  substanceOnly species $Drug in V = 0\n",
                "  substanceOnly species Q = N/10\n",
                "  substanceOnly species $Fixed = 3\n",
                "  k_growth = 0.0693; k_growth has per_day  //@ source: Kim & Tannock 2005 | range: 0.01 .. 0.5 | note: free text\n",
                "  k_death = ln(2)/20  //@ source: assumed\n",
                "  d = -2\n",
                "  pulse = 0\n",
                "  total := N + Q\n",
                "  Q' = -k_death*Q + pulse\n",
                "  J_growth: -> N; k_growth*N*hill(Fixed, 1, 2)\n",
                "  _J0: N ->; k_death*N\n",
                "  _J1: 2 N + Fixed -> Q; 1e-12*N^2*piecewise(1, time < 10 && Drug >= 0, 0.5)\n",
                "  E1: at time >= 21: N = N*0.1, pulse = -(1)\n",
                "  _E0: at 30 <= time: Drug = 5, pulse = 0\n");
        assertThat(text).doesNotContain("hillr").endsWith("end\n");
    }

    @Test
    void declaresWhatInferenceWouldGetWrong() {
        Origin o = Origin.BUILT_IN;
        Model m = new Model("m", List.of(), List.of(new Compartment("C", 1, "day", o)),
                List.of(new Species("S", "C", 1, null, false, false, o)),
                List.of(new Parameter("k", 1, "hour", false, Provenance.NONE, o),
                        new Parameter("unset", Double.NaN, null, true, Provenance.NONE, o)),
                List.of(), List.of(), List.of(), List.of(), List.of());
        String text = AntimonyWriter.write(m);
        assertThat(text).contains("unit day = 86400 second", "unit hour = 3600 second", "k = 1; var k; k has hour",
                "const unset");
        Model withUnits = new Model("m", List.of(new UnitDefinition("day", "86400 second"),
                new UnitDefinition("hour", "3600 second")), m.compartments(), m.species(), m.parameters(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(withoutOrigins(AntimonyReader.parse(text, "m.ant"))).isEqualTo(withoutOrigins(withUnits));
    }

    @Test
    void randomModelsPrintToAFixedPoint() {
        for (long seed = 1; seed <= 40; seed++) {
            Model m = RandomModels.model(seed, seed % 2 == 0);
            String text = AntimonyWriter.write(m);
            Model back = AntimonyReader.parse(text, "r.ant");
            assertThat(AntimonyWriter.write(back)).as("seed %d:\n%s", seed, text).isEqualTo(text);
            assertThat(back.reactions()).extracting(Reaction::rate)
                    .containsExactlyElementsOf(m.reactions().stream().map(Reaction::rate).toList());
            assertThat(back.events()).extracting(Event::trigger)
                    .containsExactlyElementsOf(m.events().stream().map(Event::trigger).toList());
        }
    }

    @Test
    void rejectsWhatAntimonyCannotSay() {
        Origin o = Origin.BUILT_IN;
        Model badId = Model.empty("m").withEvents(List.of(new Event("in", Expr.ref("time"), List.of(), o)));
        assertThatThrownBy(() -> AntimonyWriter.write(badId)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'in' is not an Antimony identifier");
        Model pipe = new Model("m", List.of(), List.of(), List.of(),
                List.of(new Parameter("k", 1, null, true, new Provenance("A | B", null, null, null), o)),
                List.of(), List.of(), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> AntimonyWriter.write(pipe)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contains '|'");
        Model nan = new Model("m", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new AssignmentRule("x", Expr.num(Double.NaN), o)), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> AntimonyWriter.write(nan)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The model with every origin replaced, for comparisons "modulo origin". */
    static Model withoutOrigins(Model m) {
        Origin o = Origin.BUILT_IN;
        return new Model(m.id(), m.units(),
                m.compartments().stream().map(c -> new Compartment(c.id(), c.size(), c.unit(), o)).toList(),
                m.species().stream().map(s -> new Species(s.id(), s.compartment(), s.initialAmount(), s.unit(),
                        s.boundary(), s.constant(), o)).toList(),
                m.parameters().stream().map(p -> new Parameter(p.id(), p.value(), p.unit(), p.constant(),
                        p.provenance(), o)).toList(),
                m.initialAssignments().stream().map(a -> new InitialAssignment(a.variable(), a.math(), o)).toList(),
                m.assignmentRules().stream().map(a -> new AssignmentRule(a.variable(), a.math(), o)).toList(),
                m.rateRules().stream().map(a -> new RateRule(a.variable(), a.math(), o)).toList(),
                m.reactions().stream().map(r -> new Reaction(r.id(), r.reactants(), r.products(), r.rate(), o)).toList(),
                m.events().stream().map(e -> new Event(e.id(), e.trigger(), e.assignments(), o)).toList());
    }
}
