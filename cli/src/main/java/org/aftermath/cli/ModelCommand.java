package org.aftermath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.aftermath.kernel.compile.ModelValidator;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.sbml.SbmlWriter;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.models.ModelChecker;
import org.aftermath.tmen.models.ModelFile;
import org.aftermath.tmen.models.ModelPrinter;
import org.aftermath.tmen.models.ModelSource;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aftermath model}: shows the compiled model of a scenario (or the bundled model files),
 * writes it as SBML ({@code --sbml}), or checks model files without running ({@code --check});
 * subcommands {@code export} and {@code params}.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        subcommands = {ModelExportCommand.class, ModelParamsCommand.class},
        description = {"Prints the model a scenario runs on: compartments, species, parameters (value, unit, "
                + "source, range), reactions and rules as equations, events (the scenario's doses).",
                "Without SCENARIO, prints each bundled model file.",
                "--sbml FILE writes the scenario's model with its doses as SBML Level 3 Version 2.",
                "--check FILE... validates model files (.ant, or folders of them) without running: "
                        + "exit 0 when clean, 2 with one line per problem (file:line: message)."})
final class ModelCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "a scenario (YAML)")
    private Path scenario;

    @Option(names = "--sbml", paramLabel = "FILE", description = "write the scenario's model as SBML L3V2 to FILE")
    private Path sbml;

    @Option(names = "--check", arity = "1..*", paramLabel = "FILE", description = "model files or folders to check")
    private List<Path> check;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "override a model parameter (repeatable)")
    private List<String> params = List.of();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (check != null) {
            if (scenario != null || sbml != null || !params.isEmpty()) {
                throw new BadOptionException("model --check: give only model files, not a scenario, --sbml or --param");
            }
            return check(out);
        }
        if (scenario == null) {
            if (sbml != null || !params.isEmpty()) {
                throw new BadOptionException("model: --sbml and --param need a SCENARIO (its doses are events of the model)");
            }
            for (ModelFile f : ModelSource.builtIn().files()) {
                out.println("# " + f.shownAs());
                out.print(ModelPrinter.print(f.read()));
                out.println();
            }
            return Main.OK;
        }
        if (sbml != null) {
            checkSbmlTarget();
        }
        Scenario s = ScenarioReader.read(scenario);
        CompiledScenario compiled = ScenarioCompiler.compile(s, RunCommand.overrides(params));
        Model model = compiled.model();
        ModelValidator.validate(model);
        if (sbml != null) {
            writeSbml(model, out);
            return Main.OK;
        }
        compiled.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        out.println("# scenario " + scenario + "; model files: " + ModelSource.of(s).description());
        out.print(ModelPrinter.print(model));
        return Main.OK;
    }

    /** Refuses an --sbml target that is not a new file in an existing folder, before anything is compiled. */
    private void checkSbmlTarget() {
        Path parent = sbml.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BadOptionException("--sbml: " + parent + " is not an existing folder");
        }
        if (Files.isDirectory(sbml)) {
            throw new BadOptionException("--sbml: " + sbml + " is a folder; give a file name, e.g. model.xml");
        }
        if (Files.exists(sbml, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new BadOptionException("--sbml: " + sbml + " exists, and aftermath never overwrites a file; give a"
                    + " new file name");
        }
    }

    private void writeSbml(Model model, PrintWriter out) throws IOException {
        String xml = SbmlWriter.write(model);
        try {
            Files.writeString(sbml, xml, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new BadOptionException("--sbml: " + sbml + " exists, and aftermath never overwrites a file; give a"
                    + " new file name");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + sbml + ": " + e.getMessage(), e);
        }
        out.println("wrote " + sbml + " (SBML Level 3 Version 2, " + model.events().size() + " event(s))");
    }

    private int check(PrintWriter out) throws IOException {
        List<ModelFile> files = new ArrayList<>();
        for (Path p : check) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    for (Path f : list.filter(x -> x.toString().endsWith(ModelFile.SUFFIX)).sorted().toList()) {
                        files.add(file(f));
                    }
                }
            } else if (Files.isRegularFile(p)) {
                files.add(file(p));
            } else {
                throw new BadOptionException("--check: " + p + ": no such file or folder");
            }
        }
        if (files.isEmpty()) {
            throw new BadOptionException("--check: no " + ModelFile.SUFFIX + " file in " + check);
        }
        List<ModelException.Problem> problems = ModelChecker.check(files);
        problems.forEach(p -> out.println(p));
        if (problems.isEmpty()) {
            out.println("ok: " + files.size() + " model file(s) checked, no problems");
            return Main.OK;
        }
        out.println(problems.size() + " problem(s) in " + files.size() + " model file(s)");
        return Main.BAD_INPUT;
    }

    private static ModelFile file(Path p) throws IOException {
        try {
            return new ModelFile(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8), p.toString(), false);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BadOptionException("--check: " + p + " is not UTF-8 text");
        }
    }
}
