package org.aftermath.sbml;

import static org.assertj.core.api.Assertions.assertThat;

import org.aftermath.kernel.antimony.AntimonyReader;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.Unit;
import org.junit.jupiter.api.Test;

class SbmlWriterTest {

    private static SBMLDocument constructs() {
        return SbmlWriter.document(AntimonyReader.parse(RoundTripTest.CONSTRUCTS, "constructs.ant"));
    }

    @Test
    void levelThreeVersionTwoWithDaysAsTimeUnits() {
        SBMLDocument doc = constructs();
        assertThat(doc.getLevel()).isEqualTo(3);
        assertThat(doc.getVersion()).isEqualTo(2);
        assertThat(doc.getModel().getTimeUnits()).isEqualTo("day");
        Unit day = doc.getModel().getUnitDefinition("day").getUnit(0);
        assertThat(day.getKind()).isEqualTo(Unit.Kind.SECOND);
        assertThat(day.getMultiplier() * Math.pow(10, day.getScale())).isEqualTo(86400.0);
        assertThat(day.getExponent()).isEqualTo(1.0);
    }

    @Test
    void derivedUnitsAreTranslatedToBaseUnits() {
        Unit perDay = constructs().getModel().getUnitDefinition("per_day").getUnit(0);
        // per_day = 1 / day = (86400 second)^-1
        assertThat(perDay.getKind()).isEqualTo(Unit.Kind.SECOND);
        assertThat(perDay.getExponent()).isEqualTo(-1.0);
        assertThat(perDay.getMultiplier()).isEqualTo(86400.0);
        Unit cells = constructs().getModel().getUnitDefinition("cells").getUnit(0);
        assertThat(cells.getKind()).isEqualTo(Unit.Kind.ITEM);
        java.util.List<Unit> u = SbmlUnits.toSbml(org.aftermath.kernel.units.UnitValue.parse("2 day^2 / (hour * litre)", n -> null));
        assertThat(u).extracting(Unit::getKind).containsExactly(Unit.Kind.LITRE, Unit.Kind.SECOND);
        assertThat(Math.pow(u.get(0).getMultiplier(), u.get(0).getExponent())).isCloseTo(2 * 86400.0 * 86400 / 3600,
                org.assertj.core.data.Percentage.withPercentage(1e-10));
    }

    @Test
    void speciesAreAmountsAndEventsFireAtTheirTriggerTimeAsInAftermath() {
        org.sbml.jsbml.Model m = constructs().getModel();
        assertThat(m.getSpecies("A").getHasOnlySubstanceUnits()).isTrue();
        assertThat(m.getSpecies("S").getBoundaryCondition()).isTrue();
        assertThat(m.getParameter("k").getConstant()).isFalse();
        assertThat(m.getParameter("n").getConstant()).isTrue();
        org.sbml.jsbml.Event e1 = m.getEvent("E1");
        assertThat(e1.getTrigger().getInitialValue()).isFalse();
        assertThat(e1.getTrigger().getPersistent()).isTrue();
        assertThat(e1.getUseValuesFromTriggerTime()).as("assignments evaluated when the event executes").isFalse();
        assertThat(e1.getPriority()).isNotNull();
        assertThat(m.getFunctionDefinition("hill")).isNotNull();
        assertThat(m.getFunctionDefinition("hillr")).isNotNull();
    }

    @Test
    void provenanceIsWrittenAsNotesAndAnnotation() {
        String xml = SbmlWriter.write(AntimonyReader.parse(RoundTripTest.CONSTRUCTS, "constructs.ant"));
        assertThat(xml).contains("<p>source: assumed</p>").contains("<p>range: 0.01 .. 1.0</p>")
                .contains("note: test \"rate\" &amp; &lt;friends").contains("aftermath:provenance");
    }
}
