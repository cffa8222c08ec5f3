package org.aftermath.kernel.antimony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.expr.ExprParser;
import org.aftermath.kernel.model.Compartment;
import org.aftermath.kernel.model.Domain;
import org.aftermath.kernel.model.EventAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.kernel.model.Origin;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.kernel.model.Species;
import org.aftermath.kernel.model.SpeciesRef;
import org.aftermath.kernel.model.UnitDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AntimonyReaderTest {

    private static Model read(String text) {
        return AntimonyReader.parse(text, "t.ant");
    }

    private static List<String> problems(String text) {
        try {
            read(text);
        } catch (ModelException e) {
            return e.problems().stream().map(ModelException.Problem::toString).toList();
        }
        throw new AssertionError("expected a ModelException for:\n" + text);
    }

    private static Expr e(String text) {
        return ExprParser.parse(text);
    }

    // ------------------------------------------------------------------ structure

    @Test
    void modelWrapperNamesTheModel() {
        assertThat(read("model tumour()\n  k = 1\nend\n").id()).isEqualTo("tumour");
        assertThat(read("model *main()\n  k = 1\nend").id()).isEqualTo("main");
        assertThat(read("model plain\n  k = 1\nend").id()).isEqualTo("plain");
    }

    @Test
    void withoutWrapperTheIdComesFromTheFileName() {
        assertThat(AntimonyReader.parse("k = 1", "models/tumour-growth.v2.ant").id()).isEqualTo("tumour_growth_v2");
        assertThat(AntimonyReader.parse("k = 1", "C:\\m\\3cells.txt").id()).isEqualTo("_3cells");
    }

    @Test
    void commentsAndSeparators() {
        Model m = read("""
                /* a block comment
                   over lines */
                a = 1; b = 2   // line comment
                # hash comment
                c = 3;;
                """);
        assertThat(m.parameters()).extracting(Parameter::id).containsExactly("a", "b", "c");
        assertThat(m.parameters().get(1).origin()).isEqualTo(new Origin("t.ant", 3));
    }

    // ------------------------------------------------------------------ declarations

    @Test
    void compartmentsAndSpecies() {
        Model m = read("""
                compartment C = 1.5
                species N in C = 1e9
                species S
                S in C
                S = 20
                species T
                T = 2*N
                """);
        assertThat(m.compartments()).containsExactly(
                new Compartment("default_compartment", 1, null, new Origin("t.ant", 0)),
                new Compartment("C", 1.5, null, new Origin("t.ant", 1)));
        assertThat(m.species()).containsExactly(
                new Species("N", "C", 1e9, null, false, false, new Origin("t.ant", 2)),
                new Species("S", "C", 20, null, false, false, new Origin("t.ant", 3)),
                new Species("T", "default_compartment", Double.NaN, null, false, false, new Origin("t.ant", 6)));
        assertThat(m.initialAssignments()).singleElement()
                .satisfies(ia -> assertThat(ia.variable()).isEqualTo("T"))
                .satisfies(ia -> assertThat(ia.math()).isEqualTo(e("2*N")));
    }

    @Test
    void noDefaultCompartmentWhenEverySpeciesHasOne() {
        Model m = read("compartment C = 2\nspecies N in C = 1\n");
        assertThat(m.compartments()).extracting(Compartment::id).containsExactly("C");
    }

    @Test
    void parametersValuesAndNegativeLiterals() {
        Model m = read("k = 0.3\nd = -2\nh = -(2)\ng = ln(2)/10\n");
        assertThat(m.parameters()).extracting(Parameter::id, Parameter::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("k", 0.3), org.assertj.core.groups.Tuple.tuple("d", -2.0),
                        org.assertj.core.groups.Tuple.tuple("h", Double.NaN), org.assertj.core.groups.Tuple.tuple("g", Double.NaN));
        assertThat(m.initialAssignments()).extracting(ia -> ia.variable()).containsExactly("h", "g");
        assertThat(m.parameters()).allMatch(Parameter::constant).allMatch(p -> p.provenance().equals(Provenance.NONE));
    }

    @Test
    void constancyIsInferredFromEventsAndRateRules() {
        Model m = read("""
                species S = 1; S' = 0
                a = 1; b = 2; c = 3; d = 4
                c' = -c
                const d
                var e
                E: at time >= 1: a = 2
                """);
        assertThat(m.parameters()).extracting(Parameter::id, Parameter::constant).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", false), org.assertj.core.groups.Tuple.tuple("b", true),
                org.assertj.core.groups.Tuple.tuple("c", false), org.assertj.core.groups.Tuple.tuple("d", true),
                org.assertj.core.groups.Tuple.tuple("e", false));
    }

    @Test
    void boundarySpeciesFromDollarOrConst() {
        Model m = read("""
                $X -> Y; k*X
                const Z; Z -> Y; k*Z
                species $W = 3
                E: at time >= 1: W = 2
                X = 1; Y = 0; Z = 5; k = 1
                """);
        assertThat(m.species()).extracting(Species::id, Species::boundary, Species::constant).containsExactly(
                org.assertj.core.groups.Tuple.tuple("X", true, true), org.assertj.core.groups.Tuple.tuple("Y", false, false),
                org.assertj.core.groups.Tuple.tuple("Z", true, true), org.assertj.core.groups.Tuple.tuple("W", true, false));
    }

    @Test
    void unitsWithPredefinedDayAndHour() {
        Model m = read("""
                unit per_day = 1 / day
                unit conc = 1e-6 mole / litre
                unit weird = 1000 grams * meters^2 / seconds^-3
                k = 0.1; k has per_day
                t_half = 3; t_half has hour
                species N = 1; N has item
                compartment C = 2; C has litre
                """);
        assertThat(m.units()).containsExactly(
                new UnitDefinition("day", "86400 second"),
                new UnitDefinition("hour", "3600 second"),
                new UnitDefinition("per_day", "1 / day"),
                new UnitDefinition("conc", "1e-6 mole / litre"),
                new UnitDefinition("weird", "1000 grams * meters^2 / seconds^-3"));
        assertThat(m.parameter("k").orElseThrow().unit()).isEqualTo("per_day");
        assertThat(m.species("N").orElseThrow().unit()).isEqualTo("item");
        assertThat(m.compartment("C").orElseThrow().unit()).isEqualTo("litre");
    }

    @Test
    void definedDayIsNotPredefinedAgain() {
        Model m = read("unit day = 86400 second\nunit per_day = 1 / day\nk = 1; k has per_day\n");
        assertThat(m.units()).extracting(UnitDefinition::id).containsExactly("day", "per_day");
    }

    // ------------------------------------------------------------------ reactions, rules, events

    @Test
    void reactionsOfEveryShape() {
        Model m = read("""
                J1: A -> B; k1*A
                2 A + B -> C; k2*A^2*B;
                -> N; g*N
                N -> ; d*N
                X => Y; k3
                """);
        assertThat(m.reactions()).extracting(r -> r.id()).containsExactly("J1", "_J0", "_J1", "_J2", "_J3");
        assertThat(m.reactions().get(1).reactants()).containsExactly(new SpeciesRef("A", 2), new SpeciesRef("B", 1));
        assertThat(m.reactions().get(1).products()).containsExactly(new SpeciesRef("C", 1));
        assertThat(m.reactions().get(2).reactants()).isEmpty();
        assertThat(m.reactions().get(3).products()).isEmpty();
        assertThat(m.reactions().get(0).rate()).isEqualTo(e("k1*A"));
        assertThat(m.species()).extracting(Species::id).containsExactly("A", "B", "C", "N", "X", "Y");
        assertThat(m.parameters()).isEmpty();
    }

    @Test
    void generatedIdsSkipExplicitOnes() {
        Model m = read("_J0: A -> B; k\nB -> A; k\nat time >= 1: k = 2\n_E0: at time >= 2: k = 3\n");
        assertThat(m.reactions()).extracting(r -> r.id()).containsExactly("_J0", "_J1");
        assertThat(m.events()).extracting(ev -> ev.id()).containsExactly("_E1", "_E0");
    }

    @Test
    void rules() {
        Model m = read("""
                species S = 1
                tumour := S + 2*k
                S' = -k*S
                k = 0.1
                """);
        assertThat(m.assignmentRules()).singleElement().satisfies(r -> {
            assertThat(r.variable()).isEqualTo("tumour");
            assertThat(r.math()).isEqualTo(e("S + 2*k"));
            assertThat(r.origin()).isEqualTo(new Origin("t.ant", 2));
        });
        assertThat(m.rateRules()).singleElement().satisfies(r -> assertThat(r.math()).isEqualTo(e("-k*S")));
        assertThat(m.parameters()).extracting(Parameter::id).containsExactly("k");
    }

    @Test
    void events() {
        Model m = read("""
                E1: at time >= 21: N = N * 0.1, g = 0.07;
                at (time >= 30): d = 1
                at time > 40:
                    d = 2,
                    g = 3
                """);
        assertThat(m.events()).extracting(ev -> ev.id()).containsExactly("E1", "_E0", "_E1");
        assertThat(m.events().get(0).trigger()).isEqualTo(e("time >= 21"));
        assertThat(m.events().get(0).assignments()).containsExactly(
                new EventAssignment("N", e("N*0.1")), new EventAssignment("g", e("0.07")));
        assertThat(m.events().get(2).assignments()).hasSize(2);
        assertThat(m.events().get(2).origin().line()).isEqualTo(3);
    }

    @Test
    void anyTriggerExpressionParses() {
        Model m = read("at (x > 5 && time > 2) || !y: z = 1");
        assertThat(m.events().get(0).trigger()).isEqualTo(e("(x > 5 && time > 2) || !y"));
    }

    @Test
    void hillDefinitionsAsTheWriterPrintsThemAreAccepted() {
        Model m = read(HillDefinitions.definition("hill") + HillDefinitions.definition("hillr")
                + "model m()\n  A -> B; hill(A, 1, 2)*hillr(B, 1, 2)\nend\n");
        assertThat(m.reactions()).hasSize(1);
    }

    // ------------------------------------------------------------------ provenance

    @Test
    void provenanceComment() {
        Model m = read("""
                unit per_day = 1 / day
                k_growth = 0.0693; k_growth has per_day  //@ source: Kim & Tannock 2005 | range: 0.01 .. 0.5 | note: free text
                k2 = 2*k_growth //@ source: assumed
                k3 = 1 //@ range: 0 ..
                const k4 //@ note: only a note | range: .. 1e-3
                k5 = 5 // an ordinary comment: source: nothing
                """);
        assertThat(m.parameter("k_growth").orElseThrow().provenance())
                .isEqualTo(new Provenance("Kim & Tannock 2005", 0.01, 0.5, "free text"));
        assertThat(m.parameter("k2").orElseThrow().provenance()).isEqualTo(new Provenance("assumed", null, null, null));
        assertThat(m.parameter("k2").orElseThrow().provenance().assumed()).isTrue();
        assertThat(m.parameter("k3").orElseThrow().provenance()).isEqualTo(new Provenance(null, 0.0, null, null));
        assertThat(m.parameter("k4").orElseThrow().provenance()).isEqualTo(new Provenance(null, null, 1e-3, "only a note"));
        assertThat(m.parameter("k5").orElseThrow().provenance()).isEqualTo(Provenance.NONE);
    }

    @Test
    void aDomainIsAnIntervalAndDefaultsToNonNegativeForADimensionalUnit() {
        Model m = AntimonyReader.parse("""
                unit per_day = 1 / day
                a = 0.5  //@ source: assumed | range: 0.1 .. 0.9 | domain: [0, 1) | note: a fraction
                b = 2; b has per_day  //@ source: assumed
                c = -3  //@ domain: (-inf, inf)
                d = 4  //@ source: assumed
                e = 5; e has per_day  //@ domain: (0, 1e3]
                """, "t.ant");
        Domain a = m.parameter("a").orElseThrow().provenance().domain();
        assertThat(a).isEqualTo(new Domain(0, false, 1, true));
        assertThat(a.contains(0)).isTrue();
        assertThat(a.contains(1)).isFalse();
        assertThat(a.contains(Double.NaN)).isFalse();
        assertThat(m.domain(m.parameter("a").orElseThrow())).hasValue(a);
        assertThat(m.domain(m.parameter("b").orElseThrow())).hasValue(Domain.NON_NEGATIVE);
        assertThat(m.domain(m.parameter("c").orElseThrow())).hasValue(Domain.REAL);
        assertThat(m.domain(m.parameter("d").orElseThrow())).isEmpty();
        Domain e = m.domain(m.parameter("e").orElseThrow()).orElseThrow();
        assertThat(e.toString()).isEqualTo("(0, 1000]");
        assertThat(e.contains(1000)).isTrue();
        assertThat(e.contains(0)).isFalse();
        assertThat(Domain.POSITIVE.holdsSupport(0, 5)).as("an open end is reached with probability 0").isTrue();
        assertThat(Domain.POSITIVE.holdsSupport(-1, 5)).isFalse();
        assertThat(AntimonyReader.parse(AntimonyWriter.write(m), "back.ant").parameter("a").orElseThrow().provenance())
                .isEqualTo(m.parameter("a").orElseThrow().provenance());
    }

    @Test
    void aDomainCommentOnASpeciesLineMarksEverySpeciesDeclaredThereAndSurvivesExport() {
        Model m = AntimonyReader.parse("""
                species A = 1; species B = 0  //@ domain: [0, inf)
                species C = 2
                A -> B; A
                """, "t.ant");
        assertThat(m.species("A").orElseThrow().domain()).isEqualTo(Domain.NON_NEGATIVE);
        assertThat(m.species("B").orElseThrow().domain()).isEqualTo(Domain.NON_NEGATIVE);
        assertThat(m.species("C").orElseThrow().domain()).isNull();
        Model back = AntimonyReader.parse(AntimonyWriter.write(m), "back.ant");
        assertThat(back.species()).extracting(Species::domain).containsExactly(Domain.NON_NEGATIVE, Domain.NON_NEGATIVE, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ==> ", value = {
        "k = 1 //@ source Kim ==> t.ant:1: malformed provenance comment: provenance field 'source Kim' has no 'key:'",
        "k = 1 //@ author: Kim ==> t.ant:1: malformed provenance comment: unknown provenance key 'author' (expected source, range, domain, note)",
        "k = 1 //@ range: 0.5 .. 0.1 ==> t.ant:1: malformed provenance comment: range '0.5 .. 0.1' has its lower bound above its upper bound",
        "k = 1 //@ range: low .. 2 ==> t.ant:1: malformed provenance comment: range 'low .. 2' has 'low', which is not a number",
        "k = 1 //@ range: 0.1 - 0.5 ==> t.ant:1: malformed provenance comment: range '0.1 - 0.5' is not 'lo .. hi'",
        "k = 1 //@ source: a | source: b ==> t.ant:1: malformed provenance comment: provenance key 'source' is given twice",
        "k = 1 //@ domain: >= 0 ==> t.ant:1: malformed provenance comment: domain '>= 0' is not an interval such as [0, inf)",
        "k = 1 //@ domain: [0, inf] ==> t.ant:1: malformed provenance comment: an infinite end of a domain is open",
        "k = 1 //@ domain: (1, 1) ==> t.ant:1: malformed provenance comment: the domain (1, 1) is empty",
        "k = 1 //@ range: -1 .. 2 | domain: [0, inf) ==> t.ant:1: malformed provenance comment: range '-1 .. 2' reaches outside the domain [0, inf)",
        "k = 1 //@ note:   ==> t.ant:1: malformed provenance comment: provenance key 'note' has an empty value",
        "k = 1 //@ ==> t.ant:1: malformed provenance comment: empty provenance comment",
        "x := 2 //@ source: a ==> t.ant:1: provenance comment is not on the line of a parameter's value assignment",
        "species S = 1 //@ source: a ==> t.ant:1: a comment on a species declaration gives only the domain its amount keeps",
        "species S = 1 //@ domain: [0, inf) | note: n ==> t.ant:1: a comment on a species declaration gives only the domain",
        "species S = 1; k = 2 //@ domain: [0, inf) ==> t.ant:1: provenance comment is on a line that assigns several names [S, k]",
        "a = 1; b = 2 //@ source: a ==> t.ant:1: provenance comment is on a line that assigns several names [a, b]",
    })
    void malformedOrMisplacedProvenanceNamesFileAndLine(String text, String message) {
        assertThat(problems(text)).singleElement().asString().startsWith(message);
    }

    // ------------------------------------------------------------------ errors

    @Test
    void syntaxErrorsAreAllCollectedWithLines() {
        List<String> p = problems("""
                k = 1 +
                A -> B; k*A
                y = (3
                J: A -> B
                z = 2 # fine
                w = 1 | 2
                """);
        assertThat(p).containsExactly(
                "t.ant:1: column 8: unexpected end of line",
                "t.ant:3: column 7: unexpected end of line (expected ')')",
                "t.ant:4: column 10: unexpected end of line (expected ';')",
                "t.ant:6: column 7: unexpected character '|' (the logical operators are && and ||)");
    }

    @Test
    void syntaxErrorsInsideAModelBlock() {
        assertThat(problems("model m()\n  k = 1\n  k2 = * 2\nend\n"))
                .containsExactly("t.ant:3: column 8: unexpected '*'");
        assertThat(problems("model m()\n  k = 1\n")).singleElement().asString().startsWith("t.ant:3: column 1: unexpected end of file");
    }

    @Test
    void statementErrorsAreAllCollected() {
        List<String> p = problems("""
                a = sine(1)
                b = hill(a, 1)
                c = 1; c = 2
                J: A -> B;
                time = 3
                """);
        assertThat(p).hasSize(5);
        assertThat(p.get(0)).startsWith("t.ant:1: unknown function 'sine'");
        assertThat(p.get(1)).isEqualTo("t.ant:2: function 'hill' takes 3 arguments, got 2");
        assertThat(p.get(2)).isEqualTo("t.ant:3: 'c' is given a value twice (also at t.ant:3)");
        assertThat(p.get(3)).startsWith("t.ant:4: reaction 'J' has no rate law");
        assertThat(p.get(4)).startsWith("t.ant:5: 'time' is reserved");
    }

    @Test
    void reactionWithoutRateAndReservedTime() {
        assertThat(problems("J: A -> B;\ntime = 3\n")).containsExactly(
                "t.ant:1: reaction 'J' has no rate law; write it after the ';', e.g. A -> B; k*A",
                "t.ant:2: 'time' is reserved for the model time and cannot be declared or assigned");
    }

    @Test
    void kindConflicts() {
        assertThat(problems("compartment C = 1\nC -> D; 1\n")).containsExactly(
                "t.ant:1: 'C' is used both as a compartment and as a species");
        assertThat(problems("x := 2*k\nx = 3\nk = 1\n")).containsExactly(
                "t.ant:2: 'x' has an assignment rule (at t.ant:1) and is also given a value");
        assertThat(problems("J1: A -> B; 1\nJ1 = 3\n")).containsExactly(
                "t.ant:1: reaction id 'J1' is also the name of a model variable");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "import \"other.ant\"; t.ant:1: imports ('import \"other.ant\"') are not supported by Aftermath's Antimony subset",
        "function f(x)\\n  x^2\\nend; t.ant:1: function definitions ('function f') are not supported by Aftermath's Antimony subset",
        "A: side_reaction(S, k); t.ant:1: 'side_reaction(...)' as a statement instantiates a submodule; submodules are not supported",
        "model a()\\nend\\nmodel b()\\nend; t.ant:3: a second model ('b'): several models in one file (modules) are not supported",
        "x = A.S + 1; t.ant:1: 'A.S': dotted names (elements of submodules) are not supported",
        "A.S = 1; t.ant:1: column 1: 'A.S': dotted names (elements of submodules) are not supported",
        "E1: at 2 after (x > 5): y = 3; t.ant:1: event delays ('at delay after trigger') are not supported",
        "E1: at (x > 5), priority = 1: y = 3; t.ant:1: event attribute 'priority' (priority, t0, persistent, fromTrigger) is not supported",
        "E1: at (x > 5), t0 = false: y = 3; t.ant:1: event attribute 't0'",
        "E1: at (x > 5), persistent = false: y = 3; t.ant:1: event attribute 'persistent'",
        "y := delay(x, 2); t.ant:1: delay(...) is not supported",
        "k = normal(0, 1); t.ant:1: stochastic constructs ('normal') are not supported",
        "k = uniform(0, 1); t.ant:1: stochastic constructs ('uniform') are not supported",
        "S2 -| J0; t.ant:1: interactions ('-|', '-o', '-(') are not supported",
        "i1: S3 -o J0; t.ant:1: interactions ('-|', '-o', '-(') are not supported",
        "S4 -( J0; t.ant:1: interactions ('-|', '-o', '-(') are not supported",
        "--P1--G1--; t.ant:1: DNA strands ('--') are not supported",
        "dna1: P1--G1; t.ant:1: DNA strands ('--') are not supported",
        "S is \"Ethyl alcohol\"; t.ant:1: 'is' (synonyms and display names) is not supported",
        "A is B; t.ant:1: 'is' (synonyms and display names) is not supported",
        "compartment c1 in c2; t.ant:1: compartment 'c1' is placed in 'c2'; nested compartments are not supported",
    })
    void unsupportedConstructsSaySo(String text, String message) {
        assertThat(problems(text.replace("\\n", "\n"))).first().asString().startsWith(message);
    }

    @Test
    void problemsNeverLeakAntlrOrStderr() {
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured));
        try {
            assertThat(problems("k = = 2\n@@@\nmodel\n")).isNotEmpty().allMatch(s -> s.startsWith("t.ant:"));
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString()).isEmpty();
    }
}
