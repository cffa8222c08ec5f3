package org.aftermath.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Parameter;
import org.aftermath.kernel.model.Provenance;
import org.aftermath.tmen.docs.ParameterDocs;
import org.aftermath.tmen.models.BuiltInModels;
import org.aftermath.tmen.models.ModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aftermath model params}: every bundled parameter with value, unit, source and range. */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = {"Lists the parameters of the bundled model files: value, unit, source, range.",
                "--markdown prints docs/parameters.md: " + ParameterDocs.REGENERATE})
final class ModelParamsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--markdown", description = "print the Markdown reference (docs/parameters.md)")
    private boolean markdown;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.print(ParameterDocs.markdown(BuiltInModels.files()));
            return Main.OK;
        }
        for (ModelFile f : BuiltInModels.files()) {
            Model m = f.read();
            for (Parameter p : m.parameters()) {
                Provenance prov = p.provenance() == null ? Provenance.NONE : p.provenance();
                String value = m.initialAssignment(p.id()).isPresent() ? "(computed)" : Double.toString(p.value());
                out.printf("%-28s %-32s %-12s %-14s %s%n", f.name(), p.id(), value,
                        p.unit() == null ? "-" : p.unit(), prov.source() == null ? "(no source)" : prov.source());
            }
        }
        return Main.OK;
    }
}
