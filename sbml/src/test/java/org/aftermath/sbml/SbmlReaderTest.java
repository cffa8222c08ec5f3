package org.aftermath.sbml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.aftermath.kernel.compile.ModelCompiler;
import org.aftermath.kernel.model.ModelException;
import org.aftermath.ode.Tolerances;
import org.junit.jupiter.api.Test;

/** The SBML import's translation, each checked on a small model against its closed form. */
class SbmlReaderTest {

    private static final Tolerances TIGHT = new Tolerances(1e-11, 1e-14);

    static String document(String body) {
        return "<?xml version='1.0' encoding='UTF-8'?>\n<sbml xmlns='http://www.sbml.org/sbml/level3/version2/core'"
                + " level='3' version='2'><model id='m'>" + body + "</model></sbml>";
    }

    static String math(String inner) {
        return "<math xmlns='http://www.w3.org/1998/Math/MathML'>" + inner + "</math>";
    }

    static ResultTable run(String xml, double end, int steps, SbmlSimulation.Output... outputs) {
        SbmlModel m = SbmlReader.parse(xml, "test.xml");
        return new SbmlSimulation(m, List.of(outputs), ModelCompiler.Backend.GENERATED)
                .run(0, end, steps, TIGHT, 1, Long.MAX_VALUE);
    }

    static SbmlSimulation.Output out(String id, SbmlModel.Quantity q) {
        return new SbmlSimulation.Output(id, q);
    }

    /** A → ∅ at rate k·[A]·V in a compartment of size 2: [A](t) = [A]0 e^{-kt}; the amount is 2[A]. */
    @Test
    void concentrationsAreAmountsOverTheCompartment() {
        String xml = document("""
                <listOfCompartments><compartment id='V' size='2' constant='true'/></listOfCompartments>
                <listOfSpecies><species id='A' compartment='V' initialConcentration='3' hasOnlySubstanceUnits='false'
                  boundaryCondition='false' constant='false'/></listOfSpecies>
                <listOfParameters><parameter id='k' value='0.5' constant='true'/></listOfParameters>
                <listOfReactions><reaction id='R' reversible='false'><listOfReactants>
                  <speciesReference species='A' stoichiometry='1' constant='true'/></listOfReactants>
                  <kineticLaw>""" + math("<apply><times/><ci>k</ci><ci>A</ci><ci>V</ci></apply>") + """
                  </kineticLaw></reaction></listOfReactions>""");
        ResultTable r = run(xml, 2, 4, out("A", SbmlModel.Quantity.DEFAULT), out("A", SbmlModel.Quantity.AMOUNT), out("R", null));
        for (double[] row : r.rows()) {
            double c = 3 * Math.exp(-0.5 * row[0]);
            assertThat(row[1]).isCloseTo(c, within(1e-9));
            assertThat(row[2]).isCloseTo(2 * c, within(1e-9));
            assertThat(row[3]).as("a reaction's value is its rate").isCloseTo(0.5 * c * 2, within(1e-9));
        }
    }

    /** A growing compartment dilutes: V' = 1, no reaction, amount constant, [A] = n/V. A rate rule on [B] keeps d[B]/dt. */
    @Test
    void aChangingCompartmentDilutesAndRateRulesOnConcentrationsHoldInConcentration() {
        String xml = document("""
                <listOfCompartments><compartment id='V' size='1' constant='false'/></listOfCompartments>
                <listOfSpecies>
                  <species id='A' compartment='V' initialConcentration='4' hasOnlySubstanceUnits='false' boundaryCondition='false' constant='false'/>
                  <species id='B' compartment='V' initialConcentration='1' hasOnlySubstanceUnits='false' boundaryCondition='true' constant='false'/>
                </listOfSpecies>
                <listOfRules>
                  <rateRule variable='V'>""" + math("<cn>1</cn>") + """
                  </rateRule><rateRule variable='B'>""" + math("<cn>2</cn>") + """
                  </rateRule></listOfRules>""");
        ResultTable r = run(xml, 3, 3, out("A", SbmlModel.Quantity.CONCENTRATION), out("A", SbmlModel.Quantity.AMOUNT),
                out("B", SbmlModel.Quantity.CONCENTRATION));
        for (double[] row : r.rows()) {
            double v = 1 + row[0];
            assertThat(row[2]).isCloseTo(4, within(1e-9));
            assertThat(row[1]).isCloseTo(4 / v, within(1e-9));
            assertThat(row[3]).isCloseTo(1 + 2 * row[0], within(1e-8));
        }
    }

    /** Local parameters shadow globals; function definitions are written out; the reserved id time is renamed. */
    @Test
    void localParametersFunctionDefinitionsAndReservedIds() {
        String xml = document("""
                <listOfFunctionDefinitions><functionDefinition id='twice'>""" + math(
                "<lambda><bvar><ci>x</ci></bvar><apply><times/><cn>2</cn><ci>x</ci></apply></lambda>") + """
                </functionDefinition></listOfFunctionDefinitions>
                <listOfCompartments><compartment id='V' size='1' constant='true'/></listOfCompartments>
                <listOfSpecies><species id='A' compartment='V' initialAmount='0' hasOnlySubstanceUnits='true'
                  boundaryCondition='false' constant='false'/></listOfSpecies>
                <listOfParameters><parameter id='k' value='100' constant='true'/>
                  <parameter id='time' value='7' constant='true'/></listOfParameters>
                <listOfReactions><reaction id='R' reversible='false'><listOfProducts>
                  <speciesReference species='A' stoichiometry='1' constant='true'/></listOfProducts>
                  <kineticLaw>""" + math("<apply><ci>twice</ci><ci>k</ci></apply>") + """
                  <listOfLocalParameters><localParameter id='k' value='0.25'/></listOfLocalParameters>
                  </kineticLaw></reaction></listOfReactions>""");
        SbmlModel m = SbmlReader.parse(xml, "test.xml");
        assertThat(m.variable("time").orElseThrow().kernelId()).isEqualTo("time_");
        ResultTable r = run(xml, 4, 2, out("A", SbmlModel.Quantity.AMOUNT), out("k", null), out("time", null));
        for (double[] row : r.rows()) {
            assertThat(row[1]).isCloseTo(0.5 * row[0], within(1e-12));
            assertThat(row[2]).isEqualTo(100.0);
            assertThat(row[3]).isEqualTo(7.0);
        }
    }

    /** An event on the state: when A (growing at 1 per time) reaches 2 it is reset to 0 — a sawtooth of period 2. */
    @Test
    void stateTriggeredEventsFireWhereTheTriggerTurnsTrue() {
        String xml = document("""
                <listOfParameters><parameter id='A' value='0' constant='false'/><parameter id='n' value='0' constant='false'/></listOfParameters>
                <listOfRules><rateRule variable='A'>""" + math("<cn>1</cn>") + """
                </rateRule></listOfRules>
                <listOfEvents><event id='E' useValuesFromTriggerTime='true'><trigger initialValue='false' persistent='true'>"""
                + math("<apply><geq/><ci>A</ci><cn>2</cn></apply>") + """
                </trigger><listOfEventAssignments><eventAssignment variable='A'>""" + math("<cn>0</cn>") + """
                </eventAssignment><eventAssignment variable='n'>""" + math("<apply><plus/><ci>n</ci><cn>1</cn></apply>")
                + "</eventAssignment></listOfEventAssignments></event></listOfEvents>");
        ResultTable r = run(xml, 7, 14, out("A", null), out("n", null));
        for (double[] row : r.rows()) {
            double t = row[0];
            assertThat(row[1]).as("A at %s", t).isCloseTo(t % 2, within(1e-8));
            assertThat(row[2]).as("n at %s", t).isEqualTo(Math.floor(t / 2));
        }
    }

    @Test
    void badInputIsRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> SbmlReader.parse("hello", "x.txt")).isInstanceOf(ModelException.class)
                .hasMessage("x.txt: not an SBML document (no <sbml> element)");
        String comp = "<?xml version='1.0'?><sbml xmlns='http://www.sbml.org/sbml/level3/version1/core' level='3'"
                + " version='1' xmlns:comp='http://www.sbml.org/sbml/level3/version1/comp/version1' comp:required='true'>"
                + "<model id='m'><comp:listOfSubmodels><comp:submodel comp:id='a' comp:modelRef='b'/>"
                + "</comp:listOfSubmodels></model></sbml>";
        assertThatThrownBy(() -> SbmlReader.parse(comp, "c.xml")).isInstanceOf(ModelException.class)
                .hasMessage("c.xml: SBML package 'comp' is not supported (Aftermath reads SBML core only):"
                        + " element <comp:listOfSubmodels>");
        String fbc = "<?xml version='1.0'?><sbml xmlns='http://www.sbml.org/sbml/level3/version1/core' level='3'"
                + " version='1' xmlns:fbc='http://www.sbml.org/sbml/level3/version1/fbc/version2' fbc:required='false'>"
                + "<model id='m' fbc:strict='true'><listOfCompartments><compartment id='c' size='1' constant='true'/>"
                + "</listOfCompartments></model></sbml>";
        assertThatThrownBy(() -> SbmlReader.parse(fbc, "f.xml")).as("fbc, although it declares itself not required")
                .isInstanceOf(ModelException.class)
                .hasMessage("f.xml: SBML package 'fbc' is not supported (Aftermath reads SBML core only): attribute fbc:strict");
        String layout = fbc.replace("fbc", "layout").replace("layout/version2", "layout/version1")
                .replace(" layout:strict='true'", "");
        assertThat(SbmlReader.parse(layout.replace("</model>", "<layout:listOfLayouts/></model>"), "l.xml").model().id())
                .as("layout (a diagram) leaves the model core").isEqualTo("m");
        String declaredOnly = comp.replace("<comp:listOfSubmodels><comp:submodel comp:id='a' comp:modelRef='b'/>"
                + "</comp:listOfSubmodels>", "");
        assertThat(SbmlReader.parse(declaredOnly, "d.xml").model().id()).as("a package declared but unused").isEqualTo("m");
        String unknown = document("<listOfParameters><parameter id='k' value='1' constant='false'/></listOfParameters>"
                + "<listOfRules><rateRule variable='k'>" + math("<apply><foo/><ci>k</ci></apply>") + "</rateRule></listOfRules>");
        assertThatThrownBy(() -> SbmlReader.parse(unknown, "u.xml")).isInstanceOf(ModelException.class)
                .hasMessage("u.xml: an unknown MathML element in the rate rule for 'k'");
        String unclosed = unknown.replace("<foo/><ci>k</ci></apply>", "<plus/><ci>k</ci>");
        assertThatThrownBy(() -> SbmlReader.parse(unclosed, "v.xml")).isInstanceOf(ModelException.class)
                .hasMessageStartingWith("v.xml: not readable as SBML: ");
        String level1 = "<?xml version='1.0'?><sbml xmlns='http://www.sbml.org/sbml/level1' level='1' version='2'><model/></sbml>";
        assertThatThrownBy(() -> SbmlReader.parse(level1, "l1.xml")).isInstanceOf(ModelException.class)
                .hasMessageContaining("SBML Level 1 Version 2 is not supported");
    }
}
