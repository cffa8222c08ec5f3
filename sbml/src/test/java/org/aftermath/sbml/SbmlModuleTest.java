package org.aftermath.sbml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.aftermath.kernel.antimony.AntimonyReader;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.kernel.model.ModelModule;
import org.aftermath.ode.Tolerances;
import org.aftermath.runner.testing.Runs;
import org.aftermath.tmen.CompiledScenario;
import org.aftermath.tmen.ScenarioCompiler;
import org.aftermath.tmen.models.ModelSource;
import org.aftermath.tmen.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SBML files as modules of a scenario's model ({@link SbmlModuleReader}): the bundled Lipniacki
 * et al. 2004 NF-kB module against the paper's equations integrated by SciPy
 * ({@code lipniacki2004_paper.py}, not reading the SBML file), alone in its seconds and joined
 * into a host in days; time conversion against a closed form; mapping errors naming the file.
 */
class SbmlModuleTest {

    static final Path FOLDER = Runs.EXAMPLES.resolve("models").resolve("lipniacki-nfkb");
    static final Path LIPNIACKI = FOLDER.resolve("lipniacki2004.xml");
    static final Tolerances TIGHT = new Tolerances(1e-10, 1e-13);

    @TempDir
    Path dir;

    /** Continuous TNF (TR = 1) for 6 h: damped nuclear NF-kB oscillations, as the paper's equations give. */
    @Test
    void theBundledSbmlIsThePapersEquations() throws Exception {
        SbmlModel sbml = SbmlReader.importFile(LIPNIACKI);
        assertThat(sbml.timeUnits()).isEqualTo("second");
        ResultTable ours = new SbmlSimulation(sbml, List.of(new SbmlSimulation.Output("NFkBn", null),
                new SbmlSimulation.Output("nuclear_NFkB_fraction", null)), ModelCompiler.Backend.AUTO)
                .run(0, 21_600, 12, TIGHT, 1, Long.MAX_VALUE);
        List<double[]> paper = paper(1, 21_600, 12);
        for (int i = 0; i < paper.size(); i++) {
            for (int k = 1; k <= 2; k++) {
                assertThat(ours.rows()[i][k]).as("row %d column %d", i, k)
                        .isCloseTo(paper.get(i)[k], within(1e-6 * Math.abs(paper.get(i)[k]) + 1e-9));
            }
        }
        double firstPeak = paper.get(1)[1];
        assertThat(firstPeak).as("nuclear NF-kB 30 min after TNF, uM").isBetween(0.2, 0.35);
    }

    /** Joined into a host that runs in days, the module's seconds are converted: day 0.25 is 21,600 s. */
    @Test
    void joinedIntoAHostInDaysTheModuleKeepsItsDynamics() throws Exception {
        Model host = AntimonyReader.parse("""
                unit per_day = 1 / day
                drive = 1
                nfkb := 0
                nuclear := 0
                """, "host.ant");
        ModelModule module = new SbmlModuleReader().read("lipniacki2004.xml", Files.readString(LIPNIACKI), """
                prefix: lip
                inputs: {TR: drive}
                outputs: {nfkb: lip_nuclear_NFkB_fraction, nuclear: lip_NFkBn}
                """, LIPNIACKI.toString(), "day");
        Model joined = module.joinInto(host);
        List<double[]> rows = simulate(joined, 0.25, 12, "nfkb", "nuclear");
        List<double[]> paper = paper(1, 21_600, 12);
        for (int i = 0; i < paper.size(); i++) {
            assertThat(rows.get(i)[0] * 86_400).isCloseTo(paper.get(i)[0], within(1e-6));
            assertThat(rows.get(i)[1]).as("fraction, row %d", i).isCloseTo(paper.get(i)[2], within(1e-6 * paper.get(i)[2] + 1e-9));
            assertThat(rows.get(i)[2]).as("nuclear NF-kB read as SBML reads it (a concentration), row %d", i)
                    .isCloseTo(paper.get(i)[1], within(1e-6 * paper.get(i)[1] + 1e-9));
        }
    }

    /** z' = time in a module whose unit the mapping states (hours): z(1 day) = 24² / 2 = 288 in the module's unit. */
    @Test
    void timeIsConvertedByTheToolWhereTheUnitIsStated() {
        String xml = SbmlReaderTest.document("""
                <listOfParameters><parameter id='z' value='0' constant='false'/><parameter id='u' value='1' constant='true'/>
                  </listOfParameters>
                <listOfRules><rateRule variable='z'>""" + SbmlReaderTest.math("<apply><times/><ci>u</ci><csymbol "
                + "encoding='text' definitionURL='http://www.sbml.org/sbml/symbols/time'>t</csymbol></apply>") + """
                </rateRule></listOfRules>""");
        Model host = AntimonyReader.parse("z_out := 0\nscale = 1\n", "host.ant");
        assertThatThrownBy(() -> new SbmlModuleReader().read("m.xml", xml, null, "m.xml", "day"))
                .isInstanceOf(ModelException.class).hasMessageContaining("m.mapping.yaml")
                .hasMessageContaining("declares no time unit");
        ModelModule module = new SbmlModuleReader().read("m.xml", xml,
                "time_unit: hour\ninputs: {u: scale}\noutputs: {z_out: m_z}\n", "m.xml", "day");
        List<double[]> rows = simulate(module.joinInto(host), 1, 4, "z_out");
        for (double[] row : rows) {
            double hours = row[0] * 24;
            assertThat(row[1]).isCloseTo(hours * hours / 2, within(1e-7));
        }
    }

    @Test
    void mappingErrorsNameTheMappingFileAndTheField() throws IOException {
        String xml = Files.readString(LIPNIACKI);
        Model host = AntimonyReader.parse("nfkb := 0\n", "host.ant");
        SbmlModuleReader reader = new SbmlModuleReader();
        assertThatThrownBy(() -> reader.read("lip.xml", xml, "prefx: lip\n", "lip.xml", "day"))
                .hasMessageContaining("lip.mapping.yaml").hasMessageContaining("unknown key 'prefx'");
        assertThatThrownBy(() -> reader.read("lip.xml", xml, "inputs: {TNF: 1}\n", "lip.xml", "day"))
                .hasMessageContaining("lip.mapping.yaml").hasMessageContaining("inputs: 'TNF' is not an id");
        assertThatThrownBy(() -> reader.read("lip.xml", xml, "outputs: {nfkb: 'lip_NFkBn +'}\n", "lip.xml", "day"))
                .hasMessageContaining("lip.mapping.yaml").hasMessageContaining("outputs.nfkb");
        assertThatThrownBy(() -> reader.read("lip.xml", xml, "inputs: {NFkBn: 1}\n", "lip.xml", "day").joinInto(host))
                .hasMessageContaining("lip.xml").hasMessageContaining("input 'lip_NFkBn' is not a parameter");
        assertThatThrownBy(() -> reader.read("lip.xml", xml, "outputs: {nfkb_x: 1}\n", "lip.xml", "day").joinInto(host))
                .hasMessageContaining("output 'nfkb_x' is not an assignment-rule variable or a parameter");
    }

    /** The bundled example: the stroma's NF-kB activity is the module's; a cohort worker given the texts builds the same model. */
    @Test
    void theFigure3cExampleRunsOnTheModule() {
        Path example = Runs.EXAMPLES.resolve("figure-3c-lipniacki.yaml");
        CompiledScenario c = Runs.compile(example);
        Model m = c.model();
        assertThat(m.species()).extracting(s -> s.id()).contains("lip_NFkBn", "lip_IkBaNFkB");
        assertThat(m.assignmentRule("nfkb").orElseThrow().math().toString()).contains("lip_nuclear_NFkB_fraction");
        assertThat(m.assignmentRule("lip_TR").orElseThrow().math().toString()).contains("parp1");
        ModelSource source = ModelSource.of(ScenarioReader.read(example));
        assertThat(source.moduleTexts()).containsOnlyKeys("lipniacki2004.xml", "lipniacki2004.mapping.yaml");
        Model fromTexts = ScenarioCompiler.compile(ScenarioReader.read(example), Map.of(),
                ModelSource.ofTexts("models/lipniacki-nfkb", source.moduleTexts())).model();
        assertThat(fromTexts.assignmentRules()).extracting(r -> r.variable() + " := " + r.math())
                .isEqualTo(m.assignmentRules().stream().map(r -> r.variable() + " := " + r.math()).toList());
        assertThat(fromTexts.reactions()).hasSameSizeAs(m.reactions());
    }

    static List<double[]> simulate(Model model, double end, int steps, String... observables) {
        return GridRun.simulate(model, end, steps, TIGHT, observables);
    }

    /** @return rows time (s), NFkBn (uM), nuclear fraction from the paper's equations (SciPy) */
    List<double[]> paper(double tr, double end, int steps) throws IOException, InterruptedException {
        Path script = dir.resolve("lipniacki2004_paper.py");
        try (InputStream in = getClass().getResourceAsStream("lipniacki2004_paper.py")) {
            Files.write(script, in.readAllBytes());
        }
        Process p = new ProcessBuilder(LibSbmlConsistencyTest.PYTHON, script.toString(), Double.toString(tr),
                Double.toString(end), Integer.toString(steps)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the paper's equations did not finish in 120 s");
        }
        assertThat(p.exitValue()).as(out).isZero();
        List<double[]> rows = new ArrayList<>();
        for (String line : out.lines().skip(1).toList()) {
            rows.add(java.util.Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray());
        }
        assertThat(rows).hasSize(steps + 1);
        return rows;
    }
}
