package org.aftermath.tmen.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.aftermath.kernel.model.ModelException.Problem;
import org.junit.jupiter.api.Test;

class ModelCheckerTest {

    private static List<String> check(String name, String text) {
        return ModelChecker.check(List.of(new ModelFile(name, text, "m/" + name, false)))
                .stream().map(Problem::toString).toList();
    }

    private static String exponentialWith(String from, String to) {
        String text = ModelSource.builtIn().file("tumor-exponential.ant").orElseThrow().text();
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    private static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment);
    }

    @Test
    void bundledGrowthModulesAreClean() {
        List<ModelFile> growth = ModelSource.builtIn().files().stream()
                .filter(f -> f.name().startsWith("tumor-")).toList();
        assertThat(growth).hasSize(GrowthModule.all().size());
        assertThat(ModelChecker.check(growth)).isEmpty();
    }

    @Test
    void everyBundledFileIsCleanAsAModule() {
        assertThat(ModelChecker.check(ModelSource.builtIn().files())).isEmpty();
    }

    @Test
    void undefinedNameIsReportedWithFileLineAndName() {
        String text = exponentialWith("ln(2) / doubling_days * N;", "ln(2) / doubling_dayz * N;");
        assertThat(check("tumor-exponential.ant", text)).containsExactly("m/tumor-exponential.ant:"
                + lineOf(text, "growth:") + ": undefined name 'doubling_dayz' in the rate of reaction growth;"
                + " closest defined names: doubling_days");
    }

    @Test
    void rateLawWithWrongDimensionIsAUnitMismatch() {
        // ln(2) / doubling_days is per day; without * N the rate is not cells per day
        String text = exponentialWith("ln(2) / doubling_days * N;", "ln(2) / doubling_days;");
        assertThat(check("tumor-exponential.ant", text)).containsExactly("m/tumor-exponential.ant:"
                + lineOf(text, "growth:") + ": unit mismatch in the rate of reaction growth (changes N, in cells, per day):"
                + " the expression has dimension second^-1, expected item second^-1");
    }

    @Test
    void sumsOfDifferentDimensionsAndDimensionedLogArgumentsAreMismatches() {
        String text = exponentialWith("ln(2) / doubling_days * N;", "(ln(N) + doubling_days) / doubling_days * N;");
        List<String> problems = check("tumor-exponential.ant", text);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("the argument of ln in 'ln(N)' has dimension item, must be dimensionless");
        assertThat(problems.get(1)).contains("'ln(N) + doubling_days' combines dimensionless with second");
    }

    @Test
    void circularAssignmentRulesAreReported() {
        String text = exponentialWith("tumor_cells := N;", "tumor_cells := N + a - a;\na := b\nb := a");
        assertThat(check("tumor-exponential.ant", text)).anySatisfy(p ->
                assertThat(p).contains(":" + lineOf(text, "a := b") + ": cycle in assignment rules: a -> b -> a"));
    }

    @Test
    void parameterWithoutSourceIsReported() {
        String text = exponentialWith("doubling_days = 10; doubling_days has day  //@ source:",
                "crowding = 1e12\ndoubling_days = 10; doubling_days has day  //@ source:");
        assertThat(check("tumor-exponential.ant", text)).containsExactly("m/tumor-exponential.ant:"
                + lineOf(text, "crowding") + ": parameter 'crowding' has no source; add a trailing comment on its line:"
                + " //@ source: <citation, or 'assumed'> | range: lo .. hi", "m/tumor-exponential.ant:"
                + lineOf(text, "crowding") + ": parameter 'crowding' has no domain (a dimensionless parameter has none by"
                + " default); add '| domain: [lo, hi)' to its //@ comment, e.g. [0, 1] for a fraction, [0, inf) for a"
                + " magnitude, (-inf, inf) for any number");
    }

    /**
     * A dimensional parameter's domain defaults to [0, inf) from its unit; a written one replaces it;
     * a file value outside the domain, or a range reaching outside it, is reported.
     */
    @Test
    void domainsComeFromTheCommentOrTheUnitAndHoldTheFilesValue() {
        String negative = exponentialWith("doubling_days = 10; doubling_days has day  //@ source:",
                "crowding = -1; crowding has cells  //@ source: assumed\ndoubling_days = 10; doubling_days has day  //@ source:");
        assertThat(check("tumor-exponential.ant", negative)).containsExactly("m/tumor-exponential.ant:"
                + lineOf(negative, "crowding") + ": parameter 'crowding' = -1.0 is outside its domain [0, inf)");
        String free = exponentialWith("doubling_days = 10; doubling_days has day  //@ source:",
                "shift = -1; shift has cells  //@ source: assumed | domain: (-inf, inf)\ndoubling_days = 10; doubling_days has day  //@ source:");
        assertThat(check("tumor-exponential.ant", free)).isEmpty();
        String reaching = exponentialWith("doubling_days = 10; doubling_days has day  //@ source:",
                "f = 0.5  //@ source: assumed | range: 0 .. 2 | domain: [0, 1]\ndoubling_days = 10; doubling_days has day  //@ source:");
        assertThat(check("tumor-exponential.ant", reaching)).singleElement().asString()
                .contains("range '0 .. 2' reaches outside the domain [0, 1]");
        String malformed = exponentialWith("doubling_days = 10; doubling_days has day  //@ source:",
                "f = 0.5  //@ source: assumed | domain: 0 .. 1\ndoubling_days = 10; doubling_days has day  //@ source:");
        assertThat(check("tumor-exponential.ant", malformed)).singleElement().asString()
                .contains("domain '0 .. 1' is not an interval such as [0, inf), (0, inf), [0, 1) or (-inf, inf)");
    }

    @Test
    void syntaxErrorNamesTheLine() {
        List<String> problems = check("tumor-exponential.ant", exponentialWith("tumor_cells := N;", "tumor_cells := N +;"));
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0)).startsWith("m/tumor-exponential.ant:" + lineOf(
                exponentialWith("tumor_cells := N;", "tumor_cells := N +;"), "tumor_cells :=") + ": column 19: unexpected ';'");
    }

    @Test
    void growthModuleMustHonourTheCompilerContract() {
        String text = exponentialWith("tumor_cells := N;", "burden := N;");
        assertThat(check("tumor-exponential.ant", text)).anySatisfy(p ->
                assertThat(p).contains("must define observable tumor_cells"));
    }

    @Test
    void extensionModuleMayUseNamesOfOtherModules() {
        String stroma = """
                compartment stroma = 1
                species F in stroma = 5; F has cells
                unit cells = item
                k_signal = 1e-9; k_signal has per_day  //@ source: assumed | range: 1e-10 .. 1e-8
                unit per_day = 1 / day
                signal: -> F; k_signal * N
                """;
        assertThat(check("stroma.ant", stroma)).isEmpty();
        assertThat(check("stroma.ant", stroma.replace("k_signal * N", "k_signal * NN")))
                .singleElement().asString().contains("stroma.ant:6: undefined name 'NN'");
    }

    @Test
    void triggersHillFunctionsAndEventAssignmentsAreChecked() {
        String module = """
                unit per_day = 1 / day
                unit cells = item
                compartment c = 1
                species X in c = 1; X has cells
                k = 0.1; k has per_day  //@ source: assumed
                K = 5; K has cells  //@ source: assumed
                t1 = 3; t1 has day  //@ source: assumed
                grow: -> X; k * X * hillr(X, K, 2) * piecewise(2, time > t1, 1)
                E1: at time >= t1: X = X / 2
                E2: at time >= K: X = k
                bad: -> X; k * X * hill(X, k, 2)
                """;
        List<String> problems = check("m.ant", module);
        assertThat(problems).containsExactly(
                "m/m.ant:10: unit mismatch in the trigger of event E2: 'time >= K' combines second with item",
                "m/m.ant:10: unit mismatch in the assignment to X in event E2 (cells): the expression has dimension second^-1, expected item",
                "m/m.ant:11: unit mismatch in the rate of reaction bad: 'hill(X, k, 2)' combines item with second^-1");
    }

    @Test
    void dimensionAlgebra() {
        Map<String, String> defs = Map.of("per_day", "1 / day", "mg_per_L", "1e-3 gram / litre", "dose", "mg_per_L day^2");
        assertThat(Dimension.of("per_day", defs::get).toString()).isEqualTo("second^-1");
        assertThat(Dimension.of("dose", defs::get).toString()).isEqualTo("gram litre^-1 second^2");
        assertThat(Dimension.of("days", defs::get)).isEqualTo(Dimension.time());
        assertThat(Dimension.of("joule", defs::get).toString()).isEqualTo("gram metre^2 second^-2");
    }
}
