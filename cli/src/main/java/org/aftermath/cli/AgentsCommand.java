package org.aftermath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.output.CsvFormat;
import org.aftermath.output.Json;
import org.aftermath.tmen.agents.Agent;
import org.aftermath.tmen.agents.AgentCatalog;
import org.aftermath.tmen.agents.DoseUnit;
import org.aftermath.tmen.therapy.PkModule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aftermath agents}: the therapy-agent knowledge base as a table, as JSON, or one entry in full. */
@Command(name = "agents", mixinStandardHelpOptions = true,
        description = {"Lists the therapy agents: the review's Table 1 (genotoxic), anti-microtubule agents and "
                + "anti-DDSP modulators, with their dose units and routes (first = default).",
                "With an ID (or alias), shows that entry in full with its references."})
final class AgentsCommand implements Callable<Integer> {

    private static final String NONE = "-";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "an agent id or alias, any case")
    private String id;

    @Option(names = "--json", description = "print JSON instead of text")
    private boolean json;

    @Option(names = "--class", paramLabel = "TEXT", description = "only entries with a class name containing TEXT (any case)")
    private String classFragment;

    @Option(names = "--genotoxic", arity = "1", paramLabel = "true|false", description = "only genotoxic (true) or non-genotoxic (false) entries")
    private Boolean genotoxic;

    @Override
    public Integer call() throws IOException {
        AgentCatalog catalog = AgentCatalog.builtIn();
        PrintWriter out = spec.commandLine().getOut();
        if (id != null) {
            if (classFragment != null || genotoxic != null) {
                throw new BadOptionException("agents: give an ID or the filters --class/--genotoxic, not both");
            }
            Agent agent = catalog.require(id, "agents", "");
            out.println(json ? Json.toJson(agent) : describe(agent, catalog.legend()));
            return Main.OK;
        }
        if (classFragment != null && catalog.select(classFragment, null).isEmpty()) {
            throw new BadOptionException("--class: no class name contains '" + classFragment + "' (classes: "
                    + String.join("; ", catalog.classes()) + ")");
        }
        List<Agent> agents = catalog.select(classFragment, genotoxic);
        if (json) {
            out.println(Json.toJson(agents));
        } else if (agents.isEmpty()) {
            out.println("no agents match");
        } else {
            out.print(table(agents));
        }
        out.flush();
        return Main.OK;
    }

    /** @return the entries as an aligned text table, one line per entry, header first */
    static String table(List<Agent> agents) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "KIND", "CLASSES", "GENOTOXIC", "UNITS", "ROUTES"});
        for (Agent a : agents) {
            rows.add(new String[] {a.id(), a.kind().toString(), String.join("; ", a.classes()), a.genotoxic() ? "yes" : "no",
                    a.dosable() ? joined(a.doseUnits()) : NONE, a.dosable() ? joined(a.routes()) : NONE});
        }
        int[] widths = new int[rows.get(0).length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        StringBuilder text = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(i < r.length - 1 ? String.format("%-" + (widths[i] + 2) + "s", r[i]) : r[i]);
            }
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }

    /** @return one entry in full: every field, abbreviations explained, one reference a line */
    static String describe(Agent a, Map<String, String> legend) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"kind", a.dosable() ? "agent (dosable)" : "family (not dosable)"});
        fields.add(new String[] {"aliases", a.aliases().isEmpty() ? NONE : String.join(", ", a.aliases())});
        fields.add(new String[] {"classes", String.join("; ", a.classes())});
        if (!a.dosable()) {
            fields.add(new String[] {"members", a.members().isEmpty() ? "none in the catalog" : String.join(", ", a.members())});
        }
        fields.add(new String[] {"genotoxic", a.genotoxic() ? "yes" : "no"});
        if (a.genotoxic()) {
            fields.add(new String[] {"lesions", explained(a.lesions(), legend)});
            fields.add(new String[] {"repair", explained(a.repairPathways(), legend)});
        }
        if (!a.targets().isEmpty()) {
            fields.add(new String[] {"targets", String.join(", ", a.targets())});
        }
        if (a.dosable()) {
            fields.add(new String[] {"dose units", withDefault(a.doseUnits())});
            fields.add(new String[] {"routes", withDefault(a.routes())});
        }
        if (!a.notes().isEmpty()) {
            fields.add(new String[] {"notes", a.notes()});
        }
        if (!a.source().isEmpty()) {
            fields.add(new String[] {"source", a.source()});
        }
        String indent = "  ";
        String blank = " ".repeat(12);
        StringBuilder text = new StringBuilder(a.id()).append(" - ").append(a.name());
        for (String[] f : fields) {
            text.append(System.lineSeparator()).append(indent).append(String.format("%-12s", f[0])).append(f[1]);
        }
        for (int i = 0; i < a.references().size(); i++) {
            text.append(System.lineSeparator()).append(indent).append(i == 0 ? String.format("%-12s", "references") : blank)
                    .append(a.references().get(i));
        }
        if (a.dosable() && !a.doseUnits().contains(DoseUnit.GY)) {
            text.append(System.lineSeparator()).append(pharmacokinetics(a.id()));
        }
        return text.toString();
    }

    /**
     * @return the agent's exposure and potency parameters as the model runs them: its module file,
     *         then one line per parameter with value, unit, whether it is sourced (with the source,
     *         whose quote is in the file's sidecar) or assumed (with its range); the ports the
     *         compiler sets and the structural constants are left out
     */
    static String pharmacokinetics(String agentId) {
        String file = PkModule.fileFor(agentId);
        boolean own = PkModule.sourced(agentId);
        StringBuilder text = new StringBuilder("  ").append(String.format("%-12s", "kinetics")).append(file)
                .append(own ? " (its own file; quotes in " + file.replace(".ant", ".quotes.yaml") + ", references in docs/references.md)"
                        : " (the generic placeholder: every value assumed)");
        List<String[]> rows = new ArrayList<>();
        int sourced = 0;
        int assumed = 0;
        for (Parameter p : PkModule.read(agentId).parameters()) {
            Provenance prov = p.provenance();
            String source = prov.source() == null ? "" : prov.source();
            if (source.startsWith("set by") || source.startsWith("structural")) {
                continue;
            }
            boolean isAssumed = prov.assumed();
            String detail = isAssumed ? (prov.min() == null ? "" : "range " + CsvFormat.number(prov.min()) + " .. " + CsvFormat.number(prov.max()))
                    + (source.equals("assumed") ? "" : "; " + source.substring("assumed".length()).replaceFirst("^[ ,;]+", ""))
                    : source;
            rows.add(new String[] {p.id(), CsvFormat.number(p.value()) + (p.unit() == null ? "" : " " + p.unit()),
                    isAssumed ? "assumed" : "sourced", detail});
            if (isAssumed) {
                assumed++;
            } else {
                sourced++;
            }
        }
        int w0 = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int w1 = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        for (String[] r : rows) {
            text.append(System.lineSeparator()).append("    ").append(String.format("%-" + (w0 + 2) + "s%-" + (w1 + 2) + "s%-9s", r[0], r[1], r[2]))
                    .append(r[3]);
        }
        text.append(System.lineSeparator()).append("    ").append(sourced).append(" sourced, ").append(assumed).append(" assumed");
        return text.toString();
    }

    /** Each term with its meaning from the legend when it has one ({@code DSBs} uses {@code DSB}). */
    private static String explained(List<String> terms, Map<String, String> legend) {
        List<String> out = new ArrayList<>();
        for (String term : terms) {
            String meaning = legend.get(term);
            if (meaning == null && term.endsWith("s")) {
                meaning = legend.get(term.substring(0, term.length() - 1));
            }
            out.add(meaning == null ? term : term + " (" + meaning + ")");
        }
        return String.join(", ", out);
    }

    private static String withDefault(List<?> values) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(i == 0 ? values.get(i) + " (default)" : values.get(i).toString());
        }
        return String.join(", ", out);
    }

    private static String joined(List<?> values) {
        return String.join(", ", values.stream().map(Object::toString).toList());
    }
}
