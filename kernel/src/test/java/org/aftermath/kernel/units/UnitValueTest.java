package org.aftermath.kernel.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitValueTest {

    private static final Map<String, String> DEFS = Map.of(
            "per_day", "1 / day",
            "pg_per_ml", "1e-12 gram / 1e-3 litre",
            "u", "2 day^2 / (hour * litre)",
            "loop", "2 loop");

    @Test
    void evaluatesFactorsAndPowers() {
        UnitValue perDay = UnitValue.of("per_day", DEFS::get);
        assertThat(perDay.factor()).isCloseTo(1 / 86400.0, within(1e-20));
        assertThat(perDay.powers()).isEqualTo(Map.of("second", -1.0));
        UnitValue pg = UnitValue.of("pg_per_ml", DEFS::get);
        assertThat(pg.factor()).isCloseTo(1e-9, within(1e-24));
        assertThat(pg.dimensionText()).isEqualTo("gram litre^-1");
        UnitValue u = UnitValue.of("u", DEFS::get);
        assertThat(u.factor()).isCloseTo(2 * 86400.0 * 86400 / 3600, within(1e-6));
        assertThat(u.dimensionText()).isEqualTo("litre^-1 second");
    }

    @Test
    void knowsSbmlUnitsPluralsAndSpellings() {
        assertThat(UnitValue.of("days", DEFS::get).sameDimension(UnitValue.of("second", DEFS::get))).isTrue();
        assertThat(UnitValue.of("hours", DEFS::get).factor()).isEqualTo(3600.0);
        assertThat(UnitValue.of("joule", DEFS::get).dimensionText()).isEqualTo("gram metre^2 second^-2");
        assertThat(UnitValue.of("joule", DEFS::get).factor()).isEqualTo(1000.0);
        assertThat(UnitValue.of("liter", DEFS::get)).isEqualTo(UnitValue.of("litre", DEFS::get));
        assertThat(UnitValue.isKnown("metres")).isTrue();
        assertThat(UnitValue.isKnown("furlong")).isFalse();
    }

    @Test
    void rejectsUnknownCircularAndMalformed() {
        assertThatThrownBy(() -> UnitValue.of("furlong", DEFS::get)).hasMessage("unknown unit 'furlong'");
        assertThatThrownBy(() -> UnitValue.of("loop", DEFS::get)).hasMessageContaining("in terms of itself");
        assertThatThrownBy(() -> UnitValue.parse("gram / (litre", DEFS::get)).hasMessageContaining("missing ')'");
    }
}
