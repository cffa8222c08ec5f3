package org.aftermath.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.aftermath.runner.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * Per-dose Cmax and AUC against closed forms of the generic one-compartment module
 * (V1 20 L/m², k 1.386 /day, ka 24 /day, bioavailability 1).
 */
class ExposureTest {

    private static final double V1 = 20;
    private static final double K = 1.386;
    private static final double KA = 24;

    private static AgentExposure run(String treatment, double days, double step) {
        String yaml = "name: x\ndays: " + days + "\ntumor: {cells: 1e9, growth: {law: exponential, doubling_days: 10}}\n"
                + "treatments:\n  - " + treatment + "\n";
        return Runs.run(yaml, RunOptions.DEFAULT.withOutputStep(step)).summary().exposure().get(0);
    }

    @Test
    void bolusWindowsHaveTheSuperposedPeakAndExactArea() {
        AgentExposure e = run("{agent: 5-fluorouracil, dose: 400, route: iv_bolus, days: [0, 2]}", 4, 1);
        double c0 = 400 / V1;
        double decay = Math.exp(-2 * K);
        assertThat(e.doses().get(0).cmax()).isCloseTo(c0, within(1e-9));
        assertThat(e.doses().get(0).auc()).isCloseTo(c0 / K * (1 - decay), within(1e-8));
        double peak2 = c0 * (1 + decay);
        assertThat(e.doses().get(1).cmax()).isCloseTo(peak2, within(1e-8));
        assertThat(e.doses().get(1).cmaxDay()).isEqualTo(2.0);
        assertThat(e.doses().get(1).auc()).isCloseTo(peak2 / K * (1 - decay), within(1e-8));
        assertThat(e.aucUnit()).isEqualTo("mg/L·day");
        assertThat(e.sourced()).isFalse();
    }

    @Test
    void infusionPeaksAtItsEnd() {
        AgentExposure e = run("{agent: 5-fluorouracil, dose: 400, route: iv_infusion, infusion_hours: 12, days: [0]}", 3, 1);
        double rate = 800;
        assertThat(e.doses().get(0).cmax()).isCloseTo(rate / (K * V1) * (1 - Math.exp(-K * 0.5)), within(1e-8));
        assertThat(e.doses().get(0).cmaxDay()).isCloseTo(0.5, within(1e-9));
        // AUC over [0, 3]: total input 400 mg/m² / (k V) minus what remains to be eliminated at day 3
        double c3 = rate / (K * V1) * (1 - Math.exp(-K * 0.5)) * Math.exp(-K * 2.5);
        assertThat(e.doses().get(0).auc()).isCloseTo(400 / (K * V1) - c3 / K, within(1e-8));
    }

    @Test
    void oralPeakIsFoundInsideAStepAtTheBatemanMaximum() {
        AgentExposure e = run("{agent: temozolomide, dose: 150, route: oral, days: [0]}", 2, 1);
        double tmax = Math.log(KA / K) / (KA - K);
        double cmax = 150 * KA / (V1 * (KA - K)) * (Math.exp(-K * tmax) - Math.exp(-KA * tmax));
        assertThat(e.doses().get(0).cmaxDay()).isCloseTo(tmax, within(1e-6));
        assertThat(e.doses().get(0).cmax()).isCloseTo(cmax, within(1e-8));
    }
}
