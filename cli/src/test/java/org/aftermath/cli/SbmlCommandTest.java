package org.aftermath.cli;

import static org.aftermath.cli.Cli.aftermath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aftermath.cli.Cli.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aftermath sbml run|check|test-suite}: results, files, bad input. */
class SbmlCommandTest {

    /** A ⇌ (decay to nothing) at k·[A]·V in a compartment of size 2, [A]0 = 3; an event doubles k at t = 1. */
    static final String MODEL = """
            <?xml version='1.0' encoding='UTF-8'?>
            <sbml xmlns='http://www.sbml.org/sbml/level3/version2/core' level='3' version='2'><model id='m' timeUnits='second'>
            <listOfCompartments><compartment id='V' size='2' constant='true'/></listOfCompartments>
            <listOfSpecies><species id='A' compartment='V' initialConcentration='3' hasOnlySubstanceUnits='false'
              boundaryCondition='false' constant='false'/></listOfSpecies>
            <listOfParameters><parameter id='k' value='0.5' constant='false'/></listOfParameters>
            <listOfReactions><reaction id='R' reversible='false'><listOfReactants>
              <speciesReference species='A' stoichiometry='1' constant='true'/></listOfReactants>
              <kineticLaw><math xmlns='http://www.w3.org/1998/Math/MathML'><apply><times/><ci>k</ci><ci>A</ci><ci>V</ci></apply></math>
              </kineticLaw></reaction></listOfReactions>
            <listOfEvents><event id='E' useValuesFromTriggerTime='true'><trigger initialValue='false' persistent='true'>
              <math xmlns='http://www.w3.org/1998/Math/MathML'><apply><geq/><csymbol encoding='text'
              definitionURL='http://www.sbml.org/sbml/symbols/time'>t</csymbol><cn>1</cn></apply></math></trigger>
              <listOfEventAssignments><eventAssignment variable='k'><math xmlns='http://www.w3.org/1998/Math/MathML'>
              <apply><times/><cn>2</cn><ci>k</ci></apply></math></eventAssignment></listOfEventAssignments></event></listOfEvents>
            </model></sbml>
            """;

    @TempDir
    Path dir;

    private Path model() throws IOException {
        Path file = dir.resolve("decay.xml");
        Files.writeString(file, MODEL);
        return file;
    }

    /** [A] = 3 e^{-0.5 t} until t = 1, then 3 e^{-0.5} e^{-(t - 1)}. */
    private static double expected(double t) {
        return t <= 1 ? 3 * Math.exp(-0.5 * t) : 3 * Math.exp(-0.5) * Math.exp(-(t - 1));
    }

    @Test
    void runPrintsTheTimeCourseAsSbmlReadsTheSpecies() throws IOException {
        Outcome o = aftermath("sbml", "run", model().toString(), "--end", "2", "--steps", "4");
        assertThat(o.status()).as(o.err()).isZero();
        List<String> lines = o.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("time,A");
        assertThat(lines).hasSize(6);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double t = Double.parseDouble(cells[0]);
            assertThat(Double.parseDouble(cells[1])).as(line).isCloseTo(expected(t), within(1e-8));
        }
    }

    @Test
    void runWritesAmountsAndConcentrationsToANewFile() throws IOException {
        Path out = dir.resolve("result.csv");
        Outcome o = aftermath("sbml", "run", model().toString(), "--end", "2", "--steps", "2", "--amount", "A,k",
                "--concentration", "A", "--out", out.toString());
        assertThat(o.status()).as(o.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("time,A,k,A");
        String[] atOne = lines.get(2).split(",");
        assertThat(Double.parseDouble(atOne[1])).isCloseTo(2 * expected(1), within(1e-8));
        assertThat(Double.parseDouble(atOne[2])).as("the value after the event at t = 1").isEqualTo(1.0);
        Outcome again = aftermath("sbml", "run", model().toString(), "--end", "2", "--steps", "2", "--out", out.toString());
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains("exists, and aftermath never overwrites a file");
    }

    @Test
    void checkSaysItRunsOrListsTheProblems() throws IOException {
        Outcome ok = aftermath("sbml", "check", model().toString());
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("ok: " + model() + " (SBML Level 3 Version 2, 1 species, 1 reactions, 1 events;"
                + " time unit second)");
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, MODEL.replace("<ci>V</ci></apply>", "<ci>W</ci></apply>"));
        Outcome bad = aftermath("sbml", "check", broken.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.out()).contains("undefined name 'W' in the rate of reaction R");
    }

    @Test
    void badInputExitsTwoWithOneLineNamingTheElement() throws IOException {
        Path text = dir.resolve("notes.xml");
        Files.writeString(text, "just text");
        Outcome o = aftermath("sbml", "run", text.toString(), "--end", "1", "--steps", "1");
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err().lines().toList()).containsExactly("aftermath: " + text + ": not an SBML document (no <sbml> element)");

        Path comp = dir.resolve("comp.xml");
        Files.writeString(comp, MODEL.replace("level='3' version='2'>", "level='3' version='2' "
                + "xmlns:comp='http://www.sbml.org/sbml/level3/version1/comp/version1' comp:required='true'>")
                .replace("<listOfCompartments>", "<comp:listOfSubmodels><comp:submodel comp:id='a' comp:modelRef='b'/>"
                        + "</comp:listOfSubmodels><listOfCompartments>"));
        o = aftermath("sbml", "run", comp.toString(), "--end", "1", "--steps", "1");
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err().lines().toList()).containsExactly("aftermath: " + comp
                + ": SBML package 'comp' is not supported (Aftermath reads SBML core only): element <comp:listOfSubmodels>");

        Path fbc = dir.resolve("fbc.xml");
        Files.writeString(fbc, MODEL.replace("level='3' version='2'>", "level='3' version='2' "
                + "xmlns:fbc='http://www.sbml.org/sbml/level3/version1/fbc/version2' fbc:required='false'>")
                .replace("<listOfCompartments>", "<fbc:listOfObjectives fbc:activeObjective='o'/><listOfCompartments>"));
        o = aftermath("sbml", "run", fbc.toString(), "--end", "1", "--steps", "1");
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err().lines().toList()).containsExactly("aftermath: " + fbc
                + ": SBML package 'fbc' is not supported (Aftermath reads SBML core only): element <fbc:listOfObjectives>");

        Path math = dir.resolve("math.xml");
        Files.writeString(math, MODEL.replace("<apply><times/><cn>2</cn>", "<apply><frobnicate/><cn>2</cn>"));
        o = aftermath("sbml", "run", math.toString(), "--end", "1", "--steps", "1");
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err().lines().toList()).containsExactly("aftermath: " + math
                + ": an unknown MathML element in the assignment to 'k' in event 'E'");

        o = aftermath("sbml", "run", model().toString(), "--end", "1", "--steps", "1", "--concentration", "k");
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).contains("--concentration: 'k' is a parameter, not a species");
    }
}
