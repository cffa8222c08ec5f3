package org.aftermath.tmen.docs;

import java.util.List;
import org.aftermath.kernel.expr.ExprPrinter;
import org.aftermath.kernel.model.InitialAssignment;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.tmen.models.ModelFile;

/**
 * The parameter reference {@code docs/parameters.md}: one Markdown table per model file, one
 * row per parameter in file order with its value (or the expression computing it at t = 0),
 * unit, source, plausible range, domain (written, or implied by a dimensional unit) and note. Output depends only on the files, so it is stable.
 */
public final class ParameterDocs {

    /** The command that regenerates the committed file, printed in its header. */
    public static final String REGENERATE = "./aftermath model params --markdown > docs/parameters.md";

    private ParameterDocs() { }

    /**
     * @param files model files, e.g. {@code BuiltInModels.files()}
     * @return the Markdown text
     * @throws org.aftermath.kernel.model.ModelException if a file does not parse
     */
    public static String markdown(List<ModelFile> files) {
        StringBuilder out = new StringBuilder();
        out.append("# Model parameters\n\n");
        out.append("Generated from the bundled model files (`tmen/src/main/resources/org/aftermath/tmen/models/`)\n");
        out.append("by `org.aftermath.tmen.docs.ParameterDocs`; do not edit by hand. Regenerate with\n");
        out.append("`").append(REGENERATE).append("`.\n");
        out.append("Values are those in the files: a scenario's growth keys, `parameters:` and `--param` override them.\n");
        for (ModelFile f : files) {
            Model m = f.read();
            out.append("\n## ").append(f.name()).append("\n\n");
            if (m.parameters().isEmpty()) {
                out.append("No parameters.\n");
                continue;
            }
            out.append("| name | value | unit | source | range | domain | note |\n");
            out.append("|---|---|---|---|---|---|---|\n");
            for (Parameter p : m.parameters()) {
                Provenance prov = p.provenance() == null ? Provenance.NONE : p.provenance();
                out.append("| `").append(p.id()).append("` | ").append(value(m, p)).append(" | ")
                        .append(cell(p.unit())).append(" | ").append(cell(prov.source())).append(" | ")
                        .append(range(prov)).append(" | ").append(m.domain(p).map(d -> "`" + d + "`").orElse(""))
                        .append(" | ").append(cell(prov.description())).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String value(Model m, Parameter p) {
        InitialAssignment ia = m.initialAssignment(p.id()).orElse(null);
        if (ia != null) {
            return "`= " + ExprPrinter.print(ia.math()).replace("|", "\\|") + "`";
        }
        return Double.isNaN(p.value()) ? "" : ExprPrinter.formatNumber(p.value());
    }

    private static String range(Provenance p) {
        return p.rangeText();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
