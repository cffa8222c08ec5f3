package org.aftermath.tmen.microenvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.aftermath.kernel.model.Model;
import org.aftermath.tmen.therapy.PkModule;
import org.junit.jupiter.api.Test;

/** pk-anti-wnt16b.ant: typical IgG1 class values (half-life about 3 weeks, volume about 5.4 L). */
class AntiWnt16bPkTest {

    @Test
    void moduleHasTypicalIgg1Kinetics() {
        Model m = PkModule.read("anti-wnt16b");
        double k = m.parameter("k10").orElseThrow().value();
        assertThat(Math.log(2) / k).isCloseTo(21.0, within(0.05)); // days
        assertThat(m.parameter("v1").orElseThrow().value() * 1.8).isCloseTo(5.4, within(1e-12)); // L
        assertThat(m.parameter(MicroenvironmentModel.K_NEUTRALISE)).isPresent();
    }
}
