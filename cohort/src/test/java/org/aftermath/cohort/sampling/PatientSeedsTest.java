package org.aftermath.cohort.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** Per-patient derivation: deterministic, order- and thread-independent, seed-sensitive. */
class PatientSeedsTest {

    private static CohortSampler sampler() {
        Map<String, Marginal> m = new LinkedHashMap<>();
        m.put("tumor.growth.doubling_days", new LogNormal(20, 0.4));
        m.put("stroma.fibroblast", new Uniform(0.1, 0.5));
        m.put("treatments.dox.dose", new TruncatedNormal(60, 10, 40, 80));
        m.put("parameters.k", Values.of(1, 2, 3));
        return new CohortSampler(new Variability(m, List.of(new Correlation("stroma.fibroblast", "parameters.k", 0.5))));
    }

    private static long[] bits(PatientDraw d) {
        return d.values().values().stream().mapToLong(Double::doubleToRawLongBits).toArray();
    }

    @Test
    void patientDrawsDoNotDependOnOtherPatientsOrThreads() {
        CohortSampler sampler = sampler();
        PatientDraw alone = sampler.patient(42, 17);
        PatientDraw inLoop = sampler.patients(42, 0, 100).get(17);
        PatientDraw parallel = LongStream.range(0, 100).parallel().map(i -> 99 - i)
                .mapToObj(i -> sampler.patient(42, i)).filter(d -> d.index() == 17).findAny().orElseThrow();
        PatientDraw otherInstance = sampler().patient(42, 17);
        for (PatientDraw d : List.of(inLoop, parallel, otherInstance)) {
            assertThat(bits(d)).containsExactly(bits(alone));
            assertThat(d.seed()).isEqualTo(alone.seed());
        }
        assertThat(alone.seed()).isEqualTo(PatientSeeds.patientSeed(42, 17));
        assertThat(alone.values().keySet()).containsExactly("tumor.growth.doubling_days", "stroma.fibroblast",
                "treatments.dox.dose", "parameters.k");
    }

    @Test
    void differentSeedsAndIndicesGiveDifferentDraws() {
        CohortSampler sampler = sampler();
        PatientDraw a = sampler.patient(42, 17);
        PatientDraw b = sampler.patient(43, 17);
        PatientDraw c = sampler.patient(42, 18);
        assertThat(b.seed()).isNotEqualTo(a.seed());
        assertThat(c.seed()).isNotEqualTo(a.seed());
        assertThat(b.values().get("tumor.growth.doubling_days")).isNotEqualTo(a.values().get("tumor.growth.doubling_days"));
        assertThat(c.values().get("tumor.growth.doubling_days")).isNotEqualTo(a.values().get("tumor.growth.doubling_days"));
        // patient seeds of one cohort are distinct
        assertThat(LongStream.range(0, 10_000).map(i -> PatientSeeds.patientSeed(42, i)).distinct().count()).isEqualTo(10_000);
    }

    @Test
    void mixerIsTheSplitMix64Finaliser() {
        // SplitMix64 reference: seed 1234567, first output = mix64(1234567 + golden gamma)
        assertThat(PatientSeeds.mix64(1234567L + 0x9E3779B97F4A7C15L)).isEqualTo(6457827717110365317L);
        // the documented derivation mix64(mix64(seed) + (index + 1) * gamma), pinned so that recorded seeds stay valid
        assertThat(PatientSeeds.patientSeed(42, 17))
                .isEqualTo(PatientSeeds.mix64(PatientSeeds.mix64(42) + 18 * 0x9E3779B97F4A7C15L))
                .isEqualTo(4129672976449219639L);
    }
}
