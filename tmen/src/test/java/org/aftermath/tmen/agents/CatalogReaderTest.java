package org.aftermath.tmen.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.aftermath.tmen.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The data-file reader: a small valid catalog, then one defect at a time. */
class CatalogReaderTest {

    private static final String LEGEND = """
            legend:
              BER: base excision repair
              HR: homologous recombination
            """;

    private static final String DRUG = """
              - id: drug-a
                name: Drug A
                aliases: [a]
                classes: [Class one]
                kind: agent
                genotoxic: true
                lesions: [BD]
                repair_pathways: [BER, HR]
                references: ["Someone et al., 2001"]
                dose_units: [mg/m², mg]
                routes: [iv_bolus, oral]
            """;

    private static final String FAMILY = """
              - id: fam
                name: Family
                classes: [Class one]
                kind: family
                members: [drug-a]
                genotoxic: true
                lesions: [BD]
                repair_pathways: [BER]
                references: ["Someone et al., 2001"]
            """;

    private static final String MODULATOR = """
              - id: mod
                name: Modulator
                classes: [Modulators]
                kind: agent
                genotoxic: false
                targets: [NFKB]
                source: Someone et al., 2002
                dose_units: [mg]
                routes: [oral]
                notes: a note
            """;

    private static final String VALID = LEGEND + "agents:\n" + DRUG + FAMILY + MODULATOR;

    private static String failure(String yaml) {
        try {
            AgentCatalog.read(yaml, "broken.yaml");
        } catch (ScenarioException e) {
            assertThat(e.getMessage()).startsWith("broken.yaml: ").doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("expected the reader to refuse:\n" + yaml);
    }

    @Test
    void readsAValidCatalog() {
        AgentCatalog catalog = AgentCatalog.read(VALID, "ok.yaml");
        assertThat(catalog.agents()).extracting(Agent::id).containsExactly("drug-a", "fam", "mod");
        Agent a = catalog.find("A").orElseThrow();
        assertThat(a.doseUnits()).containsExactly(DoseUnit.MG_PER_M2, DoseUnit.MG);
        assertThat(a.routes()).containsExactly(Route.IV_BOLUS, Route.ORAL);
        assertThat(a.references()).containsExactly("Someone et al., 2001");
        assertThat(a.source()).isEmpty();
        assertThat(a.notes()).isEmpty();
        Agent mod = catalog.find("mod").orElseThrow();
        assertThat(mod.targets()).containsExactly("NFKB");
        assertThat(mod.source()).isEqualTo("Someone et al., 2002");
        assertThat(mod.notes()).isEqualTo("a note");
        assertThat(catalog.find("fam").orElseThrow().kind()).isEqualTo(Agent.Kind.FAMILY);
        assertThat(catalog.legend()).containsOnlyKeys("BER", "HR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown key         | '    routes: [iv_bolus, oral]'    | '    routes: [iv_bolus, oral]\\n    rutes: [oral]' | agents[0].rutes: entry 'drug-a': unknown key (allowed:
        missing name        | '    name: Drug A'                | ''                                              | agents[0].name: entry 'drug-a': required key is missing
        missing kind        | '    kind: agent'                 | ''                                              | agents[0].kind: entry 'drug-a': required key is missing
        bad kind            | '    kind: agent'                 | '    kind: drug'                                | agents[0].kind: entry 'drug-a': must be one of agent, family (got 'drug')
        genotoxic as text   | '    genotoxic: true'             | '    genotoxic: "yes please"'                   | agents[0].genotoxic: entry 'drug-a': expected true or false
        uppercase id        | '  - id: drug-a'                  | '  - id: Drug-A'                                | agents[0].id: must be lowercase letters and digits joined by single hyphens (got 'Drug-A')
        missing id          | '  - id: drug-a'                  | '  - ident: drug-a'                             | agents[0].id: required key is missing
        bad alias           | '    aliases: [a]'                | '    aliases: [A B]'                            | agents[0].aliases[0]: entry 'drug-a': 'A B': must be lowercase
        unknown unit        | '    dose_units: [mg/m², mg]'     | '    dose_units: [mg/m², mcg]'                  | agents[0].dose_units[1]: entry 'drug-a': 'mcg': unknown dose unit (allowed: mg/m², mg, mg/kg, IU/m², IU, Gy)
        unknown route       | '    routes: [iv_bolus, oral]'    | '    routes: [iv]'                              | agents[0].routes[0]: entry 'drug-a': 'iv': unknown route (allowed: iv_bolus, iv_infusion, ip, sc, oral, external_beam)
        agent without units | '    dose_units: [mg/m², mg]'     | ''                                              | agents[0].dose_units: entry 'drug-a': required key is missing
        empty routes        | '    routes: [iv_bolus, oral]'    | '    routes: []'                                | agents[0].routes: entry 'drug-a': must not be empty
        repeated unit       | '    dose_units: [mg/m², mg]'     | '    dose_units: [mg, mg]'                      | agents[0].dose_units[1]: entry 'drug-a': 'mg' is listed twice
        pathway not in legend | '    repair_pathways: [BER, HR]' | '    repair_pathways: [BER, NHEJ]'            | agents[0].repair_pathways[1]: entry 'drug-a': 'NHEJ': not in the legend (BER, HR)
        genotoxic without lesions | '    lesions: [BD]'         | ''                                              | agents[0].lesions: entry 'drug-a': required key is missing
        family with units   | '    members: [drug-a]'           | '    members: [drug-a]\\n    dose_units: [mg]'   | agents[1].dose_units: entry 'fam': a family is not dosable
        family member unknown | '    members: [drug-a]'         | '    members: [drug-b]'                         | agents[1].members[0]: entry 'fam': no entry has the id 'drug-b'; did you mean 'drug-a'?
        family member alias | '    members: [drug-a]'           | '    members: [a]'                              | agents[1].members[0]: entry 'fam': no entry has the id 'a'; it is an alias of 'drug-a', use the id
        member is a family  | '    members: [drug-a]'           | '    members: [fam]'                            | agents[1].members[0]: entry 'fam': member 'fam' is itself a family; members must be agents
        agent with members  | '    aliases: [a]'                | '    aliases: [a]\\n    members: [mod]'          | agents[0].members: entry 'drug-a': only a family has members
        modulator lesions   | '    targets: [NFKB]'             | '    targets: [NFKB]\\n    lesions: [BD]'        | agents[2].lesions: entry 'mod': only genotoxic (Table 1) entries have lesions
        modulator no source | '    source: Someone et al., 2002' | ''                                             | agents[2].source: entry 'mod': required key is missing
        genotoxic source    | '    aliases: [a]'                | '    aliases: [a]\\n    source: x'               | agents[0].source: entry 'drug-a': Table 1 entries cite their row in references
        bad target          | '    targets: [NFKB]'             | '    targets: [NF-kB]'                          | agents[2].targets[0]: entry 'mod': 'NF-kB': targets are upper-case symbols
        duplicate id        | '  - id: mod'                     | '  - id: drug-a'                                | agents[2].id: entry 'drug-a': 'drug-a' is already the id of another entry
        alias taken         | '    aliases: [a]'                | '    aliases: [mod]'                            | agents[2].id: entry 'mod': 'mod' is already a name of entry 'drug-a'
        blank name          | '    name: Drug A'                | '    name: \"  \"'                              | agents[0].name: entry 'drug-a': expected non-blank text
        agent with no role  | '    targets: [NFKB]'             | ''                                              | agents[2]: mod: a dosable agent is exactly one of genotoxic, of an anti-microtubule class, or a modulator with targets (got none)
        modulator also anti-microtubule | '    classes: [Modulators]' | '    classes: [Modulators, Anti-microtubule agents]' | agents[2]: mod: a dosable agent is exactly one of genotoxic, of an anti-microtubule class, or a modulator with targets (got several)
        """)
    void refusesOneDefect(String defect, String line, String replacement, String expected) {
        String yaml = VALID.replace(line + "\n", replacement.replace("\\n", "\n") + (replacement.isEmpty() ? "" : "\n"));
        assertThat(yaml).as("test setup for " + defect).isNotEqualTo(VALID);
        assertThat(failure(yaml)).as(defect).startsWith("broken.yaml: " + expected);
    }

    @Test
    void refusesBrokenFiles() {
        assertThat(failure("")).isEqualTo("broken.yaml: empty file (needs the keys legend and agents)");
        assertThat(failure("- a\n- b\n")).isEqualTo("broken.yaml: expected a mapping with the keys legend and agents");
        assertThat(failure(VALID + "extra: 1\n")).startsWith("broken.yaml: extra: unknown key (allowed: legend, agents)");
        assertThat(failure(LEGEND)).isEqualTo("broken.yaml: agents: required key is missing");
        assertThat(failure(LEGEND + "agents: []\n")).isEqualTo("broken.yaml: agents: expected a non-empty list of entries");
        assertThat(failure(LEGEND + "agents:\n  - just text\n")).isEqualTo("broken.yaml: agents[0]: expected a mapping of entry keys");
        assertThat(failure("legend: {}\nagents: []\n"))
                .isEqualTo("broken.yaml: legend: expected a mapping of abbreviations to their meanings");
        assertThat(failure(VALID.replace("BER: base excision repair", "BER: 3")))
                .isEqualTo("broken.yaml: legend.BER: expected the meaning as text");
        assertThat(failure("legend: [unclosed\n")).startsWith("broken.yaml: not valid YAML at line");
        assertThat(failure(VALID.replace("    kind: agent\n    genotoxic: false", "    kind: agent\n    kind: agent\n    genotoxic: false")))
                .startsWith("broken.yaml: not valid YAML").contains("Duplicate field 'kind'");
    }

    @Test
    void catalogBuiltInCodeRechecksNamesPathwaysAndMembers() {
        AgentCatalog catalog = AgentCatalog.read(VALID, "ok.yaml");
        Agent a = catalog.find("drug-a").orElseThrow();
        Agent fam = catalog.find("fam").orElseThrow();
        Agent mod = catalog.find("mod").orElseThrow();
        assertThatThrownBy(() -> new AgentCatalog(List.of(a, a), catalog.legend()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'drug-a' names both drug-a and drug-a");
        assertThatThrownBy(() -> new AgentCatalog(List.of(a, mod), Map.of("BER", "base excision repair")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("drug-a: repair pathway HR is not in the legend");
        assertThatThrownBy(() -> new AgentCatalog(List.of(fam, mod), catalog.legend()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fam: member 'drug-a' is not the id of an agent");
    }
}
