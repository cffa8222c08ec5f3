package org.aftermath.tmen.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.scenario.Scenario;
import org.aftermath.tmen.scenario.ScenarioException;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelSourceTest {

    private static final String SCENARIO = """
            name: t
            days: 10
            tumor:
              cells: 1.0e9
              growth:
                law: exponential
                doubling_days: 10
            """;

    @TempDir
    Path dir;

    @Test
    void builtInListsEveryBundledFile() {
        assertThat(ModelSource.builtIn().files()).extracting(ModelFile::name)
                .contains("tumor-exponential.ant", "tumor-gompertz.ant", "tumor-gompertz-doubling.ant");
        assertThat(ModelSource.builtIn().files()).allMatch(ModelFile::builtIn);
        assertThat(ModelSource.builtIn().extensions()).isEmpty();
    }

    @Test
    void bundledFilesAreListedFromAJarToo() throws IOException {
        Path jar = dir.resolve("models.jar");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : List.of(BuiltInModels.FOLDER, BuiltInModels.FOLDER + "b.ant", BuiltInModels.FOLDER + "a.ant",
                    BuiltInModels.FOLDER + "notes.txt", BuiltInModels.FOLDER + "sub/", BuiltInModels.FOLDER + "sub/c.ant")) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry));
                out.closeEntry();
            }
        }
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            assertThat(BuiltInModels.names(loader)).containsExactly("a.ant", "b.ant");
        }
    }

    @Test
    void defaultModelIsBuiltIn() {
        Scenario s = ScenarioReader.read(SCENARIO, "t.yaml");
        assertThat(s.model()).isEqualTo(Scenario.BUILT_IN_MODEL);
        assertThat(ModelSource.of(s).description()).isEqualTo("builtin");
    }

    @Test
    void sameNamedFileReplacesBundledOneRelativeToTheScenarioFolder() throws IOException {
        Path models = Files.createDirectories(dir.resolve("my-model"));
        String edited = ModelSource.builtIn().file("tumor-exponential.ant").orElseThrow().text()
                .replace("ln(2) / doubling_days * N;", "2 * ln(2) / doubling_days * N;");
        Files.writeString(models.resolve("tumor-exponential.ant"), edited);
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, SCENARIO + "model: my-model\n");
        Scenario s = ScenarioReader.read(scenario);
        ModelSource source = ModelSource.of(s);
        assertThat(source.extensions()).isEmpty();
        ModelFile file = source.file("tumor-exponential.ant").orElseThrow();
        assertThat(file.builtIn()).isFalse();
        assertThat(file.shownAs()).isEqualTo(models.resolve("tumor-exponential.ant").toString());
        CompiledScenario compiled = ScenarioCompiler.compile(s, Map.of());
        assertThat(compiled.model().reactions().get(0).origin().file()).isEqualTo(file.shownAs());
    }

    @Test
    void fileDeclaringABundledModuleIdReplacesThatModule() {
        String text = "// model tumor_gompertz() in a comment does not count\nmodel tumor_exponential()\n"
                + ModelSource.builtIn().file("tumor-exponential.ant").orElseThrow().text() + "\nend\n";
        ModelFile mine = new ModelFile("my-growth.ant", text, "my-growth.ant", false);
        ModelSource source = ModelSource.withUserFiles("mine", List.of(mine));
        assertThat(source.extensions()).isEmpty();
        assertThat(source.file("tumor-exponential.ant")).contains(mine);
        assertThat(source.file("tumor-gompertz.ant").orElseThrow().builtIn()).isTrue();
        assertThat(source.growthModel(GrowthModule.forFile("tumor-exponential.ant").orElseThrow()).id()).isEqualTo("tumor_exponential");
        assertThat(ModelSource.declaredModelId("/* model a() */ # model b()\n  model *c ()")).contains("c");
    }

    @Test
    void otherFileExtendsTheGrowthModule() throws IOException {
        Files.writeString(dir.resolve("stroma.ant"), """
                compartment stroma = 1
                species F in stroma = 5
                signal: -> F; 1e-9 * N
                decay: F -> ; k_decay * F
                k_decay = 0.1  //@ source: assumed | range: 0.01 .. 1
                """);
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, SCENARIO + "model: stroma.ant\n");
        Scenario s = ScenarioReader.read(scenario);
        assertThat(ModelSource.of(s).extensions()).extracting(ModelFile::name).containsExactly("stroma.ant");
        Model m = ScenarioCompiler.compile(s, Map.of()).model();
        assertThat(m.species(GrowthModule.CELLS)).isPresent();
        assertThat(m.species("F")).isPresent();
        assertThat(m.parameter("k_decay").orElseThrow().value()).isEqualTo(0.1);
        org.aftermath.kernel.compile.ModelValidator.validate(m);
    }

    @Test
    void missingPathNamesFileFieldAndWhatIsAllowed() {
        Scenario s = ScenarioReader.read(SCENARIO + "model: nowhere\n", dir.resolve("s.yaml").toString());
        assertThatThrownBy(() -> ModelSource.of(s))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.file()).isEqualTo(dir.resolve("s.yaml").toString());
                    assertThat(e.fieldPath()).isEqualTo("model");
                    assertThat(e.problem()).contains("does not exist").contains("'builtin'").contains(".ant");
                });
    }

    @Test
    void folderWithoutModelFilesAndNonAntFileAreRefused() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("notes.txt"), "x");
        for (String value : List.of("empty", "notes.txt")) {
            Scenario s = ScenarioReader.read(SCENARIO + "model: " + value + "\n", dir.resolve("s.yaml").toString());
            assertThatThrownBy(() -> ModelSource.of(s)).isInstanceOf(ScenarioException.class)
                    .hasMessageContaining("model: ");
        }
    }

    /** tmen alone has no SBML reader (the sbml module provides it): an SBML module is refused, not ignored. */
    @Test
    void anSbmlModuleWithoutTheSbmlModuleIsRefusedNamingTheFile() throws IOException {
        Path models = Files.createDirectories(dir.resolve("with-sbml"));
        Files.writeString(models.resolve("nfkb.xml"), "<sbml/>");
        Scenario s = ScenarioReader.read(SCENARIO + "model: with-sbml\n", dir.resolve("s.yaml").toString());
        assertThatThrownBy(() -> ModelSource.of(s)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("model: ").hasMessageContaining(models.resolve("nfkb.xml").toString())
                .hasMessageContaining("needs Aftermath's sbml module");
    }

    @Test
    void modelMustBeANonEmptyString() {
        assertThatThrownBy(() -> ScenarioReader.read(SCENARIO + "model: 3\n", "s.yaml"))
                .isInstanceOf(ScenarioException.class).hasMessageStartingWith("s.yaml: model: expected a string");
        assertThatThrownBy(() -> ScenarioReader.read(SCENARIO + "model: [a]\n", "s.yaml"))
                .isInstanceOf(ScenarioException.class).hasMessageStartingWith("s.yaml: model: ");
    }

    @Test
    void brokenUserFileIsReportedWithFileAndLine() throws IOException {
        Path models = Files.createDirectories(dir.resolve("m"));
        Files.writeString(models.resolve("tumor-exponential.ant"), """
                species N = 1e9
                growth: -> N; ln(2) / doubling_dayz * N
                doubling_days = 10  //@ source: assumed
                tumor_cells := N
                """);
        Scenario s = ScenarioReader.read(SCENARIO + "model: m\n", dir.resolve("s.yaml").toString());
        CompiledScenario compiled = ScenarioCompiler.compile(s, Map.of());
        assertThatThrownBy(() -> org.aftermath.kernel.compile.ModelValidator.validate(compiled.model()))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining(models.resolve("tumor-exponential.ant") + ":2: undefined name 'doubling_dayz'");
    }

    /** The user's files given as texts at their paths compile to the model read from disk (growth, therapy and microenvironment modules). */
    @Test
    void filesGivenAsTextsCompileToTheModelReadFromDisk() throws IOException {
        Path models = Files.createDirectories(dir.resolve("texts"));
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put(models.resolve("tumor-exponential.ant").toString(), ModelSource.builtIn().file("tumor-exponential.ant")
                .orElseThrow().text().replace("ln(2) / doubling_days * N;", "2 * ln(2) / doubling_days * N;"));
        texts.put(models.resolve("tme-stroma.ant").toString(), ModelSource.builtIn().file("tme-stroma.ant").orElseThrow().text());
        texts.put(models.resolve("marker.ant").toString(), """
                compartment blood = 1
                species M in blood = 0
                shedding: -> M; 1e-9 * N
                """);
        for (Map.Entry<String, String> f : texts.entrySet()) {
            Files.writeString(Path.of(f.getKey()), f.getValue());
        }
        Path file = dir.resolve("agent.yaml");
        Files.writeString(file, SCENARIO + "treatments: [{agent: doxorubicin, dose: 60, days: [0, 21]}]\nmodel: texts\n");
        Scenario s = ScenarioReader.read(file);
        CompiledScenario fromDisk = ScenarioCompiler.compile(s, Map.of("doubling_days", 12.0));
        ModelSource source = ModelSource.ofTexts(s.model(), texts);
        assertThat(source.files()).isEqualTo(ModelSource.of(s).files());
        CompiledScenario fromTexts = ScenarioCompiler.compile(s, Map.of("doubling_days", 12.0), source);
        assertThat(fromTexts.model()).isEqualTo(fromDisk.model());
        assertThat(fromTexts).isEqualTo(fromDisk);
        // nothing is read from disk on the text route
        for (String f : texts.keySet()) {
            Files.delete(Path.of(f));
        }
        Files.delete(models);
        assertThat(ScenarioCompiler.compile(s, Map.of("doubling_days", 12.0), source)).isEqualTo(fromDisk);
        assertThat(fromTexts.model().species("M")).isPresent();
        assertThat(fromTexts.model().reactions().get(0).origin().file())
                .isEqualTo(models.resolve("tumor-exponential.ant").toString());
        assertThat(ModelSource.ofTexts("builtin", Map.of()).files()).isEqualTo(ModelSource.builtIn().files());
    }

    @Test
    void textsMustBeModelFiles() {
        assertThatThrownBy(() -> ModelSource.ofTexts("m", Map.of("m/notes.txt", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model file 'm/notes.txt' is not a .ant, .xml or .mapping.yaml file");
    }
}
