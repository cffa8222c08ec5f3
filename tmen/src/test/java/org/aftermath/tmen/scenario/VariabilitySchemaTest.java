package org.aftermath.tmen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/scenario.schema.json accepts the variability the reader accepts (the bad-scenario corpus
 * checks that both refuse the same bad files).
 */
class VariabilitySchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ObjectMapper().readTree(Path.of("..", "docs", "scenario.schema.json").toFile()));
    }

    static Stream<String> validScenarios() {
        String between = """
                name: b
                days: 100
                tumor: {cells: 1.0e9, growth: {law: gompertz, carrying_capacity: 1.0e12, rate_per_day: 0.01}}
                treatments:
                  - {name: chemo, kill_fraction: 0.5, start_day: 0, every_days: 21, cycles: 4}
                  - {name: rt, agent: radiation, dose: 2, fractions: 10, weekdays: true}
                  - {name: mod.1, kill_fraction: 0.1, between: chemo, every_days: 2, gap_days: 3}
                variability:
                  tumor.growth.rate_per_day: {normal: {mean: 0.01, sd: 0.002, min: 0}}
                  tumor.growth.carrying_capacity: {lognormal: {median: 1.0e12, cv: 0.5}}
                  treatments.chemo.cycles: {values: [3, 4, 5]}
                  treatments.rt.fractions: {values: [5, 10]}
                  treatments.mod.1.gap_days: {uniform: {min: 1, max: 5}}
                  endpoints.partial_response_change: {uniform: {min: -0.4, max: -0.2}}
                  patient.weight_kg: {normal: {mean: 70, sd: 12, min: 40, max: 120}}
                correlations: [[patient.weight_kg, tumor.growth.rate_per_day, 0.1]]
                """;
        return Stream.of(VariabilityReaderTest.ISSUE_EXAMPLE, between,
                VariabilityReaderTest.BASE + "variability:\ncorrelations:\n",
                VariabilityReaderTest.BASE + "variability: {treatments.doxorubicin.days: {values: [0.5, 1, 2]}}\n");
    }

    @ParameterizedTest
    @MethodSource("validScenarios")
    void theSchemaAcceptsWhatTheReaderAccepts(String yaml) throws IOException {
        ScenarioReader.read(yaml, "v.yaml");
        assertThat(schema().validate(YAML.readTree(yaml))).isEmpty();
    }
}
