package org.aftermath.tmen.therapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.expr.Expr;
import org.aftermath.kernel.model.Model;
import org.junit.jupiter.api.Test;

class ModelIdsTest {

    @Test
    void namesBecomeIdentifiersByTheDocumentedRule() {
        assertThat(ModelIds.of("doxorubicin")).isEqualTo("doxorubicin");
        assertThat(ModelIds.of("anti-wnt16b")).isEqualTo("anti_wnt16b");
        assertThat(ModelIds.of("5-fluorouracil")).isEqualTo("fluorouracil_5");
        assertThat(ModelIds.of("3-aminobenzamide")).isEqualTo("aminobenzamide_3");
        assertThat(ModelIds.of("5fu")).isEqualTo("fu_5");
        assertThat(ModelIds.of("course.2")).isEqualTo("course_2");
        assertThat(ModelIds.of("42")).isEqualTo("t_42");
        assertThat(ModelIds.of("chemo_1")).isEqualTo("chemo_1");
        assertThatThrownBy(() -> ModelIds.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renamerPrefixesOwnIdsEverywhereAndLeavesForeignNamesAlone() {
        Model m = AntimonyReader.parse("""
                compartment body = 1
                species central in body = 0
                k = 2
                v = 3
                out: central -> ; k * central
                plasma := central / (v * patient_bsa_m2) + N * 0
                E1: at time >= 1: central = central + 1
                """, "m.ant");
        Model p = ModuleRenamer.prefix(m, "dox");
        assertThat(p.species()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("dox_central");
            assertThat(s.compartment()).isEqualTo("dox_body");
        });
        assertThat(p.parameters().stream().map(x -> x.id()).toList()).containsExactly("dox_k", "dox_v");
        assertThat(p.reaction("dox_out")).isPresent();
        assertThat(p.reaction("dox_out").orElseThrow().rate().references()).containsExactly("dox_k", "dox_central");
        assertThat(p.assignmentRule("dox_plasma").orElseThrow().math().references())
                .containsExactlyInAnyOrder("dox_central", "dox_v", "patient_bsa_m2", "N");
        assertThat(p.event("dox_E1").orElseThrow().trigger().references()).containsExactly("time");
        assertThat(p.event("dox_E1").orElseThrow().assignments().get(0).variable()).isEqualTo("dox_central");
        Expr piecewise = new Expr.Piecewise(List.of(Expr.ref("k")), List.of(Expr.ref("time")), Expr.ref("x"));
        assertThat(ModuleRenamer.rename(piecewise, n -> n.equals("k") ? "dox_k" : n).references())
                .containsExactly("dox_k", "time", "x");
    }
}
