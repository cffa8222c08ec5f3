package org.aftermath.report.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Observables find their panels by the declarations in panels.yaml. */
class ObservableCatalogTest {

    private static final ObservableCatalog CATALOG = ObservableCatalog.bundled();

    @Test
    void placesObservablesByPattern() {
        List<String> columns = List.of("day", "tumor_cells", "tumor_volume_cm3", "cisplatin_plasma", "atm",
                "il6", "il6_fold_change", "doxorubicin_plasma", "doxorubicin_effect", "il8_fold_change", "senescent_stroma_fraction",
                "stroma_ddr");
        List<ObservableCatalog.Group> groups = CATALOG.group(columns);
        assertThat(groups).extracting(g -> g.spec().id())
                .containsExactly("drug-concentrations", "drug-effects", "secreted-factors", "senescent-stroma",
                        "stroma-ddr");
        assertThat(groups.get(0).columns()).containsExactly("cisplatin_plasma", "doxorubicin_plasma");
        assertThat(groups.get(0).labels()).containsExactly("cisplatin", "doxorubicin");
        assertThat(groups.get(1).labels()).containsExactly("doxorubicin");
        assertThat(groups.get(2).labels()).containsExactly("il6", "il8");
        assertThat(CATALOG.unplaced(columns, groups)).containsExactly("atm", "il6");
    }

    @Test
    void panelsWithoutObservablesAreAbsent() {
        List<String> columns = List.of("day", "tumor_cells");
        List<ObservableCatalog.Group> groups = CATALOG.group(columns);
        assertThat(groups).isEmpty();
        assertThat(CATALOG.unplaced(columns, groups)).isEmpty();
    }

    @Test
    void aStarMatchesAtLeastOneCharacterAndBecomesTheLabel() {
        PanelSpec spec = new PanelSpec("p", "P", "y (–)", null, null, List.of("*_plasma", "exact"), null, "c", false);
        assertThat(spec.label("cisplatin_plasma")).isEqualTo("cisplatin");
        assertThat(spec.label("_plasma")).isNull();
        assertThat(spec.label("plasma")).isNull();
        assertThat(spec.label("exact")).isEqualTo("exact");
        assertThat(spec.label("exactly")).isNull();
        assertThat(spec.scale()).isEqualTo(PanelSpec.Scale.LINEAR);
        assertThat(spec.transform()).isEqualTo(PanelSpec.Transform.NONE);
    }

    @Test
    void everyBundledPanelHasAnIdTitleAxisWithUnitAndPatterns() {
        for (PanelSpec p : CATALOG.panels()) {
            assertThat(p.id()).matches("[a-z0-9-]+");
            assertThat(p.title()).isNotBlank();
            assertThat(p.axis()).as(p.id()).matches(".*\\(.+\\)");
            assertThat(p.match()).isNotEmpty();
            assertThat(p.caption()).isNotBlank();
        }
        assertThat(CATALOG.tumourColumns()).contains("tumor_cells", TumourChart.VOLUME);
    }
}
