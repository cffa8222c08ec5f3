package org.aftermath.tmen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioReaderTest {

    static final String VALID = """
            name: fig
            days: 147
            tumor:
              cells: 1.0e9
              growth:
                law: exponential
                doubling_days: 10
            treatments:
              - name: chemo
                kill_fraction: 0.9
                start_day: 0
                every_days: 21
                cycles: 7
            """;

    static final String GOMPERTZ = VALID.replace("""
                law: exponential
                doubling_days: 10
            """, """
                law: gompertz
                carrying_capacity: 1.0e12
                rate_per_day: 0.01
            """);

    /** @return {@code text} with {@code target} replaced, failing if {@code target} is absent */
    static String edit(String text, String target, String replacement) {
        assertThat(text).contains(target);
        return text.replace(target, replacement);
    }

    static String edit(String target, String replacement) {
        return edit(VALID, target, replacement);
    }

    @Test
    void deepNestingIsRefusedWithoutTheLibrarysInternals() {
        String deep = "name: x\ndays: 10\ntumor: " + "[".repeat(1500) + "]".repeat(1500) + "\n";
        assertThatThrownBy(() -> ScenarioReader.read(deep, "deep.yaml")).isInstanceOf(ScenarioException.class)
                .hasMessage("deep.yaml: malformed YAML: nested deeper than 1000 levels (a scenario nests a few)")
                .hasMessageNotContaining("StreamReadConstraints");
    }

    @Test
    void readsTheContractExample() {
        Scenario s = ScenarioReader.read(VALID, "fig.yaml");
        assertThat(s.name()).isEqualTo("fig");
        assertThat(s.days()).isEqualTo(147.0);
        assertThat(s.source()).isEqualTo("fig.yaml");
        assertThat(s.tumor().cells()).isEqualTo(1e9);
        assertThat(s.tumor().growth()).isEqualTo(Growth.exponential(List.of(10.0)));
        assertThat(s.treatments()).containsExactly(new Treatment.KillFraction("chemo", 0.9, new Schedule.Periodic(0, 21, 7)));
        assertThat(s.parameters()).isEmpty();
    }

    @Test
    void readsOptionalPartsAndTheOtherForms() {
        String yaml = edit(GOMPERTZ, """
                    start_day: 0
                    every_days: 21
                    cycles: 7
                """, """
                    days: [42, 0, 21]
                  - name: radio
                    kill_fraction: 0
                    every_days: 7
                    cycles: 2
                parameters:
                  carrying_capacity: 2.0e12
                  chemo_kill_fraction: 0.8
                """);
        Scenario s = ScenarioReader.read(yaml, "g.yaml");
        assertThat(s.tumor().growth()).isEqualTo(Growth.gompertz(1e12, 0.01));
        assertThat(s.treatments()).containsExactly(
                new Treatment.KillFraction("chemo", 0.9, new Schedule.OnDays(List.of(0.0, 21.0, 42.0))),
                new Treatment.KillFraction("radio", 0.0, new Schedule.Periodic(0, 7, 2)));
        assertThat(s.parameters()).containsExactly(Map.entry("carrying_capacity", 2e12), Map.entry("chemo_kill_fraction", 0.8));
    }

    @Test
    void readsGompertzByDoublingTimeAndDoublingLists() {
        Scenario g = ScenarioReader.read(edit(GOMPERTZ, "rate_per_day: 0.01", "doubling_days: 30"), "g.yaml");
        assertThat(g.tumor().growth()).isEqualTo(Growth.gompertzDoubling(1e12, 30));
        Scenario e = ScenarioReader.read(edit("doubling_days: 10", "doubling_days: [60, 40, 25, 15, 10, 7, 5]"), "e.yaml");
        assertThat(e.tumor().growth()).isEqualTo(Growth.exponential(List.of(60.0, 40.0, 25.0, 15.0, 10.0, 7.0, 5.0)));
    }

    @Test
    void emptyOrAbsentTreatmentsAndParametersAreAllowed() {
        String bare = VALID.substring(0, VALID.indexOf("treatments:"));
        assertThat(ScenarioReader.read(bare, "a.yaml").treatments()).isEmpty();
        assertThat(ScenarioReader.read(bare + "treatments: []\nparameters: {}\n", "a.yaml").treatments()).isEmpty();
        assertThat(ScenarioReader.read(bare + "treatments:\nparameters:\n", "a.yaml").parameters()).isEmpty();
    }

    static Stream<Arguments> badInputs() {
        String bare = VALID.substring(0, VALID.indexOf("treatments:"));
        String twoTreatments = VALID + """
                  - name: chemo
                    kill_fraction: 0.5
                    days: [3]
                """;
        return Stream.of(
                // values out of range
                Arguments.of(edit("doubling_days: 10", "doubling_days: -3"),
                        "fig.yaml: tumor.growth.doubling_days: must be > 0 (got -3)"),
                Arguments.of(edit("doubling_days: 10", "doubling_days: 0"),
                        "fig.yaml: tumor.growth.doubling_days: must be > 0 (got 0)"),
                Arguments.of(edit("doubling_days: 10", "doubling_days: [10, -1]"),
                        "fig.yaml: tumor.growth.doubling_days[1]: must be > 0 (got -1)"),
                Arguments.of(edit("doubling_days: 10", "doubling_days: []"),
                        "fig.yaml: tumor.growth.doubling_days: must list at least one doubling time"),
                Arguments.of(edit("days: 147", "days: 0"),
                        "fig.yaml: days: must be > 0 (got 0)"),
                Arguments.of(edit("cells: 1.0e9", "cells: -1.0e9"),
                        "fig.yaml: tumor.cells: must be > 0 and <= 1e15 (got -1.0E9)"),
                Arguments.of(edit("cells: 1.0e9", "cells: 1e400"),
                        "fig.yaml: tumor.cells: must be a finite number (got Infinity)"),
                Arguments.of(edit("kill_fraction: 0.9", "kill_fraction: 1"),
                        "fig.yaml: treatments[0].kill_fraction: must be in [0, 1) (got 1)"),
                Arguments.of(edit("kill_fraction: 0.9", "kill_fraction: -0.1"),
                        "fig.yaml: treatments[0].kill_fraction: must be in [0, 1) (got -0.1)"),
                Arguments.of(edit("cycles: 7", "cycles: 0"),
                        "fig.yaml: treatments[0].cycles: must be >= 1 (got 0)"),
                Arguments.of(edit("cycles: 7", "cycles: 7.5"),
                        "fig.yaml: treatments[0].cycles: must be a whole number (got 7.5)"),
                Arguments.of(edit("cycles: 7", "cycles: 20000"),
                        "fig.yaml: treatments[0].cycles: must be <= 10000 (got 20000)"),
                Arguments.of(edit("start_day: 0", "start_day: -1"),
                        "fig.yaml: treatments[0].start_day: must be >= 0 (got -1)"),
                Arguments.of(edit("every_days: 21", "every_days: 0"),
                        "fig.yaml: treatments[0].every_days: must be > 0 (got 0)"),
                Arguments.of(edit("start_day: 0\n    every_days: 21", "start_day: 1e308\n    every_days: 1e308"),
                        "fig.yaml: treatments[0].every_days: puts the last dose beyond any finite day (got 1.0E308)"),
                // wrong types
                Arguments.of(edit("doubling_days: 10", "doubling_days: ten"),
                        "fig.yaml: tumor.growth.doubling_days: expected a number, got \"ten\""),
                Arguments.of(edit("days: 147", "days: [147]"),
                        "fig.yaml: days: expected a number, got a list"),
                Arguments.of(edit("days: 147", "days:"),
                        "fig.yaml: days: expected a number, got nothing"),
                // issue 11 item 5: a scan every 0.0001 days ran out of memory
                Arguments.of(VALID + "endpoints: {assessment: 0.0001}\n",
                        "fig.yaml: endpoints.assessment: gives 1470000 scans over 147 days (at most 10000; give at least"
                                + " 0.0147 days between scans)"),
                // YAML's special floats name their field (issue 11: they were "malformed YAML", no field)
                Arguments.of(edit("days: 147", "days: .nan"),
                        "fig.yaml: days: must be a finite number (got .nan)"),
                Arguments.of(edit("doubling_days: 10", "doubling_days: -.inf"),
                        "fig.yaml: tumor.growth.doubling_days: must be a finite number (got -.inf)"),
                Arguments.of(VALID + "parameters:\n  k: .Inf\n",
                        "fig.yaml: parameters.k: must be a finite number (got .Inf)"),
                Arguments.of(VALID + "variability: {tumor.cells: {values: [1e9, .NaN]}}\n",
                        "fig.yaml: variability.tumor.cells.values[1]: must be a finite number (got .NaN)"),
                Arguments.of(edit("name: fig", "name: 123"),
                        "fig.yaml: name: expected a string, got 123 (quote it: \"123\")"),
                Arguments.of(edit("name: fig", "name: [fig]"),
                        "fig.yaml: name: expected a string, got a list"),
                Arguments.of(edit("  growth:\n    law: exponential\n    doubling_days: 10", "  growth: fast"),
                        "fig.yaml: tumor.growth: expected a mapping of keys, got \"fast\""),
                Arguments.of(bare + "treatments:\n  chemo: 1\n",
                        "fig.yaml: treatments: expected a list, got a mapping"),
                Arguments.of(bare + "treatments: [5]\n",
                        "fig.yaml: treatments[0]: expected a mapping of keys, got 5"),
                Arguments.of(VALID + "parameters:\n  k: x\n",
                        "fig.yaml: parameters.k: expected a number, got \"x\""),
                Arguments.of(VALID + "parameters: [1]\n",
                        "fig.yaml: parameters: expected a mapping of keys, got a list"),
                // unknown keys, choices
                Arguments.of(edit("tumor:", "tumour:"),
                        "fig.yaml: tumour: unknown key (allowed: name, days, tumor, treatments, parameters, model, patient, endpoints, microenvironment, stroma, knockouts, knockdowns, variability, correlations); did you mean 'tumor'?"),
                Arguments.of(VALID + "seed: 4\n",
                        "fig.yaml: seed: unknown key (allowed: name, days, tumor, treatments, parameters, model, patient, endpoints, microenvironment, stroma, knockouts, knockdowns, variability, correlations)"),
                Arguments.of(edit("kill_fraction:", "kill_fracton:"),
                        "fig.yaml: treatments[0].kill_fracton: unknown key (allowed: name, kill_fraction, agent, dose,"
                                + " unit, route, infusion_hours, start_day, every_days, cycles, days, fractions, weekdays, between,"
                                + " gap_days, offset_days, duration_days, after_last_days);"
                                + " did you mean 'kill_fraction'?"),
                Arguments.of(edit("doubling_days: 10", "doubling_days: 10\n    carrying_capacity: 1e12"),
                        "fig.yaml: tumor.growth.carrying_capacity: unknown key for law exponential (allowed: law, doubling_days)"),
                Arguments.of(edit("law: exponential", "law: verhulst"),
                        "fig.yaml: tumor.growth.law: must be one of exponential, gompertz, logistic (got \"verhulst\")"),
                Arguments.of(edit("law: exponential", "law: gompetz"),
                        "fig.yaml: tumor.growth.law: must be one of exponential, gompertz, logistic (got \"gompetz\"); did you mean 'gompertz'?"),
                // missing required keys
                Arguments.of(edit("days: 147\n", ""),
                        "fig.yaml: days: required key is missing (the simulated horizon in days, > 0)"),
                Arguments.of(edit("name: fig\n", ""),
                        "fig.yaml: name: required key is missing (letters, digits, '.', '_' or '-'; names the output folder out/<name>/)"),
                Arguments.of(edit("  cells: 1.0e9\n", ""),
                        "fig.yaml: tumor.cells: required key is missing (initial viable cancer cells, > 0 and <= 1e15)"),
                Arguments.of(edit("    law: exponential\n", ""),
                        "fig.yaml: tumor.growth.law: required key is missing (one of exponential, gompertz, logistic)"),
                Arguments.of(edit("    doubling_days: 10\n", ""),
                        "fig.yaml: tumor.growth.doubling_days: required key is missing (days, > 0: a number, or a list with one value per kill dose)"),
                Arguments.of(edit("    kill_fraction: 0.9\n", ""),
                        "fig.yaml: treatments[0].kill_fraction: required key is missing (the fraction of cancer cells killed per dose, in [0, 1); or give agent and dose)"),
                Arguments.of(edit("    cycles: 7\n", ""),
                        "fig.yaml: treatments[0].cycles: required key is missing (number of doses, >= 1)"),
                Arguments.of(edit("    every_days: 21\n", ""),
                        "fig.yaml: treatments[0].every_days: required key is missing (days between doses, > 0)"),
                Arguments.of(edit("  - name: chemo\n    kill_fraction", "  - kill_fraction"),
                        "fig.yaml: treatments[0].name: required key is missing (letters, digits, '.', '_' or '-', unique among the treatments)"),
                // names
                Arguments.of(edit("name: fig", "name: fig 3"),
                        "fig.yaml: name: must be 1 to 100 letters, digits, '.', '_' or '-', not only dots (got \"fig 3\")"),
                Arguments.of(edit("name: fig", "name: '..'"),
                        "fig.yaml: name: must be 1 to 100 letters, digits, '.', '_' or '-', not only dots (got \"..\")"),
                Arguments.of(edit("name: chemo", "name: 5 FU"),
                        "fig.yaml: treatments[0].name: must be 1 to 100 letters, digits, '.', '_' or '-' (got \"5 FU\")"),
                Arguments.of(twoTreatments,
                        "fig.yaml: treatments[1].name: duplicate treatment name 'chemo'"),
                // schedules
                Arguments.of(edit("cycles: 7", "cycles: 7\n    days: [0, 21]"),
                        "fig.yaml: treatments[0]: give exactly one schedule form: start_day/every_days/cycles, days,"
                                + " start_day/fractions/weekdays, or between/every_days/gap_days (got both)"),
                Arguments.of(edit("    start_day: 0\n    every_days: 21\n    cycles: 7\n", ""),
                        "fig.yaml: treatments[0]: give exactly one schedule form: start_day/every_days/cycles, days,"
                                + " start_day/fractions/weekdays, or between/every_days/gap_days (got neither)"),
                Arguments.of(edit("    start_day: 0\n    every_days: 21\n    cycles: 7\n", "    days: [0, 21, 21]\n"),
                        "fig.yaml: treatments[0].days[2]: day 21 is listed twice"),
                Arguments.of(edit("    start_day: 0\n    every_days: 21\n    cycles: 7\n", "    days: []\n"),
                        "fig.yaml: treatments[0].days: must list at least one day"),
                Arguments.of(edit("    start_day: 0\n    every_days: 21\n    cycles: 7\n", "    days: [0, -21]\n"),
                        "fig.yaml: treatments[0].days[1]: must be >= 0 (got -21)"),
                // doubling-time lists
                Arguments.of(edit("doubling_days: 10", "doubling_days: [10, 9, 8, 7, 6, 5, 4, 3]"),
                        "fig.yaml: tumor.growth.doubling_days: 8 values but only 7 kill doses are scheduled"
                                + " (value k applies after the k-th kill dose; give at most 7)"),
                Arguments.of(edit(bare, "doubling_days: 10", "doubling_days: [10, 9]"),
                        "fig.yaml: tumor.growth.doubling_days: 2 values but no kill doses are scheduled"
                                + " (value k applies after the k-th kill dose; give at most 1)"),
                // gompertz
                Arguments.of(edit(GOMPERTZ, "    carrying_capacity: 1.0e12\n", ""),
                        "fig.yaml: tumor.growth.carrying_capacity: required key is missing (the plateau size in cells, > tumor.cells)"),
                Arguments.of(edit(GOMPERTZ, "carrying_capacity: 1.0e12", "carrying_capacity: 1.0e8"),
                        "fig.yaml: tumor.growth.carrying_capacity: must be > tumor.cells (1.0E9) and <= 1e16 (got 1.0E8)"),
                Arguments.of(edit(GOMPERTZ, "rate_per_day: 0.01", "rate_per_day: 0.01\n    doubling_days: 30"),
                        "fig.yaml: tumor.growth: give exactly one of rate_per_day or doubling_days (got both)"),
                Arguments.of(edit(GOMPERTZ, "    rate_per_day: 0.01\n", ""),
                        "fig.yaml: tumor.growth: give exactly one of rate_per_day or doubling_days (got neither)"),
                Arguments.of(edit(GOMPERTZ, "rate_per_day: 0.01", "doubling_days: [30, 20]"),
                        "fig.yaml: tumor.growth.doubling_days: expected a number, got a list (a list of doubling times needs law exponential)"),
                Arguments.of(edit(GOMPERTZ, "rate_per_day: 0.01", "rate_per_day: -0.01"),
                        "fig.yaml: tumor.growth.rate_per_day: must be > 0 (got -0.01)"),
                // the document as a whole
                Arguments.of("", "fig.yaml: empty file (a scenario needs at least the keys name, days and tumor)"),
                Arguments.of("# only a comment\n", "fig.yaml: empty file (a scenario needs at least the keys name, days and tumor)"),
                Arguments.of("- 1\n- 2\n",
                        "fig.yaml: expected a mapping of scenario keys (name, days, tumor, treatments, parameters, model, patient, endpoints, microenvironment, stroma, knockouts, knockdowns, variability, correlations), got a list"),
                Arguments.of(VALID + "---\nname: other\n",
                        "fig.yaml: holds more than one YAML document (a scenario file is one document)"),
                Arguments.of(VALID + "days: 100\n", "fig.yaml: days: duplicate key at line 14, column 5"),
                Arguments.of(edit("cycles: 7", "cycles: 7\n    cycles: 8"),
                        "fig.yaml: treatments[0].cycles: duplicate key at line 14, column 11"),
                Arguments.of(edit("days: 147", "days: [147"),
                        "fig.yaml: malformed YAML at line 3, column 6: expected ',' or ']', but got :"
                                + " (while parsing a flow sequence at line 2, column 7)"),
                Arguments.of(edit("  cells:", "\tcells:"),
                        "fig.yaml: malformed YAML at line 4, column 1: found character '\\t(TAB)' that cannot start any token."
                                + " (Do not use \\t(TAB) for indentation) (while scanning for the next token)"),
                Arguments.of("horizon: &h 147\n" + edit("days: 147", "days: *h"),
                        "fig.yaml: malformed YAML at line 3, column 9: YAML aliases (*h) are not supported; write the value out"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badInputs")
    void badInputGivesExactlyOneLineNamingTheField(String yaml, String expected) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(yaml, "fig.yaml"));
        assertThat(e).as("no exception for%n%s", yaml).isNotNull();
        assertThat(e.getMessage()).isEqualTo(expected).doesNotContain("\n");
        String path = e.fieldPath().isEmpty() ? "" : e.fieldPath() + ": ";
        assertThat(e.getMessage()).isEqualTo(e.file() + ": " + path + e.problem());
    }

    @Test
    void exceptionExposesItsParts() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioReader.read(edit("doubling_days: 10", "doubling_days: -3"), "fig.yaml"));
        assertThat(e.file()).isEqualTo("fig.yaml");
        assertThat(e.fieldPath()).isEqualTo("tumor.growth.doubling_days");
        assertThat(e.problem()).isEqualTo("must be > 0 (got -3)");
    }

    @Test
    void missingFileDirectoryAndNonUtf8AreOneLineProblems(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> ScenarioReader.read(missing)).isInstanceOf(ScenarioException.class)
                .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> ScenarioReader.read(dir)).isInstanceOf(ScenarioException.class)
                .hasMessage(dir + ": is a directory, not a scenario file");
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> ScenarioReader.read(latin1)).isInstanceOf(ScenarioException.class)
                .hasMessage(latin1 + ": is not UTF-8 text");
    }

    @Test
    void readsAFileAndNamesItAsGiven(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("fig.yaml");
        Files.writeString(file, edit("kill_fraction: 0.9", "kill_fraction: 2"));
        assertThatThrownBy(() -> ScenarioReader.read(file))
                .hasMessage(file + ": treatments[0].kill_fraction: must be in [0, 1) (got 2)");
        Files.writeString(file, VALID);
        assertThat(ScenarioReader.read(file).source()).isEqualTo(file.toString());
    }

    @Test
    void longAndMultiLineStringsAreShownShortOnOneLine() {
        String yaml = edit("doubling_days: 10", "doubling_days: \"" + "x".repeat(50) + "\\nmore\"");
        assertThatThrownBy(() -> ScenarioReader.read(yaml, "fig.yaml"))
                .hasMessage("fig.yaml: tumor.growth.doubling_days: expected a number, got \"" + "x".repeat(40) + "...\"");
        String multiLine = edit("doubling_days: 10", "doubling_days: \"a\\nb\"");
        assertThatThrownBy(() -> ScenarioReader.read(multiLine, "fig.yaml"))
                .hasMessage("fig.yaml: tumor.growth.doubling_days: expected a number, got \"a\\nb\"");
    }
}
