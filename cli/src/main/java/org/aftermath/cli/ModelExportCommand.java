package org.aftermath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.aftermath.output.OutputFolder;
import org.aftermath.tmen.models.ModelFile;
import org.aftermath.tmen.models.ModelSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aftermath model export DIR}: the bundled model files, for editing, with a README.txt. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the bundled model files (.ant) and a README.txt into DIR for editing; DIR must be new or"
                + " empty (nothing is overwritten).")
final class ModelExportCommand implements Callable<Integer> {

    static final String README = "README.txt";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the folder to write into")
    private Path dir;

    @Override
    public Integer call() throws IOException {
        List<ModelFile> files = ModelSource.builtIn().files();
        try (OutputFolder folder = OutputFolder.openNew("model export", dir, List.of())) {
            for (ModelFile f : files) {
                Files.writeString(folder.file(f.name()), f.text(), StandardCharsets.UTF_8);
            }
            Files.writeString(folder.file(README), readme(dir, files), StandardCharsets.UTF_8);
            folder.commit();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + files.size() + " model file(s) and " + README + " to " + dir);
        out.println("point a scenario at them with   model: " + dir + "   (a relative path resolves against the scenario file's folder)");
        return Main.OK;
    }

    static String readme(Path dir, List<ModelFile> files) {
        StringBuilder s = new StringBuilder();
        s.append("Aftermath model files, exported by 'aftermath model export ").append(dir).append("'.\n\n");
        s.append("Each .ant file is a module in Aftermath's subset of Antimony (docs/model-format.md in the\n");
        s.append("Aftermath repository). Every parameter carries its unit and a trailing comment\n");
        s.append("  //@ source: <citation, or assumed> | range: lo .. hi | note: ...\n\n");
        s.append("To run a scenario on these files, add to the scenario (YAML):\n\n");
        s.append("  model: ").append(dir).append("\n\n");
        s.append("The path is relative to the scenario file's folder (an absolute path works too). A file named\n");
        s.append("like a bundled one (e.g. tumor-exponential.ant) replaces it; any other .ant file you add here\n");
        s.append("extends the model: it is merged into the growth module the scenario's law selects. Delete the\n");
        s.append("files you do not change if you want later Aftermath versions of them.\n\n");
        s.append("Runs take from this folder the growth module of the scenario's law, the drug (pk-*.ant),\n");
        s.append("radiotherapy and unit modules the scenario doses, the microenvironment modules (tme-*.ant)\n");
        s.append("when the scenario doses an agent or sets stroma, knockouts or knockdowns, and every file you add.\n");
        s.append('\n');
        s.append("Values the scenario sets (tumor.growth: doubling_days, carrying_capacity, rate_per_day; kill\n");
        s.append("fractions; parameters:) override the numbers in the files.\n\n");
        s.append("Check your edits without running:   aftermath model --check ").append(dir).append('\n');
        s.append("See the compiled model:             aftermath model SCENARIO.yaml\n");
        s.append("Export it as SBML:                  aftermath model SCENARIO.yaml --sbml model.xml\n\n");
        s.append("Files:\n");
        files.forEach(f -> s.append("  ").append(f.name()).append('\n'));
        return s.toString();
    }
}
