package org.aftermath.tmen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: whatever a scenario file holds, reading it yields a valid {@link Scenario} or a
 * one-line {@link ScenarioException} naming the file, never another exception. Inputs are random
 * mutations (seeded, so failures reproduce) of valid scenarios, at the text level and at the
 * YAML-tree level.
 */
class ScenarioReaderFuzzTest {

    private static final int CASES = 3000;
    private static final String FILE = "fuzz.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final List<String> SEEDS = List.of(
            ScenarioReaderTest.VALID,
            ScenarioReaderTest.GOMPERTZ,
            ScenarioReaderTest.edit("doubling_days: 10", "doubling_days: [60, 40, 25, 15, 10, 7, 5]"),
            ScenarioReaderTest.VALID + """
                      - name: radio
                        kill_fraction: 0.5
                        days: [0, 3.5, 147, 200]
                    parameters:
                      doubling_days: 12
                    """);

    private static final String[] TOKENS = {
        ":", "-", " ", "  ", "\n", "[", "]", "{", "}", ",", "'", "\"", "#", "&a", "*a", "!!str", "!x", "~", "?",
        "|", ">", "%", "@", "`", "\t", "0", "9", ".", "e", "e-", "---", "...", "\\", "\u00e9", "\u0000",
    };

    private static final String[] VALUES = {
        "-1", "0", "-0", "0.5", "1", "7.0", "1e400", "-1e400", ".inf", ".nan", "1e308", "1e-320", "2147483648",
        "99999999999999999999", "0x1F", "010", "1_000", "yes", "no", "null", "~", "''", "\"x\"", "[]", "{}",
        "[1, 2]", "{a: 1}", "chemo", "a b", "..", "10000", "10001",
    };

    private static final String[] KEYS = {
        "name", "days", "tumor", "cells", "growth", "law", "doubling_days", "carrying_capacity", "rate_per_day",
        "treatments", "kill_fraction", "start_day", "every_days", "cycles", "parameters", "tumour", "x",
    };

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20_240_611L})
    void textMutationsGiveAScenarioOrAScenarioException(long seed) {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        int[] outcomes = new int[2];
        for (int i = 0; i < CASES; i++) {
            String yaml = SEEDS.get(rng.nextInt(SEEDS.size()));
            int edits = 1 + rng.nextInt(3);
            for (int e = 0; e < edits; e++) {
                yaml = mutateText(yaml, rng);
            }
            outcomes[check(yaml)]++;
        }
        assertBothOutcomesOccurred(outcomes);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7L, 31_337L})
    void treeMutationsGiveAScenarioOrAScenarioException(long seed) throws Exception {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        int[] outcomes = new int[2];
        for (int i = 0; i < CASES; i++) {
            JsonNode tree = YAML.readTree(SEEDS.get(rng.nextInt(SEEDS.size())));
            int edits = 1 + rng.nextInt(2);
            for (int e = 0; e < edits; e++) {
                mutateTree(tree, rng);
            }
            outcomes[check(YAML.writeValueAsString(tree))]++;
        }
        assertBothOutcomesOccurred(outcomes);
    }

    /** @return 0 if the text read as a scenario, 1 if it was refused properly; fails otherwise */
    private static int check(String yaml) {
        try {
            Scenario s = ScenarioReader.read(yaml, FILE);
            assertThat(s).isNotNull();
            return 0;
        } catch (ScenarioException e) {
            assertThat(e.getMessage()).as("for input%n%s", yaml).startsWith(FILE + ": ").doesNotContain("\n", "\r");
            assertThat(e.problem()).as("for input%n%s", yaml).isNotBlank();
            return 1;
        } catch (RuntimeException | Error e) {
            return fail("%s for input%n%s", e, yaml);
        }
    }

    private static void assertBothOutcomesOccurred(int[] outcomes) {
        assertThat(outcomes[0]).as("valid scenarios among the mutants").isPositive();
        assertThat(outcomes[1]).as("refused scenarios among the mutants").isPositive();
    }

    private static String mutateText(String yaml, RandomGenerator rng) {
        if (yaml.isEmpty()) {
            return TOKENS[rng.nextInt(TOKENS.length)];
        }
        int at = rng.nextInt(yaml.length());
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        switch (rng.nextInt(7)) {
            case 0 -> {
                int end = Math.min(yaml.length(), at + 1 + rng.nextInt(8));
                return yaml.substring(0, at) + yaml.substring(end);
            }
            case 1 -> {
                return yaml.substring(0, at) + TOKENS[rng.nextInt(TOKENS.length)] + yaml.substring(at);
            }
            case 2 -> {
                int line = rng.nextInt(lines.size());
                String text = lines.get(line);
                int colon = text.indexOf(": ");
                if (colon >= 0) {
                    lines.set(line, text.substring(0, colon + 2) + VALUES[rng.nextInt(VALUES.length)]);
                }
            }
            case 3 -> lines.add(rng.nextInt(lines.size() + 1), lines.get(rng.nextInt(lines.size())));
            case 4 -> lines.remove(rng.nextInt(lines.size()));
            case 5 -> {
                int a = rng.nextInt(lines.size());
                int b = rng.nextInt(lines.size());
                String swap = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, swap);
            }
            default -> {
                int line = rng.nextInt(lines.size());
                String text = lines.get(line);
                lines.set(line, rng.nextBoolean() ? "  " + text : text.replaceFirst("^ {1,2}", ""));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static void mutateTree(JsonNode root, RandomGenerator rng) {
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonNode target = containers.get(rng.nextInt(containers.size()));
        JsonNode replacement = randomValue(rng);
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            int choice = rng.nextInt(3);
            if (choice == 0 && !names.isEmpty()) {
                object.remove(names.get(rng.nextInt(names.size())));
            } else if (choice == 1 && !names.isEmpty()) {
                object.set(names.get(rng.nextInt(names.size())), replacement);
            } else {
                object.set(KEYS[rng.nextInt(KEYS.length)], replacement);
            }
        } else if (target instanceof ArrayNode array) {
            int choice = rng.nextInt(3);
            if (choice == 0 && !array.isEmpty()) {
                array.remove(rng.nextInt(array.size()));
            } else if (choice == 1 && !array.isEmpty()) {
                array.set(rng.nextInt(array.size()), replacement);
            } else {
                array.add(array.isEmpty() ? replacement : array.get(rng.nextInt(array.size())).deepCopy());
            }
        }
    }

    private static void collectContainers(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collectContainers(it.next(), out);
            }
        }
    }

    private static JsonNode randomValue(RandomGenerator rng) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (rng.nextInt(9)) {
            case 0 -> f.numberNode(rng.nextInt(-5, 30));
            case 1 -> f.numberNode(rng.nextDouble(-2, 2) * Math.pow(10, rng.nextInt(-3, 13)));
            case 2 -> f.numberNode(Double.MAX_VALUE);
            case 3 -> f.textNode(KEYS[rng.nextInt(KEYS.length)]);
            case 4 -> f.nullNode();
            case 5 -> f.booleanNode(rng.nextBoolean());
            case 6 -> f.arrayNode().add(rng.nextInt(0, 200)).add(rng.nextDouble(0, 200));
            case 7 -> f.objectNode().put(KEYS[rng.nextInt(KEYS.length)], rng.nextDouble());
            default -> f.arrayNode();
        };
    }
}
