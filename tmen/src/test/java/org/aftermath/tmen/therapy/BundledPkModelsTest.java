package org.aftermath.tmen.therapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.aftermath.kernel.model.Model;
import org.aftermath.kernel.model.Parameter;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PK module files honour the contract of {@link PkModule}, cite a source for every
 * parameter, and their micro-constants reproduce the published macro-parameters they were
 * derived from (half-lives from the eigenvalues of the rate matrix, CL = k10 V1,
 * Vss = V1 (1 + k12/k21 + k13/k31)).
 */
class BundledPkModelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"doxorubicin", "mitoxantrone", "cisplatin", "generic"})
    void moduleHonoursTheContractAndCitesEveryParameter(String agent) {
        Model m = PkModule.read(agent);
        assertThat(m.species(PkModule.DEPOT)).isPresent();
        assertThat(m.species(PkModule.CENTRAL)).isPresent();
        for (String p : new String[] {PkModule.BIOAVAILABILITY, PkModule.INFUSION_RATE, PkModule.KILL_EPS}) {
            assertThat(m.parameter(p)).as(p).isPresent();
        }
        assertThat(m.assignmentRule(PkModule.PLASMA)).isPresent();
        assertThat(m.assignmentRule(PkModule.EFFECT)).isPresent();
        for (Parameter p : m.parameters()) {
            assertThat(p.provenance()).as(p.id()).isNotNull();
            assertThat(p.provenance().source()).as(p.id()).isNotBlank();
        }
        assertThat(PkModule.sourced(agent)).isEqualTo(!agent.equals("generic"));
    }

    @Test
    void unknownAgentsGetTheGenericModule() {
        assertThat(PkModule.fileFor("epirubicin")).isEqualTo("pk-generic.ant");
        assertThat(PkModule.fileFor("doxorubicin")).isEqualTo("pk-doxorubicin.ant");
    }

    @Test
    void doxorubicinMicroConstantsReproduceTheLabelDerivedMacroParameters() {
        checkThreeCompartments("doxorubicin", new double[] {5.0 / 60, 1.5, 30.0}, 25, 720, 1000);
    }

    @Test
    void mitoxantroneMicroConstantsReproduceAlberts1985() {
        checkThreeCompartments("mitoxantrone", new double[] {0.1, 1.1, 42.6}, 12.2, 820.8, 1000);
    }

    @Test
    void cisplatinIsOneCompartmentWithTheIntactDrugHalfLife() {
        Model m = PkModule.read("cisplatin");
        double k10 = value(m, "k10");
        assertThat(Math.log(2) / k10 * 24 * 60).isCloseTo(23.1, within(0.05));
        assertThat(k10 * value(m, "v1") / 24 / 60).isCloseTo(0.33, within(0.005));
        assertThat(m.parameter("k12")).isEmpty();
    }

    private static void checkThreeCompartments(String agent, double[] halfLivesHours, double v1, double clPerDay, double vss) {
        Model m = PkModule.read(agent);
        double k10 = value(m, "k10");
        double k12 = value(m, "k12");
        double k21 = value(m, "k21");
        double k13 = value(m, "k13");
        double k31 = value(m, "k31");
        double[][] rates = {
            {-(k10 + k12 + k13), k21, k31},
            {k12, -k21, 0},
            {k13, 0, -k31}};
        double[] eigen = Arrays.stream(new EigenDecompositionNonSymmetric(new Array2DRowRealMatrix(rates)).getEigenvalues())
                .mapToDouble(c -> -c.getReal()).sorted().toArray();
        for (int i = 0; i < 3; i++) {
            double halfLife = Math.log(2) / eigen[i] * 24;
            double published = halfLivesHours[2 - i];
            assertThat(halfLife).as("half-life %d", i).isCloseTo(published, within(2e-5 * published));
        }
        assertThat(value(m, "v1")).isEqualTo(v1);
        assertThat(k10 * v1).isCloseTo(clPerDay, within(1e-4 * clPerDay));
        assertThat(v1 * (1 + k12 / k21 + k13 / k31)).isCloseTo(vss, within(1e-4 * vss));
    }

    private static double value(Model m, String id) {
        return m.parameter(id).orElseThrow().value();
    }
}
