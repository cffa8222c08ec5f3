package org.aftermath.tmen.microenvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.aftermath.kernel.model.Model;
import org.aftermath.tmen.therapy.PkModule;
import org.junit.jupiter.api.Test;

/**
 * The modulators' own modules against the numbers quoted in their sidecars ({@code
 * pk-<agent>.quotes.yaml}): half-lives, times to peak and peak concentrations in the closed form of
 * one-compartment oral kinetics (Bateman), free fractions and free-drug potencies.
 */
class ModulatorPkTest {

    private static double value(Model m, String id) {
        return m.parameter(id).orElseThrow().value();
    }

    /** Time to peak after an oral dose, days. */
    private static double tmax(double ka, double k) {
        return Math.log(ka / k) / (ka - k);
    }

    /** Peak total concentration after one oral dose (mg), mg/L, for a patient of 1.8 m². */
    private static double cmax(Model m, double doseMg) {
        double ka = value(m, "ka");
        double k = value(m, "k10");
        double v = value(m, "v1") * 1.8;
        double t = tmax(ka, k);
        return value(m, PkModule.BIOAVAILABILITY) * doseMg * ka / (v * (ka - k)) * (Math.exp(-k * t) - Math.exp(-ka * t));
    }

    @Test
    void sulfasalazineParentDrugExposureAndFreePotency() {
        Model m = PkModule.read("sulfasalazine");
        assertThat(PkModule.sourced("sulfasalazine")).isTrue();
        assertThat(value(m, PkModule.BIOAVAILABILITY)).isEqualTo(0.12); // Azad Khan et al. 1982: < 12 %
        assertThat(value(m, "v1") * 1.8).isCloseTo(9.0, within(1e-9)); // < 9 l
        assertThat(Math.log(2) / value(m, "k10") * 24).isCloseTo(7.5, within(0.01)); // Klotz 1985: 5-10 h
        assertThat(tmax(value(m, "ka"), value(m, "k10")) * 24).isCloseTo(6.0, within(0.01)); // peak 1.5-6 h
        assertThat(value(m, MicroenvironmentModel.UNBOUND_FRACTION)).isEqualTo(0.01); // 99 % bound
        assertThat(value(m, MicroenvironmentModel.IC50)).isCloseTo(0.625e-3 * 398.39 * 1e3, within(0.01)); // Liptay 1999
        double free = value(m, MicroenvironmentModel.UNBOUND_FRACTION) * cmax(m, 1000);
        assertThat(cmax(m, 1000)).isCloseTo(7.66, within(0.01));
        assertThat(free / value(m, MicroenvironmentModel.IC50)).as("free peak over free IC50").isLessThan(1e-3);
    }

    @Test
    void metforminReproducesTheQuotedSingleDoseStudy() {
        Model m = PkModule.read("metformin");
        assertThat(Math.log(2) / value(m, "k10") * 24).isCloseTo(3.16, within(0.01)); // h
        assertThat(tmax(value(m, "ka"), value(m, "k10")) * 24).isCloseTo(2.4, within(0.01)); // h
        assertThat(cmax(m, 500)).isCloseTo(0.6821, within(0.002)); // mg/L after 500 mg
        assertThat(value(m, PkModule.BIOAVAILABILITY)).isBetween(0.5, 0.6);
        assertThat(value(m, MicroenvironmentModel.UNBOUND_FRACTION)).isEqualTo(1.0);
        assertThat(value(m, MicroenvironmentModel.IC50)).isEqualTo(129.0); // assumed 1 mM
    }

    @Test
    void olaparibReproducesTheLabelAndAFreePotency() {
        Model m = PkModule.read("olaparib");
        double k = value(m, "k10");
        double v = value(m, "v1") * 1.8;
        assertThat(Math.log(2) / k * 24).isCloseTo(14.9, within(0.01)); // h
        assertThat(v).isCloseTo(158, within(0.1)); // V/F, L
        assertThat(k * v / 24).isCloseTo(7.4, within(0.1)); // CL/F, L/h (label 7.4 ± 3.9)
        assertThat(tmax(value(m, "ka"), k) * 24).isCloseTo(1.5, within(0.05)); // h
        assertThat(value(m, MicroenvironmentModel.UNBOUND_FRACTION)).isCloseTo(0.18, within(1e-12));
        assertThat(value(m, MicroenvironmentModel.IC50)).isCloseTo(5e-9 * 434.46 * 1e3, within(1e-4)); // 5 nM free
    }

    @Test
    void anakinraReproducesTheLabel() {
        Model m = PkModule.read("anakinra");
        assertThat(value(m, PkModule.BIOAVAILABILITY)).isEqualTo(0.95);
        assertThat(Math.log(2) / value(m, "k10") * 24).isCloseTo(5.0, within(0.01)); // 4-6 h
        assertThat(tmax(value(m, "ka"), value(m, "k10")) * 24).isCloseTo(5.0, within(0.05)); // 3-7 h
    }

    @Test
    void ralimetinibPotencyIsTheCellularMk2Ic50() {
        Model m = PkModule.read("ralimetinib");
        assertThat(value(m, MicroenvironmentModel.IC50)).isCloseTo(35.3e-9 * 420.5 * 1e3, within(1e-4));
    }
}
