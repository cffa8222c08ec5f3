package org.aftermath.cli;

import static org.aftermath.cli.Cli.aftermath;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.aftermath.cli.Cli.Outcome;
import org.junit.jupiter.api.Test;

/** {@code aftermath agents}: table, JSON, filters, one entry, bad input. */
class AgentsCommandTest {

    /** Runs {@code aftermath agents ARGS} end to end through {@link Main#execute}. */
    static Outcome agents(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "agents";
        System.arraycopy(args, 0, full, 1, args.length);
        return aftermath(full);
    }

    @Test
    void tableListsEveryEntryAligned() {
        Outcome o = agents();
        assertThat(o.status()).as(o.err()).isZero();
        List<String> lines = o.lines();
        assertThat(lines).hasSize(1 + 47);
        String header = lines.get(0);
        assertThat(header).startsWith("ID").contains("KIND", "CLASSES", "GENOTOXIC", "UNITS", "ROUTES");
        int kind = header.indexOf("KIND");
        int units = header.indexOf("UNITS");
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line.substring(kind)).as(line).matches("(agent|family) .*");
            assertThat(line.charAt(units - 1)).as(line).isEqualTo(' ');
            assertThat(line).doesNotEndWith(" ");
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("cisplatin ")
                .contains("Bifunctional alkylators", "yes", "mg/m²", "iv_infusion, ip"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("anthracyclines ").contains("family").endsWith("-"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("5-fluorouracil ")
                .contains("Antimetabolites; Replication inhibitors"));
    }

    @Test
    void filtersByClassAndGenotoxicity() {
        Outcome alkylators = agents("--class", "ALKYLATORS");
        assertThat(alkylators.status()).isZero();
        assertThat(alkylators.lines()).hasSize(1 + 13);
        Outcome nonGenotoxic = agents("--genotoxic", "false");
        assertThat(nonGenotoxic.lines()).hasSize(1 + 11).noneMatch(l -> l.contains(" yes "));
        assertThat(agents("--class", "microtubule", "--genotoxic", "false").lines()).hasSize(1 + 3);
        assertThat(agents("--class", "microtubule", "--genotoxic", "true").out()).isEqualTo("no agents match" + System.lineSeparator());
    }

    @Test
    void jsonListsEntriesWithSnakeCaseKeysAndReadableValues() throws IOException {
        Outcome o = agents("--json", "--genotoxic", "true");
        assertThat(o.status()).isZero();
        JsonNode list = new ObjectMapper().readTree(o.out());
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(36);
        JsonNode first = list.get(0);
        assertThat(first.get("id").asText()).isEqualTo("bleomycin");
        assertThat(first.get("kind").asText()).isEqualTo("agent");
        assertThat(first.get("dose_units").get(0).asText()).isEqualTo("IU/m²");
        assertThat(first.get("routes").get(0).asText()).isEqualTo("iv_bolus");
        assertThat(first.get("repair_pathways")).hasSize(4);
        assertThat(first.get("references").get(0).asText()).isEqualTo("Helleday et al., 2008");
        List<String> keys = new java.util.ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "name", "aliases", "classes", "kind", "members", "genotoxic", "lesions",
                "repair_pathways", "references", "source", "targets", "dose_units", "routes", "notes");
    }

    @Test
    void oneEntryInFullWithReferences() {
        Outcome o = agents("araC");
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.lines().get(0)).isEqualTo("cytarabine - Cytarabine");
        assertThat(o.out()).contains("aliases     arac, ara-c, arabinosylcytosine",
                "lesions     DSBs (double strand break), RLs (reversal lesion)",
                "repair      ENDO (endonuclease-mediated repair), FA (Fanconi anaemia repair pathway)",
                "dose units  mg/m² (default)",
                "routes      iv_infusion (default), iv_bolus, sc",
                "references  Helleday et al., 2008",
                "            Helleday et al., 2014");
        assertThat(agents("anthracyclines").out()).contains("family (not dosable)",
                "members     epirubicin, daunorubicin, doxorubicin, idarubicin", "notes       some also produce free radicals")
                .doesNotContain("dose units");
        assertThat(agents("metformin").out()).contains("targets     IKK, NFKB", "source      Moiseeva et al., 2013")
                .doesNotContain("references  ", "lesions");
        // issue 13: the entry says which exposure and potency values are sourced and which assumed
        assertThat(agents("sulfasalazine").out()).contains("kinetics    pk-sulfasalazine.ant (its own file",
                "bioavailability   0.12", "sourced  Azad Khan et al. 1982", "unbound_fraction  0.01",
                "ic50              249 mg_per_L   sourced  Liptay et al. 1999", "inhibition_max    0.9            assumed  range 0.5 .. 1");
        assertThat(agents("3-aminobenzamide").out()).contains("pk-generic.ant (the generic placeholder: every value assumed)");
        assertThat(agents("radiation").out()).doesNotContain("kinetics");
    }

    @Test
    void oneEntryAsJson() throws IOException {
        JsonNode agent = new ObjectMapper().readTree(agents("anti-CD20", "--json").out());
        assertThat(agent.get("id").asText()).isEqualTo("rituximab");
        assertThat(agent.get("targets").get(0).asText()).isEqualTo("CD20");
    }

    @Test
    void unknownIdSuggestsTheClosestAndExitsTwo() {
        Outcome o = agents("cisplatine");
        assertThat(o.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(o.out()).isEmpty();
        assertThat(o.err()).startsWith("aftermath: agents: unknown agent 'cisplatine'; closest: cisplatin, ");
    }

    @Test
    void badFiltersExitTwo() {
        Outcome noClass = agents("--class", "antibiotics");
        assertThat(noClass.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(noClass.err()).contains("--class: no class name contains 'antibiotics' (classes: Radiotherapy and radiomimetics;");
        assertThat(agents("--genotoxic", "maybe").status()).isEqualTo(Main.BAD_INPUT);
        Outcome both = agents("cisplatin", "--genotoxic", "true");
        assertThat(both.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(both.err()).contains("not both");
    }
}
