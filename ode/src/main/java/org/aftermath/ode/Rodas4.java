package org.aftermath.ode;

/**
 * The coefficients of RODAS4 in the W-transformed form of Hairer &amp; Wanner's code RODAS (ROCOEF, METH = 1;
 * Hairer &amp; Wanner, <i>Solving Ordinary Differential Equations II</i>, 2nd ed., §IV.7), and its continuous
 * extension (D21..D35 there, E here).
 */
final class Rodas4 {

    private Rodas4() {
    }

    static final double GAMMA = 0.25;
    static final double C2 = 0.386;
    static final double C3 = 0.21;
    static final double C4 = 0.63;
    static final double D1 = 0.25;
    static final double D2 = -0.1043;
    static final double D3 = 0.1035;
    static final double D4 = -0.3620000000000023e-01;
    static final double A21 = 0.1544000000000000e+01;
    static final double A31 = 0.9466785280815826e+00;
    static final double A32 = 0.2557011698983284e+00;
    static final double A41 = 0.3314825187068521e+01;
    static final double A42 = 0.2896124015972201e+01;
    static final double A43 = 0.9986419139977817e+00;
    static final double A51 = 0.1221224509226641e+01;
    static final double A52 = 0.6019134481288629e+01;
    static final double A53 = 0.1253708332932087e+02;
    static final double A54 = -0.6878860361058950e+00;
    static final double C21 = -0.5668800000000000e+01;
    static final double C31 = -0.2430093356833875e+01;
    static final double C32 = -0.2063599157091915e+00;
    static final double C41 = -0.1073529058151375e+00;
    static final double C42 = -0.9594562251023355e+01;
    static final double C43 = -0.2047028614809616e+02;
    static final double C51 = 0.7496443313967647e+01;
    static final double C52 = -0.1024680431464352e+02;
    static final double C53 = -0.3399990352819905e+02;
    static final double C54 = 0.1170890893206160e+02;
    static final double C61 = 0.8083246795921522e+01;
    static final double C62 = -0.7981132988064893e+01;
    static final double C63 = -0.3152159432874371e+02;
    static final double C64 = 0.1631930543123136e+02;
    static final double C65 = -0.6058818238834054e+01;
    // continuous extension (RODAS' D21..D35)
    static final double E21 = 0.1012623508344586e+02;
    static final double E22 = -0.7487995877610167e+01;
    static final double E23 = -0.3480091861555747e+02;
    static final double E24 = -0.7992771707568823e+01;
    static final double E25 = 0.1025137723295662e+01;
    static final double E31 = -0.6762803392801253e+00;
    static final double E32 = 0.6087714651680015e+01;
    static final double E33 = 0.1643084320892478e+02;
    static final double E34 = 0.2476722511418386e+02;
    static final double E35 = -0.6594389125716872e+01;
}
