package org.aftermath.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.aftermath.kernel.antimony.AntimonyReader;
import org.junit.jupiter.api.Test;

/** Units of observables follow from declared units only, and are left out where they do not. */
class ObservableUnitsTest {
    private static final String MODEL = """
            unit cells = item;
            unit pg_per_ml = 1e-12 gram / 1e-3 litre;
            compartment bed = 1;
            species A in bed; A has cells; A = 10
            species B in bed; B has cells; B = 5
            species F in bed; F has pg_per_ml; F = 2
            species S in bed; S = 0.5
            K = 3; K has cells
            k = 0.1
            total := A + B - 1
            level := F
            twice := 2 * level
            fraction := A / (total + 1)
            signal := hill(A, K, 2)
            biggest := max(A, B, 0)
            activity := S * (1 - k)
            mixed := A + F
            product := A * F
            A' = -k * A
            """;

    @Test
    void unitsFollowFromDeclaredUnitsAndAreNotGuessed() {
        ObservableUnits u = new ObservableUnits(AntimonyReader.parse(MODEL, "units.ant"));
        assertThat(u.of("A")).contains("cells");
        assertThat(u.of("total")).as("a sum of like quantities, a number added").contains("cells");
        assertThat(u.of("level")).as("an alias").contains("pg_per_ml");
        assertThat(u.of("twice")).as("times a number").contains("pg_per_ml");
        assertThat(u.of("fraction")).as("a ratio of like quantities").contains(ObservableUnits.DIMENSIONLESS);
        assertThat(u.of("signal")).contains(ObservableUnits.DIMENSIONLESS);
        assertThat(u.of("biggest")).contains("cells");
        assertThat(u.of("activity")).as("a species without a unit").isEmpty();
        assertThat(u.of("mixed")).as("cells + pg/mL has no unit").isEmpty();
        assertThat(u.of("product")).as("a product of two units is not named").isEmpty();
        assertThat(u.of("k")).as("a parameter without a unit").isEmpty();
        assertThat(u.of("nothing")).isEmpty();
    }
}
