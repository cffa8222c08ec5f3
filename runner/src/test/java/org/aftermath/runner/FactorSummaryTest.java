package org.aftermath.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.aftermath.runner.testing.Runs;
import org.junit.jupiter.api.Test;

/** summary.json {@code factors} and {@code modulators}: exact-trajectory values against closed forms. */
class FactorSummaryTest {

    private static RunResult run(String treatments, String extra, double step) {
        String yaml = Mechanisms.scenario("30", treatments, extra);
        return Runs.run(yaml, RunOptions.DEFAULT.withOutputStep(step));
    }

    @Test
    void anUntreatedBedStaysExactlyAtBaseline() {
        RunResult r = run("", "stroma: {fibroblast: 2}\nparameters: {il6_base: 7}\n", 1);
        assertThat(r.summary().factors()).hasSize(15);
        r.summary().factors().forEach((id, f) -> {
            assertThat(f.peak()).as(id).isCloseTo(f.baseline(), within(1e-12 * f.baseline()));
            assertThat(f.peakFoldChange()).as(id).isCloseTo(1.0, within(1e-12));
            // the level is exact; its integral adds the round-off of a few hundred step sums
            assertThat(f.auc()).as(id).isCloseTo(f.baseline() * 30, within(1e-10 * f.baseline() * 30));
            assertThat(f.excessAuc()).as(id).isCloseTo(0.0, within(1e-10 * f.baseline() * 30));
        });
        assertThat(r.summary().factors().get("il6").baseline()).isEqualTo(7.0);
        assertThat(r.summary().modulators()).isEmpty();
    }

    @Test
    void theSummaryDoesNotDependOnTheOutputGrid() {
        String rt = "  - agent: ionizing-radiation\n    dose: 10\n    days: [1.3]\n"
                + "  - agent: sulfasalazine\n    dose: 1000\n    start_day: 0\n    every_days: 1\n    cycles: 30\n";
        RunResult daily = run(rt, "", 1);
        RunResult weekly = run(rt, "", 7);
        assertThat(weekly.summary().factors()).isEqualTo(daily.summary().factors());
        assertThat(weekly.summary().modulators()).isEqualTo(daily.summary().modulators());
        FactorSummary il6 = daily.summary().factors().get("il6");
        assertThat(il6.peakFoldChange()).isGreaterThan(5);
        assertThat(il6.excessAuc()).isCloseTo(il6.auc() - il6.baseline() * 30, within(1e-9 * il6.auc()));
    }

    @Test
    void antibodyNeutralisationMatchesTheOneCompartmentInfusion() {
        // pk-anti-wnt16b.ant: V = 3 L/m² x 1.8 m², k10 = 0.033 /day; 10 mg/kg x 70 kg over 1 h; k_neutralise 0.1 L/(mg day)
        RunResult r = run("  - agent: anti-wnt16b\n    dose: 10\n    days: [0]\n", "", 1);
        double v = 5.4;
        double k = 0.033;
        double kn = 0.1;
        double t = 1.0 / 24;
        double amount = 700;
        double cmax = amount / t / (k * v) * (1 - Math.exp(-k * t));
        double auc = amount / (k * v) - cmax * Math.exp(-k * (30 - t)) / k;
        ModulatorSummary m = r.summary().modulators().get(0);
        assertThat(m.agent()).isEqualTo("anti-wnt16b");
        assertThat(m.port()).isEqualTo("wnt16b_neutralisation");
        assertThat(m.unit()).isEqualTo("1/day");
        assertThat(m.peak()).isCloseTo(kn * cmax, within(1e-8 * kn * cmax));
        assertThat(m.peakDay()).isCloseTo(t, within(1e-9));
        assertThat(m.mean()).isCloseTo(kn * auc / 30, within(1e-7 * kn * auc / 30));
    }
}
