package org.aftermath.tmen.microenvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.aftermath.kernel.model.Model;
import org.aftermath.tmen.therapy.PkModule;
import org.junit.jupiter.api.Test;

/** pk-olaparib.ant against the US label (V/F, half-life, CL/F) and Menear et al. 2008 (IC50 5 nM). */
class OlaparibPkTest {

    private static double value(Model m, String id) {
        return m.parameter(id).orElseThrow().value();
    }

    @Test
    void moduleReproducesTheLabelAndThePublishedPotency() {
        Model m = PkModule.read("olaparib");
        double k = value(m, "k10");
        double v = value(m, "v1") * 1.8;
        assertThat(Math.log(2) / k * 24).isCloseTo(14.9, within(0.01)); // h
        assertThat(v).isCloseTo(158, within(0.1)); // V/F, L
        assertThat(k * v / 24).isCloseTo(7.4, within(0.1)); // CL/F, L/h (label 7.4 ± 3.9; V/F and t1/2 fix it at 7.35)
        double ic50Free = 5e-9 * 434.5 * 1e3; // mol/L x g/mol -> mg/L
        assertThat(value(m, MicroenvironmentModel.IC50)).isCloseTo(ic50Free / 0.18, within(1e-3));
    }
}
