package org.aftermath.tmen.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aftermath.tmen.agents.AgentCatalog;
import org.aftermath.tmen.scenario.GrowthLaw;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/scenario.schema.json accepts every bundled example and rejects every file of the
 * bad-input corpus, and ScenarioReader agrees on both, so the schema cannot drift from the
 * reader unnoticed; docs/agents.schema.json accepts the bundled agents.yaml.
 */
class SchemaTest {

    static final Path DOCS = Path.of("..", "docs");
    static final Path EXAMPLES = Path.of("..", "examples");
    static final Path BAD = Path.of("src", "test", "resources", "org", "aftermath", "tmen", "docs", "bad-scenarios");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static JsonSchema schema(String file) {
        try {
            JsonNode node = new ObjectMapper().readTree(DOCS.resolve(file).toFile());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".mapping.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the bundled scenarios: every example YAML file but fit files (a top-level {@code arms:}) */
    static List<Path> examples() {
        return yamlFiles(EXAMPLES).stream().filter(p -> !isFitFile(p)).toList();
    }

    /** @return true for a fit file of {@code aftermath fit}, which lists scenarios as its arms */
    static boolean isFitFile(Path yaml) {
        try {
            return Files.readAllLines(yaml).stream().anyMatch(l -> l.startsWith("arms:"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> badScenarios() {
        return yamlFiles(BAD);
    }

    @Test
    void corpusAndExamplesAreThere() {
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(badScenarios()).hasSizeGreaterThanOrEqualTo(25);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyBundledExampleIsValid(Path example) throws IOException {
        Set<ValidationMessage> errors = schema("scenario.schema.json").validate(YAML.readTree(example.toFile()));
        assertThat(errors).as("schema errors for %s", example).isEmpty();
        ScenarioReader.read(example);
    }

    @ParameterizedTest
    @MethodSource("badScenarios")
    void everyBadScenarioIsRejectedBySchemaAndReader(Path bad) throws IOException {
        assertThat(schema("scenario.schema.json").validate(YAML.readTree(bad.toFile())))
                .as("the schema accepts %s", bad).isNotEmpty();
        assertThatThrownBy(() -> ScenarioReader.read(bad)).as("the reader accepts %s", bad)
                .isInstanceOf(ScenarioException.class);
    }

    /**
     * The growth section of the schema is the one the growth laws describe (regenerate it from
     * the text this test prints), and the variability paths list every law's keys.
     */
    @Test
    void growthSectionIsTheOneTheGrowthLawsDescribe() throws IOException {
        JsonNode file = new ObjectMapper().readTree(DOCS.resolve("scenario.schema.json").toFile());
        ObjectNode generated = ScenarioSchema.growth();
        assertThat(file.at("/$defs/growth")).as("docs/scenario.schema.json: $defs.growth differs from the growth laws'"
                + " description (GrowthLaw); replace it with:%n%s", generated.toPrettyString()).isEqualTo(generated);
        assertThat(ScenarioSchema.variabilityGrowthKeys(file)).as("variability path pattern, tumor.growth keys")
                .containsExactlyInAnyOrderElementsOf(GrowthLaw.allKeyNames());
    }

    @Test
    void bundledAgentCatalogueIsValid() throws IOException {
        String text = bundledAgents();
        assertThat(schema("agents.schema.json").validate(YAML.readTree(text))).isEmpty();
        assertThat(AgentCatalog.read(text, "agents.yaml")).isNotNull();
    }

    @Test
    void agentCatalogueWithAnUnknownRouteIsRejectedBySchemaAndReader() throws IOException {
        ObjectNode tree = (ObjectNode) YAML.readTree(bundledAgents());
        JsonNode dosable = null;
        for (JsonNode entry : tree.get("agents")) {
            if (entry.has("routes")) {
                dosable = entry;
                break;
            }
        }
        assertThat(dosable).isNotNull();
        ((com.fasterxml.jackson.databind.node.ArrayNode) dosable.get("routes")).add("intrathecal");
        assertThat(schema("agents.schema.json").validate(tree)).isNotEmpty();
        String bad = YAML.writeValueAsString(tree);
        assertThatThrownBy(() -> AgentCatalog.read(bad, "agents.yaml")).isInstanceOf(RuntimeException.class)
                .hasMessageContaining("unknown route");
    }

    private static String bundledAgents() throws IOException {
        try (InputStream in = AgentCatalog.class.getResourceAsStream(AgentCatalog.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
