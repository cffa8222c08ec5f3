package org.aftermath.tmen.microenvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.aftermath.kernel.model.Model;
import org.aftermath.tmen.therapy.PkModule;
import org.junit.jupiter.api.Test;

/** pk-metformin.ant against the US label: half-life, apparent volume, bioavailability, Cmax bound. */
class MetforminPkTest {

    private static double value(Model m, String id) {
        return m.parameter(id).orElseThrow().value();
    }

    @Test
    void moduleReproducesTheLabel() {
        Model m = PkModule.read("metformin");
        assertThat(PkModule.sourced("metformin")).isTrue();
        double k = value(m, "k10");
        double f = value(m, PkModule.BIOAVAILABILITY);
        assertThat(Math.log(2) / k * 24).isCloseTo(6.2, within(0.01)); // hours
        assertThat(value(m, "v1") * 1.8 / f).isCloseTo(654, within(1.0)); // V/F, L
        assertThat(f).isBetween(0.5, 0.6);
        // Bateman peak of 1000 mg at steady state every 12 h stays below the label's 5 µg/mL
        double ka = value(m, "ka");
        double v = value(m, "v1") * 1.8;
        double tmax = Math.log(ka / k) / (ka - k);
        double single = f * 1000 * ka / (v * (ka - k)) * (Math.exp(-k * tmax) - Math.exp(-ka * tmax));
        assertThat(tmax * 24).isCloseTo(2.5, within(0.1));
        assertThat(single / (1 - Math.exp(-k * 0.5))).isBetween(1.0, 5.0);
        assertThat(value(m, MicroenvironmentModel.INHIBITION_MAX)).isEqualTo(0.9);
        assertThat(value(m, MicroenvironmentModel.IC50)).isEqualTo(5.0);
    }
}
