package org.aftermath.fit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.aftermath.fit.problem.Prior;
import org.aftermath.fit.problem.ProblemParameter;
import org.aftermath.kernel.expr.Expr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PEtab's tables read strictly: a copy of the Boehm problem with one defect at a time is refused with one line
 * naming the file, the row and the column; PEtab's math (log, log2, pow, **) reads as the kernel's.
 */
class PetabReaderTest {

    private static final String BOEHM = "Boehm_JProteomeRes2014";

    @TempDir
    Path dir;

    /** Copies the Boehm problem into the temporary folder, with one file's text changed. */
    private Path copy(String table, UnaryOperator<String> change) throws IOException {
        try (Stream<Path> files = Files.list(PetabCollection.FOLDER.resolve(BOEHM))) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                String name = f.getFileName().toString();
                Files.writeString(dir.resolve(name), name.startsWith(table) ? change.apply(text) : text);
            }
        }
        return dir.resolve(BOEHM + ".yaml");
    }

    private void refused(Path yaml, String file, String where, String what) {
        assertThatThrownBy(() -> ProblemLoader.load(yaml)).isInstanceOf(ProblemException.class)
                .satisfies(e -> {
                    ProblemException p = (ProblemException) e;
                    assertThat(p.file()).endsWith(file);
                    assertThat(p.where()).isEqualTo(where);
                    assertThat(p.problem()).contains(what);
                    assertThat(p.getMessage()).doesNotContain("\n");
                });
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Path yaml = copy("measurementData", t -> t.replaceFirst("\ttime\t", "\tday\t"));
        refused(yaml, "measurementData_" + BOEHM + ".tsv", "row 1", "missing column 'time'");
    }

    @Test
    void anUnknownObservableIsNamedWithItsRowAndColumn() throws IOException {
        Path yaml = copy("measurementData", t -> t.replaceFirst("\npSTAT5A_rel\t", "\npSTAT5X_rel\t"));
        refused(yaml, "measurementData_" + BOEHM + ".tsv", "row 2, column observableId",
                "unknown observable 'pSTAT5X_rel'");
    }

    @Test
    void aFormulaThatDoesNotParseIsNamed() throws IOException {
        Path yaml = copy("observables", t -> t.replace("(100 * pApB + 200 * pApA * specC17) /",
                "(100 * pApB + 200 * pApA * specC17)) /"));
        refused(yaml, "observables_" + BOEHM + ".tsv", "row 2, column observableFormula", "does not parse");
    }

    @Test
    void anUnknownModelIdInAFormulaIsNamed() throws IOException {
        Path yaml = copy("observables", t -> t.replace("(100 * pApB + 200 * pApA", "(100 * pApQ + 200 * pApA"));
        refused(yaml, "observables_" + BOEHM + ".tsv", "row 2, column observableFormula", "'pApQ'");
    }

    @Test
    void aLowerBoundAboveTheUpperIsNamed() throws IOException {
        Path yaml = copy("parameters", t -> t.replace("k_phos\tk_{phos}\tlog10\t1E-05\t100000",
                "k_phos\tk_{phos}\tlog10\t1000\t10"));
        refused(yaml, "parameters_" + BOEHM + ".tsv", "row 7, column upperBound", "not above the lower bound");
    }

    @Test
    void aNegativeValueOnALogScaleIsNamed() throws IOException {
        Path base = copy("observables", t -> t.replace("noiseParameter1_pSTAT5A_rel\tlin", "noiseParameter1_pSTAT5A_rel\tlog"));
        String m = Files.readString(dir.resolve("measurementData_" + BOEHM + ".tsv"));
        Files.writeString(dir.resolve("measurementData_" + BOEHM + ".tsv"),
                m.replaceFirst("\t7.90107299873911\t", "\t-7.9\t"));
        refused(base, "measurementData_" + BOEHM + ".tsv", "row 2, column measurement", "not positive");
    }

    @Test
    void anEstimatedParametersNominalValueMayLieOutsideItsBoundsButNotBelowZeroOnALogScale() throws IOException {
        // PEtab v1 uses nominalValue for fixed parameters only (Lang_PLOSComputBiol2024 has 0 on a log scale)
        Path yaml = copy("parameters", t -> t.replace("k_phos\tk_{phos}\tlog10\t1E-05\t100000\t15766.5070195731",
                "k_phos\tk_{phos}\tlog10\t1E-05\t100000\t0"));
        ProblemParameter p = ProblemLoader.load(yaml).problem().estimated().stream()
                .filter(q -> q.id().equals("k_phos")).findFirst().orElseThrow();
        assertThat(p.nominal()).isZero();
        assertThat(p.nominalOnScale()).isEqualTo(Double.NEGATIVE_INFINITY);
        Path negative = copy("parameters", t -> t.replace("k_phos\tk_{phos}\tlog10\t1E-05\t100000\t15766.5070195731",
                "k_phos\tk_{phos}\tlog10\t1E-05\t100000\t-1"));
        refused(negative, "parameters_" + BOEHM + ".tsv", "row 7, column nominalValue", "-1.0 is negative, but the"
                + " scale is log10");
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsNotPartOfTheFirstColumn() throws IOException {
        Path yaml = copy("experimentalCondition", t -> "\uFEFF" + t);
        assertThat(ProblemLoader.load(yaml).problem().conditions()).isNotEmpty();
    }

    @Test
    void priorParametersDefaultToTheBounds() throws IOException {
        Path yaml = copy("parameters", t -> t.replaceFirst("\testimate\n", "\testimate\tinitializationPriorType"
                + "\tobjectivePriorType\n").replaceAll("\t([01])\n", "\t$1\tparameterScaleUniform\tuniform\n"));
        ProblemParameter p = ProblemLoader.load(yaml).problem().estimated().get(0);
        assertThat(p.initializationPrior()).isEqualTo(new Prior(Prior.Type.PARAMETER_SCALE_UNIFORM, -5, 5));
        assertThat(p.objectivePrior()).isEqualTo(new Prior(Prior.Type.UNIFORM, 1e-5, 1e5));
    }

    @Test
    void petabMathReadsAsTheKernels() {
        assertThat(PetabMath.parse("log(x) + log(y, 10) + log2(z) + pow(a, b) + c ** 2"))
                .isEqualTo(PetabMath.parse("ln(x) + (ln(y)/ln(10)) + (ln(z)/ln(2)) + ((a)^(b)) + c ^ 2"));
        assertThat(PetabMath.parse("exp(log(pow(2, 3)))")).isEqualTo(
                PetabMath.parse("exp(ln(((2)^(3))))"));
        assertThat(PetabMath.parse("k").references()).containsExactly("k");
        assertThat(PetabMath.parse("2")).isEqualTo(Expr.num(2));
    }
}
